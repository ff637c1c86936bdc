#!/usr/bin/env python3
"""Measure linebot and the official Python and Node SDKs in one run and print one table.

Runs `cargo bench` on linebot's three bench binaries (criterion medians, allocations per op from
the benches' counting allocator), then `run_peers.sh` (which installs the Python and Node SDKs
under /tmp on first use), and prints a Markdown table: µs per op (MB/s for verify_only_1MB),
allocations per op, and linebot's time as a share of Node's.

Usage (from anywhere in the repository):
  python3 benches/peers/compare.py            # ~10 minutes on 2 cores
  python3 benches/peers/compare.py --quick    # shorter runs, rougher figures
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ONE_MIB = 1_048_576

# (workload, criterion id, label) in table order; the supplementary rows split the costs.
ROWS = [
    ("msg_build_text", "msg_build_text", "`msg_build_text` (13 quick reply buttons, build + serialize)"),
    ("flex_carousel", "flex_carousel", "`flex_carousel` (12 bubbles, build + serialize)"),
    ("webhook_1", "webhook_1", "`webhook_1` (verify + parse)"),
    ("webhook_100", "webhook_100", "`webhook_100` (verify + parse 100 events)"),
    ("verify_only_1MB", "throughput/verify_only_1MB", "`verify_only_1MB` (MB/s)"),
    ("sup_msg_text_serialize_only", "sup_msg_text_serialize_only", "`sup_msg_text_serialize_only`"),
    ("sup_flex_serialize_only", "sup_flex_serialize_only", "`sup_flex_serialize_only`"),
]
# linebot-only rows: the build and the parse alone, the text op from copied `&str` inputs, and
# the same ops serialized with serde_json instead of `linebot::json`.
OWN_ROWS = [
    ("sup_msg_text_build_only", "`msg_build_text`, build only"),
    ("sup_msg_build_text_array", "`msg_build_text` with the items in an array"),
    ("sup_msg_build_text_copied", "`msg_build_text` from `&str` inputs (copied)"),
    ("sup_flex_build_only", "`flex_carousel`, build only"),
    ("sup_flex_carousel_array", "`flex_carousel` with the bubbles in an array"),
    ("sup_parse_only_100", "`webhook_100`, parse only (no signature check)"),
    ("sup_msg_build_text_serde_json", "`msg_build_text` serialized by serde_json"),
    ("sup_flex_carousel_serde_json", "`flex_carousel` serialized by serde_json"),
    ("sup_msg_text_serialize_serde_json", "`sup_msg_text_serialize_only` by serde_json"),
    ("sup_flex_serialize_serde_json", "`sup_flex_serialize_only` by serde_json"),
]


def run(cmd, echo=True):
    print("$", " ".join(cmd), file=sys.stderr, flush=True)
    done = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    if echo:
        sys.stderr.write(done.stdout)
    if done.returncode != 0:
        sys.exit("failed: %s" % " ".join(cmd))
    return done.stdout


def linebot(quick):
    timing = ["--warm-up-time", "1", "--measurement-time", "1" if quick else "3"]
    out = run(["cargo", "bench", "--bench", "messages", "--bench", "flex", "--bench", "webhook",
               "--"] + timing)
    allocs = {m.group(1): float(m.group(2))
              for m in re.finditer(r"^allocations: (\S+) ([\d.]+) per op", out, re.M)}
    meta = json.loads(run(["cargo", "metadata", "--format-version", "1", "--no-deps"], echo=False))
    criterion = os.environ.get("CRITERION_HOME") or os.path.join(meta["target_directory"], "criterion")
    times = {}
    for name, cid in [(n, c) for n, c, _ in ROWS] + [(n, n) for n, _ in OWN_ROWS]:
        path = os.path.join(criterion, cid, "new", "estimates.json")
        with open(path) as f:
            times[name] = json.load(f)["median"]["point_estimate"] / 1000.0  # ns -> µs
    return times, allocs


def peers(quick):
    out = run(["bash", os.path.join(HERE, "run_peers.sh")] + (["--quick"] if quick else []))
    raw = re.search(r"^raw results: (.+)$", out, re.M).group(1).strip()
    loaded = {}
    for key, file in (("python", "py.json"), ("node", "node22.json")):
        with open(os.path.join(raw, file)) as f:
            loaded[key] = json.load(f)["results"]
    return loaded


def fmt(x):
    if x is None:
        return ""
    if x == int(x) and x < 100_000:
        return "{:,d}".format(int(x))
    if x >= 100:
        return "{:,.0f}".format(x)
    if x >= 10:
        return "{:.1f}".format(x)
    return "{:.2f}".format(x)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="shorter runs (rougher figures)")
    args = ap.parse_args()

    times, allocs = linebot(args.quick)
    other = peers(args.quick)

    print()
    print("| workload | linebot | allocations / op | Node 22 + @line/bot-sdk | Python + line-bot-sdk | linebot / Node |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, _, label in ROWS:
        node = other["node"].get(name, {})
        py = other["python"].get(name, {})
        alloc = allocs.get(name)
        if name == "verify_only_1MB":
            ours = ONE_MIB / times[name]
            theirs = node.get("MB_per_s_median")
            cells = [fmt(ours), fmt(alloc), fmt(theirs), fmt(py.get("MB_per_s_median")),
                     "{:.2f} (higher is faster)".format(ours / theirs) if theirs else ""]
        else:
            ours = times[name]
            theirs = node.get("us_per_op_median")
            cells = [fmt(ours), fmt(alloc), fmt(theirs), fmt(py.get("us_per_op_median")),
                     "{:.2f}".format(ours / theirs) if theirs else ""]
        print("| %s | %s |" % (label, " | ".join(cells)))
    for name, label in OWN_ROWS:
        print("| %s | %s | %s | | | |" % (label, fmt(times[name]), fmt(allocs.get(name))))
    ssl = other["python"].get("ref_openssl_hmac_sha256_8KiB", {}).get("MB_per_s_median")
    if ssl:
        print()
        print("openssl HMAC-SHA256 on 8 KiB blocks, same run: {:,.0f} MB/s "
              "(`openssl speed -mr -elapsed -seconds 2 -bytes 8192 -hmac sha256`)".format(ssl))
    print("µs per op, medians (MB/s for verify_only_1MB); allocations per op counted by the "
          "benches' global allocator.")


if __name__ == "__main__":
    main()
