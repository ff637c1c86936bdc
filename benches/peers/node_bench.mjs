// Baseline benchmark of the official Node LINE SDK (npm: @line/bot-sdk).
//
// Workloads are defined precisely in README.md (same directory); py_bench.py
// does the same work with the Python SDK.  Usage:
//
//   LINE_NODE_PROJECT=/tmp/linebench-node node node_bench.mjs [--quick] [--only a,b] [--out FILE]
//
// LINE_NODE_PROJECT is the npm project (a folder with node_modules/@line/bot-sdk)
// to load the SDK from; default /tmp/linebench-node.  The SDK is imported through
// its ESM entry ("import" condition of its exports map), as `import {...} from
// "@line/bot-sdk"` would.  --quick: 0.2 s x 3 reps; default ~2 s x 5 reps.
import { createHmac } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deepStrictEqual } from "node:assert";
import os from "node:os";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.join(HERE, "..", "data"); // workload files, shared with the Rust benches
const CHANNEL_SECRET = "8f2b4c6d1e3a5f7b9c0d2e4f6a8b1c3d";

// ---------------------------------------------------------------------------
// SDK import
// ---------------------------------------------------------------------------
const PROJECT = process.env.LINE_NODE_PROJECT || "/tmp/linebench-node";
const req = createRequire(path.join(PROJECT, "package.json"));
const pkgJsonPath = req.resolve("@line/bot-sdk/package.json");
const pkg = JSON.parse(readFileSync(pkgJsonPath, "utf8"));
const entry = path.join(path.dirname(pkgJsonPath), pkg.exports["."].import.default);
const sdk = await import(pathToFileURL(entry).href);
const { validateSignature } = sdk;
const SDK_API =
  "messages: plain object literals (typed as messagingApi.TextMessage / FlexMessage in TS) + JSON.stringify; " +
  "webhook: validateSignature(Buffer) + JSON.parse(buf.toString()) exactly as middleware() does (result typed as webhook.CallbackRequest in TS)";

// ---------------------------------------------------------------------------
// Workload inputs (all strings precomputed; see README "Workloads")
// ---------------------------------------------------------------------------
const TEXT = "Which topping would you like? Choose one of the options below.";
const QR = [];
for (let i = 1; i <= 13; i++) QR.push([`https://example.com/quick/${i}.png`, `Option ${i}`, `I choose option ${i}`]);
const REPLY_TOKEN = "b60d432864f44d079f6d8efe86cf404b";

const ALT_TEXT = "Product catalog";
const STAR_GOLD = "https://example.com/icons/star_gold.png";
const STAR_GREY = "https://example.com/icons/star_grey.png";
const BUBBLES = [];
for (let i = 1; i <= 12; i++) {
  BUBBLES.push({
    hero: `https://example.com/images/item${i}.jpg`,
    title: `Item ${i}`,
    uri: `https://example.com/items/${i}`,
    data: `action=add&itemId=${i}`,
    display: `Add item ${i} to cart`,
  });
}

function buildTextMessage() {
  const items = [];
  for (const [img, label, text] of QR) {
    items.push({ type: "action", imageUrl: img, action: { type: "message", label, text } });
  }
  return { type: "text", text: TEXT, quickReply: { items } };
}

function buildFlexMessage() {
  const bubbles = [];
  for (const b of BUBBLES) {
    const baseline = [];
    for (let k = 0; k < 5; k++) baseline.push({ type: "icon", size: "sm", url: k < 4 ? STAR_GOLD : STAR_GREY });
    baseline.push({ type: "text", text: "4.0", size: "sm", color: "#999999", margin: "md", flex: 0 });
    bubbles.push({
      type: "bubble",
      hero: {
        type: "image", url: b.hero, size: "full", aspectRatio: "20:13", aspectMode: "cover",
        animated: false, // emitted by the Python SDK's FlexImage default; kept so both emit the same JSON
      },
      body: {
        type: "box", layout: "vertical",
        contents: [
          { type: "text", text: b.title, weight: "bold", size: "xl" },
          { type: "box", layout: "baseline", margin: "md", contents: baseline },
        ],
      },
      footer: {
        type: "box", layout: "vertical", spacing: "sm",
        contents: [
          { type: "button", style: "link", height: "sm", action: { type: "uri", label: "View", uri: b.uri } },
          {
            type: "button", style: "link", height: "sm",
            action: { type: "postback", label: "Add to cart", data: b.data, displayText: b.display },
          },
        ],
      },
    });
  }
  return { type: "flex", altText: ALT_TEXT, contents: { type: "carousel", contents: bubbles } };
}

const sign = (buf) => createHmac("sha256", CHANNEL_SECRET).update(buf).digest("base64");
// Raw request bodies as the middleware sees them: Buffers.
const BODY1 = readFileSync(path.join(DATA, "webhook_1.json"));
const BODY100 = readFileSync(path.join(DATA, "webhook_100.json"));
const SIG1 = sign(BODY1);
const SIG100 = sign(BODY100);
const BODY_1MB = Buffer.from("0123456789abcdef".repeat(65536), "latin1"); // 1 MiB ASCII
const SIG_1MB = sign(BODY_1MB);
const BLOCK_8K = Buffer.alloc(8192); // 8 KiB of zero bytes
const BODY100_STR = BODY100.toString("utf8");
const PREBUILT_TEXT = buildTextMessage();
const PREBUILT_FLEX = buildFlexMessage();

// ---------------------------------------------------------------------------
// The timed operations
// ---------------------------------------------------------------------------
function parseWebhook(body, signature) {
  // same steps, same order as middleware(): validateSignature on the raw Buffer,
  // then JSON.parse(body.toString())
  if (!validateSignature(body, CHANNEL_SECRET, signature)) throw new Error("signature validation failed");
  return JSON.parse(body.toString());
}

const opMsgBuildText = () => JSON.stringify(buildTextMessage());
const opFlexCarousel = () => JSON.stringify(buildFlexMessage());
const opWebhook1 = () => parseWebhook(BODY1, SIG1).events;
const opWebhook100 = () => parseWebhook(BODY100, SIG100).events;
const opVerify1MB = () => {
  if (!validateSignature(BODY_1MB, CHANNEL_SECRET, SIG_1MB)) throw new Error("signature mismatch");
  return true;
};
const opRefHmac8K = () => createHmac("sha256", CHANNEL_SECRET).update(BLOCK_8K).digest();
const opRefJsonParse100 = () => JSON.parse(BODY100_STR);
const opSupTextSerialize = () => JSON.stringify(PREBUILT_TEXT);
const opSupFlexSerialize = () => JSON.stringify(PREBUILT_FLEX);
// what MessagingApiClient.replyMessage() does to the body: HTTPFetchClient.post -> JSON.stringify(body)
const opSupTextReplySendpath = () => JSON.stringify({ replyToken: REPLY_TOKEN, messages: [buildTextMessage()] });

const BENCHES = [
  ["msg_build_text", opMsgBuildText, null, "main"],
  ["flex_carousel", opFlexCarousel, null, "main"],
  ["webhook_1", opWebhook1, BODY1.length, "main"],
  ["webhook_100", opWebhook100, BODY100.length, "main"],
  ["verify_only_1MB", opVerify1MB, BODY_1MB.length, "main"],
  ["ref_hmac_sha256_8KiB", opRefHmac8K, 8192, "reference"],
  ["ref_json_parse_100", opRefJsonParse100, BODY100.length, "reference"],
  ["sup_msg_text_serialize_only", opSupTextSerialize, null, "supplementary"],
  ["sup_flex_serialize_only", opSupFlexSerialize, null, "supplementary"],
  ["sup_msg_text_reply_sendpath", opSupTextReplySendpath, null, "supplementary"],
];

// ---------------------------------------------------------------------------
// Self-checks
// ---------------------------------------------------------------------------
function selfCheck() {
  const info = {};
  for (const [name, fn, fname] of [
    ["msg_build_text", opMsgBuildText, "msg_build_text.json"],
    ["flex_carousel", opFlexCarousel, "flex_carousel.json"],
  ]) {
    const out = fn();
    const expected = JSON.parse(readFileSync(path.join(DATA, "expected", fname), "utf8"));
    deepStrictEqual(JSON.parse(out), expected, `${name} output differs from expected/${fname}`);
    info[name] = { output_bytes: Buffer.byteLength(out) };
  }
  const sp = JSON.parse(opSupTextReplySendpath());
  deepStrictEqual(sp.messages[0], JSON.parse(opMsgBuildText()));
  for (const [name, fn, n] of [["webhook_1", opWebhook1, 1], ["webhook_100", opWebhook100, 100]]) {
    const evs = fn();
    if (evs.length !== n) throw new Error(`${name}: ${evs.length} events`);
    info[name] = { event_types: [...new Set(evs.map((e) => e.type))].sort() };
  }
  let rejected = false;
  try { parseWebhook(BODY100, SIG1); } catch { rejected = true; }
  if (!rejected) throw new Error("bad signature accepted");
  opVerify1MB();
  return info;
}

// ---------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------
let sink = 0;
function consume(v) {
  sink = (sink + (typeof v === "string" ? v.length : v && v.length !== undefined ? v.length : 1)) | 0;
}
const now = () => Number(process.hrtime.bigint()) / 1e9;

function runBench(fn, targetS, reps) {
  for (let i = 0; i < 3; i++) consume(fn()); // warm-up (the calibration below also warms the JIT)
  let n = 1, dt;
  for (;;) {
    const t0 = now();
    for (let i = 0; i < n; i++) consume(fn());
    dt = now() - t0;
    if (dt >= 0.1) break;
    n *= dt < 0.01 ? 10 : 2;
  }
  n = Math.max(1, Math.round((n * targetS) / dt));
  const perOpUs = [];
  for (let r = 0; r < reps; r++) {
    const t0 = now();
    for (let i = 0; i < n; i++) consume(fn());
    perOpUs.push(((now() - t0) / n) * 1e6);
  }
  return [n, perOpUs];
}

function median(a) {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function summarize(per, nbytes) {
  const med = median(per), mn = Math.min(...per), mx = Math.max(...per);
  const r = {
    us_per_op_median: med, us_per_op_min: mn, us_per_op_max: mx,
    ops_per_s_median: 1e6 / med, ops_per_s_min: 1e6 / mx, ops_per_s_max: 1e6 / mn,
    us_per_op_all: per,
  };
  if (nbytes) {
    Object.assign(r, { bytes_per_op: nbytes, MB_per_s_median: nbytes / med, MB_per_s_min: nbytes / mx, MB_per_s_max: nbytes / mn });
  }
  return r;
}

function parseArgs(argv) {
  const a = { quick: false, target: 2.0, reps: 5, only: new Set(), out: path.join(HERE, "results", "node.json") };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === "--quick") a.quick = true;
    else if (k === "--target") a.target = Number(argv[++i]);
    else if (k === "--reps") a.reps = Number(argv[++i]);
    else if (k === "--only") a.only = new Set(argv[++i].split(",").filter(Boolean));
    else if (k === "--out") a.out = argv[++i];
    else throw new Error(`unknown argument ${k}`);
  }
  if (a.quick) { a.target = 0.2; a.reps = 3; }
  return a;
}

const args = parseArgs(process.argv.slice(2));
const checks = selfCheck();
const env = {
  runtime: `Node.js ${process.version} (V8 ${process.versions.v8})`,
  node_executable: process.execPath,
  node_project: PROJECT,
  packages: { "@line/bot-sdk": pkg.version },
  sdk_entry: entry,
  sdk_api: SDK_API,
  openssl_linked: process.versions.openssl,
  target_s: args.target,
  reps: args.reps,
  date_utc: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  cpus: os.cpus().length,
  checks,
};
console.log(`# ${env.runtime}, @line/bot-sdk ${pkg.version}`);
const results = {};
for (const [name, fn, nbytes, group] of BENCHES) {
  if (args.only.size && !args.only.has(name)) continue;
  const [n, per] = runBench(fn, args.target, args.reps);
  const r = summarize(per, nbytes);
  Object.assign(r, { group, iterations_per_rep: n });
  results[name] = r;
  let line = `${name.padEnd(30)} ${r.ops_per_s_median.toFixed(1).padStart(12)} ops/s  ${r.us_per_op_median.toFixed(3).padStart(11)} us/op  (min ${r.us_per_op_min.toFixed(3)} max ${r.us_per_op_max.toFixed(3)} us, n=${n} x ${args.reps})`;
  if (nbytes) line += `  ${r.MB_per_s_median.toFixed(1)} MB/s`;
  console.log(line);
}
mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
writeFileSync(args.out, JSON.stringify({ env, results }, null, 1));
console.log(`# wrote ${args.out} (sink ${sink})`);
