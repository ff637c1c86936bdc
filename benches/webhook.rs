//! The webhook workloads shared with the official SDKs (webhook_1, webhook_100, verify_only_1MB)
//! and the Rust counterparts of their physical references, on the same inputs (`benches/data/`).
//!
//! Run: `cargo bench --bench webhook`. The op's result is returned from `b.iter`, so dropping
//! it is part of the timed work, as the README's timing rules ask.

mod support;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hmac::{Hmac, KeyInit, Mac};
use linebot::webhook::{CallbackRequest, EventKind, WebhookParser};
use sha2::Sha256;

const CHANNEL_SECRET: &str = "8f2b4c6d1e3a5f7b9c0d2e4f6a8b1c3d";
const SIGNATURE_1: &str = "S3pa9C+Htqvxg7ucWAV3S0qC2Ny+WI7iMeHLbVUDpb4=";
const SIGNATURE_100: &str = "8r+0686hj2Tj01BcAaOp9iNgWYsNTRehBGy+YsY9nGk=";
const SIGNATURE_1MB: &str = "iKkTEK+9HcU6Dtom3FBnWhGOwqPf3dC4s1YLv1qlH2o=";

/// The inputs must be the README's, byte for byte, and every event a known variant, or the
/// figures would not compare with the other SDKs'.
fn check(parser: &WebhookParser, body: &[u8], signature: &str, len: usize, events: usize) {
    assert_eq!(body.len(), len, "body size differs from the bench README");
    let request = parser
        .parse(body, Some(signature))
        .expect("signature from the README");
    assert_eq!(request.events.len(), events);
    assert!(request.unparsed.is_empty());
    assert!(
        request
            .events
            .iter()
            .all(|e| !matches!(e.kind, EventKind::Unknown(_))),
        "every event must be a known variant"
    );
}

fn webhook(c: &mut Criterion) {
    let parser = WebhookParser::new(CHANNEL_SECRET);
    let body_1 = support::data("webhook_1.json");
    let body_100 = support::data("webhook_100.json");
    let body_1mb = b"0123456789abcdef".repeat(65_536);
    check(&parser, &body_1, SIGNATURE_1, 570, 1);
    check(&parser, &body_100, SIGNATURE_100, 40_794, 100);
    parser
        .verify(&body_1mb, Some(SIGNATURE_1MB))
        .expect("signature of the 1 MiB body from the README");

    support::bench(c, "webhook_1", || {
        parser
            .parse(black_box(&body_1), Some(black_box(SIGNATURE_1)))
            .unwrap()
    });
    support::bench(c, "webhook_100", || {
        parser
            .parse(black_box(&body_100), Some(black_box(SIGNATURE_100)))
            .unwrap()
    });

    let mut group = c.benchmark_group("throughput");
    group.throughput(Throughput::BytesDecimal(body_1mb.len() as u64));
    support::bench_in(&mut group, "verify_only_1MB", || {
        parser
            .verify(black_box(&body_1mb), Some(black_box(SIGNATURE_1MB)))
            .is_ok()
    });
    // ref_hmac_sha256_8KiB: one full HMAC-SHA256 (key set-up included) over 8 KiB of zeros.
    let block = [0u8; 8192];
    group.throughput(Throughput::BytesDecimal(block.len() as u64));
    group.bench_function("ref_hmac_sha256_8KiB", |b| {
        b.iter(|| {
            let mut mac = Hmac::<Sha256>::new_from_slice(CHANNEL_SECRET.as_bytes()).unwrap();
            mac.update(black_box(&block));
            mac.finalize().into_bytes()
        })
    });
    group.finish();

    // ref_json_parse_100: the JSON parser alone, no signature, no typed events.
    let text_100 = std::str::from_utf8(&body_100).unwrap();
    support::bench(c, "ref_json_parse_100", || {
        serde_json::from_str::<serde_json::Value>(black_box(text_100)).unwrap()
    });
    // Supplementary: parsing alone (no signature), to split webhook_100's cost.
    support::bench(c, "sup_parse_only_100", || {
        CallbackRequest::from_slice(black_box(&body_100)).unwrap()
    });
}

criterion_group!(benches, webhook);
criterion_main!(benches);
