#!/usr/bin/env python3
"""Baseline benchmark of the official Python LINE SDK (PyPI: line-bot-sdk, v3 API).

Workloads are defined precisely in README.md (same directory); node_bench.mjs
does the same work with the Node SDK.  Usage:

    /tmp/linebench-venv/bin/python py_bench.py [--quick] [--only NAME[,NAME]] [--out FILE]

--quick runs 0.2 s x 3 repetitions (smoke test); default is ~2 s x 5 repetitions.
Results (JSON) go to --out (default: results/py.json next to this file).
"""
import argparse
import base64
import hashlib
import hmac
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from importlib import metadata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")  # workload files, shared with the Rust benches
CHANNEL_SECRET = "8f2b4c6d1e3a5f7b9c0d2e4f6a8b1c3d"

# ---------------------------------------------------------------------------
# SDK imports (v3 API; fall back to the legacy linebot.models API if absent)
# ---------------------------------------------------------------------------
try:
    from linebot.v3.messaging import (
        ApiClient, Configuration, FlexBox, FlexBubble, FlexButton, FlexCarousel,
        FlexIcon, FlexImage, FlexMessage, FlexText, MessageAction, PostbackAction,
        QuickReply, QuickReplyItem, ReplyMessageRequest, TextMessage, URIAction,
    )
    from linebot.v3.webhook import SignatureValidator, WebhookParser
    SDK_API = "linebot.v3.messaging models (pydantic.v1) + to_dict() + json.dumps; linebot.v3.webhook.WebhookParser"
except ImportError:  # pragma: no cover - only for very old SDKs
    sys.exit("linebot.v3 not found: this benchmark needs line-bot-sdk >= 3")

# ---------------------------------------------------------------------------
# Workload inputs (all strings are precomputed; see README "Workloads")
# ---------------------------------------------------------------------------
TEXT = "Which topping would you like? Choose one of the options below."
QR = [("https://example.com/quick/%d.png" % i, "Option %d" % i, "I choose option %d" % i)
      for i in range(1, 14)]
REPLY_TOKEN = "b60d432864f44d079f6d8efe86cf404b"

ALT_TEXT = "Product catalog"
STAR_GOLD = "https://example.com/icons/star_gold.png"
STAR_GREY = "https://example.com/icons/star_grey.png"
BUBBLES = [dict(hero="https://example.com/images/item%d.jpg" % i,
                title="Item %d" % i,
                uri="https://example.com/items/%d" % i,
                data="action=add&itemId=%d" % i,
                display="Add item %d to cart" % i)
           for i in range(1, 13)]


def build_text_message():
    items = [QuickReplyItem(image_url=img, action=MessageAction(label=label, text=text))
             for img, label, text in QR]
    return TextMessage(text=TEXT, quick_reply=QuickReply(items=items))


def build_flex_message():
    bubbles = []
    for b in BUBBLES:
        baseline = [FlexIcon(size="sm", url=STAR_GOLD if k < 4 else STAR_GREY) for k in range(5)]
        baseline.append(FlexText(text="4.0", size="sm", color="#999999", margin="md", flex=0))
        bubbles.append(FlexBubble(
            hero=FlexImage(url=b["hero"], size="full", aspect_ratio="20:13", aspect_mode="cover"),
            body=FlexBox(layout="vertical", contents=[
                FlexText(text=b["title"], weight="bold", size="xl"),
                FlexBox(layout="baseline", margin="md", contents=baseline),
            ]),
            footer=FlexBox(layout="vertical", spacing="sm", contents=[
                FlexButton(style="link", height="sm",
                           action=URIAction(label="View", uri=b["uri"])),
                FlexButton(style="link", height="sm",
                           action=PostbackAction(label="Add to cart", data=b["data"],
                                                 display_text=b["display"])),
            ]),
        ))
    return FlexMessage(alt_text=ALT_TEXT, contents=FlexCarousel(contents=bubbles))


def read_text(name):
    # Flask's request.get_data(as_text=True) hands the SDK a str; we do the same.
    with open(os.path.join(DATA, name), "rb") as f:
        return f.read().decode("utf-8")


def sign(body_bytes):
    return base64.b64encode(hmac.new(CHANNEL_SECRET.encode(), body_bytes, hashlib.sha256).digest()).decode()


BODY1 = read_text("webhook_1.json")
BODY100 = read_text("webhook_100.json")
SIG1 = sign(BODY1.encode("utf-8"))
SIG100 = sign(BODY100.encode("utf-8"))
BODY_1MB = "0123456789abcdef" * 65536           # 1 MiB of ASCII
SIG_1MB = sign(BODY_1MB.encode("ascii"))
BLOCK_8K = bytes(8192)                          # 8 KiB of zero bytes

parser = WebhookParser(CHANNEL_SECRET)
validator = SignatureValidator(CHANNEL_SECRET)
api_client = ApiClient(Configuration(access_token="dummy"))
PREBUILT_TEXT = build_text_message()
PREBUILT_FLEX = build_flex_message()
KEY = CHANNEL_SECRET.encode()


# ---------------------------------------------------------------------------
# The timed operations
# ---------------------------------------------------------------------------
def op_msg_build_text():
    return json.dumps(build_text_message().to_dict())


def op_flex_carousel():
    return json.dumps(build_flex_message().to_dict())


def op_webhook_1():
    return parser.parse(BODY1, SIG1)


def op_webhook_100():
    return parser.parse(BODY100, SIG100)


def op_verify_only_1MB():
    if not validator.validate(BODY_1MB, SIG_1MB):
        raise AssertionError("signature mismatch")
    return True


def op_ref_hmac_sha256_8KiB():
    return hmac.digest(KEY, BLOCK_8K, "sha256")


def op_ref_json_parse_100():
    return json.loads(BODY100)


def op_sup_msg_text_serialize_only():
    return json.dumps(PREBUILT_TEXT.to_dict())


def op_sup_flex_serialize_only():
    return json.dumps(PREBUILT_FLEX.to_dict())


def op_sup_msg_text_reply_sendpath():
    # exactly what MessagingApi.reply_message() does to the body before the HTTP call:
    # ApiClient.sanitize_for_serialization(ReplyMessageRequest) then rest.py json.dumps
    req = ReplyMessageRequest(reply_token=REPLY_TOKEN, messages=[build_text_message()])
    return json.dumps(api_client.sanitize_for_serialization(req))


# name, function, bytes processed per op (for MB/s) or None, group
BENCHES = [
    ("msg_build_text", op_msg_build_text, None, "main"),
    ("flex_carousel", op_flex_carousel, None, "main"),
    ("webhook_1", op_webhook_1, len(BODY1.encode("utf-8")), "main"),
    ("webhook_100", op_webhook_100, len(BODY100.encode("utf-8")), "main"),
    ("verify_only_1MB", op_verify_only_1MB, len(BODY_1MB), "main"),
    ("ref_hmac_sha256_8KiB", op_ref_hmac_sha256_8KiB, 8192, "reference"),
    ("ref_json_parse_100", op_ref_json_parse_100, len(BODY100.encode("utf-8")), "reference"),
    ("sup_msg_text_serialize_only", op_sup_msg_text_serialize_only, None, "supplementary"),
    ("sup_flex_serialize_only", op_sup_flex_serialize_only, None, "supplementary"),
    ("sup_msg_text_reply_sendpath", op_sup_msg_text_reply_sendpath, None, "supplementary"),
]


# ---------------------------------------------------------------------------
# Self-checks: outputs must equal the canonical expected JSON (semantically)
# ---------------------------------------------------------------------------
def self_check():
    info = {}
    for name, fn, fname in (("msg_build_text", op_msg_build_text, "msg_build_text.json"),
                            ("flex_carousel", op_flex_carousel, "flex_carousel.json")):
        out = fn()
        path = os.path.join(DATA, "expected", fname)
        with open(path, encoding="utf-8") as f:
            expected = json.load(f)
        if json.loads(out) != expected:
            raise SystemExit("self-check failed: %s output differs from %s" % (name, path))
        info[name] = {"output_bytes": len(out.encode("utf-8"))}
    sendpath = json.loads(op_sup_msg_text_reply_sendpath())
    assert sendpath["replyToken"] == REPLY_TOKEN and sendpath["notificationDisabled"] is False
    assert sendpath["messages"][0] == json.loads(op_msg_build_text())
    for name, fn, n in (("webhook_1", op_webhook_1, 1), ("webhook_100", op_webhook_100, 100)):
        evs = fn()
        assert len(evs) == n, (name, len(evs))
        unknown = [type(e).__name__ for e in evs if "Unknown" in type(e).__name__]
        assert not unknown, (name, unknown)
        info[name] = {"event_classes": sorted({type(e).__name__ for e in evs})}
    try:
        parser.parse(BODY100, SIG1)
        raise SystemExit("self-check failed: bad signature accepted")
    except SystemExit:
        raise
    except Exception:
        pass
    assert op_verify_only_1MB()
    return info


# ---------------------------------------------------------------------------
# Harness
# ---------------------------------------------------------------------------
def run_bench(fn, target_s, reps):
    clock = time.perf_counter
    for _ in range(3):                      # warm-up
        fn()
    n = 1
    while True:                             # calibrate: grow n until a batch takes >= 0.1 s
        t0 = clock()
        for _ in range(n):
            fn()
        dt = clock() - t0
        if dt >= 0.1:
            break
        n *= 10 if dt < 0.01 else 2
    n = max(1, int(round(n * target_s / dt)))
    per_op_us = []
    for _ in range(reps):
        t0 = clock()
        for _ in range(n):
            fn()
        dt = clock() - t0
        per_op_us.append(dt / n * 1e6)
    return n, per_op_us


def summarize(per_op_us, nbytes):
    med = statistics.median(per_op_us)
    r = {
        "us_per_op_median": med,
        "us_per_op_min": min(per_op_us),
        "us_per_op_max": max(per_op_us),
        "ops_per_s_median": 1e6 / med,
        "ops_per_s_min": 1e6 / max(per_op_us),
        "ops_per_s_max": 1e6 / min(per_op_us),
        "us_per_op_all": per_op_us,
    }
    if nbytes:
        r["bytes_per_op"] = nbytes
        r["MB_per_s_median"] = nbytes / med          # bytes/us == MB/s (MB = 10^6 B)
        r["MB_per_s_min"] = nbytes / max(per_op_us)
        r["MB_per_s_max"] = nbytes / min(per_op_us)
    return r


def openssl_speed(args, reps, seconds):
    """openssl speed -mr; returns list of MB/s (10^6 B/s) for one 8192-byte size."""
    vals = []
    version = subprocess.run(["openssl", "version"], capture_output=True, text=True).stdout.strip()
    for _ in range(reps):
        out = subprocess.run(["openssl", "speed", "-mr", "-elapsed", "-seconds", str(seconds), "-bytes", "8192"] + args,
                             capture_output=True, text=True).stdout
        m = re.search(r"^\+F:\d+:[^:]+:([0-9.]+)", out, re.M)
        if not m:
            raise RuntimeError("cannot parse openssl speed output:\n" + out)
        vals.append(float(m.group(1)) / 1e6)
    return version, vals


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="0.2 s x 3 reps smoke run")
    ap.add_argument("--target", type=float, default=2.0, help="seconds per repetition")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--only", default="", help="comma-separated benchmark names")
    ap.add_argument("--no-openssl", action="store_true")
    ap.add_argument("--out", default=os.path.join(HERE, "results", "py.json"))
    ap.add_argument("--write-expected", action="store_true",
                    help="(re)write expected/*.json from this SDK's output and exit")
    args = ap.parse_args()
    if args.write_expected:
        os.makedirs(os.path.join(DATA, "expected"), exist_ok=True)
        for fn, fname in ((op_msg_build_text, "msg_build_text.json"), (op_flex_carousel, "flex_carousel.json")):
            with open(os.path.join(DATA, "expected", fname), "w", encoding="utf-8") as f:
                f.write(json.dumps(json.loads(fn()), ensure_ascii=False, separators=(",", ":")))
        print("wrote expected/*.json")
        return
    if args.quick:
        args.target, args.reps = 0.2, 3
    only = set(filter(None, args.only.split(",")))

    checks = self_check()
    env = {
        "runtime": "CPython %s" % platform.python_version(),
        "python_executable": sys.executable,
        "packages": {p: metadata.version(p) for p in ("line-bot-sdk", "pydantic", "pydantic_core")},
        "packages_all": sorted("%s==%s" % (d.metadata["Name"], d.version) for d in metadata.distributions()),
        "sdk_api": SDK_API,
        "json_module": "json (stdlib, C accelerated: %s)" % (json.decoder.c_scanstring is not None),
        "openssl_linked": __import__("ssl").OPENSSL_VERSION,
        "target_s": args.target,
        "reps": args.reps,
        "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "checks": checks,
    }
    print("# %s, line-bot-sdk %s, pydantic %s" % (env["runtime"], env["packages"]["line-bot-sdk"],
                                                  env["packages"]["pydantic"]), flush=True)
    results = {}
    for name, fn, nbytes, group in BENCHES:
        if only and name not in only:
            continue
        n, per = run_bench(fn, args.target, args.reps)
        r = summarize(per, nbytes)
        r.update(group=group, iterations_per_rep=n)
        results[name] = r
        line = "%-30s %12.1f ops/s  %11.3f us/op  (min %.3f max %.3f us, n=%d x %d)" % (
            name, r["ops_per_s_median"], r["us_per_op_median"], r["us_per_op_min"], r["us_per_op_max"],
            n, args.reps)
        if nbytes:
            line += "  %.1f MB/s" % r["MB_per_s_median"]
        print(line, flush=True)

    if not args.no_openssl and (not only or "openssl" in only):
        secs = 1 if args.quick else 2
        for name, oargs in (("ref_openssl_hmac_sha256_8KiB", ["-hmac", "sha256"]),
                            ("ref_openssl_evp_sha256_8KiB", ["-evp", "sha256"])):
            version, vals = openssl_speed(oargs, args.reps, secs)
            med = statistics.median(vals)
            results[name] = {"group": "reference", "tool": version, "cmd": "openssl speed -mr -elapsed -seconds %d -bytes 8192 %s" % (secs, " ".join(oargs)),
                             "MB_per_s_median": med, "MB_per_s_min": min(vals), "MB_per_s_max": max(vals),
                             "MB_per_s_all": vals, "bytes_per_op": 8192,
                             "us_per_op_median": 8192 / med, "us_per_op_min": 8192 / max(vals),
                             "us_per_op_max": 8192 / min(vals), "ops_per_s_median": med * 1e6 / 8192,
                             "ops_per_s_min": min(vals) * 1e6 / 8192, "ops_per_s_max": max(vals) * 1e6 / 8192}
            print("%-30s %12.1f ops/s  %11.3f us/op  %.1f MB/s (min %.1f max %.1f)" % (
                name, med * 1e6 / 8192, 8192 / med, med, min(vals), max(vals)), flush=True)

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump({"env": env, "results": results}, f, indent=1)
    print("# wrote", args.out)


if __name__ == "__main__":
    main()
