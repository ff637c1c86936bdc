//! Property tests: mutated bodies and signatures give errors or kept data, never a panic.

use linebot::webhook::{CallbackRequest, WebhookError, WebhookParser};
use proptest::prelude::*;
use serde_json::Value;

use crate::support::{SECRET, bench_data};

fn bodies() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut bodies: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| std::fs::read(entry.unwrap().path()).unwrap())
        .collect();
    bodies.sort();
    bodies.push(bench_data("webhook_100.json"));
    bodies
}

#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Insert(usize, u8),
    Remove(usize),
    Truncate(usize),
}

fn apply(body: &mut Vec<u8>, edit: &Edit) {
    let len = body.len().max(1);
    match *edit {
        Edit::Flip(at, bits) => {
            if let Some(b) = body.get_mut(at % len) {
                *b ^= bits | 1;
            }
        }
        Edit::Insert(at, byte) => body.insert(at % (body.len() + 1), byte),
        Edit::Remove(at) => {
            if !body.is_empty() {
                body.remove(at % len);
            }
        }
        Edit::Truncate(at) => body.truncate(at % len),
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    // Bytes JSON cares about, so edits often keep the body parseable but change its shape.
    let byte = prop_oneof![
        Just(b'"'),
        Just(b'{'),
        Just(b'}'),
        Just(b'['),
        Just(b']'),
        Just(b','),
        Just(b':'),
        Just(b'\\'),
        Just(b'0'),
        any::<u8>(),
    ];
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, bits)| Edit::Flip(at, bits)),
        (any::<usize>(), byte).prop_map(|(at, b)| Edit::Insert(at, b)),
        any::<usize>().prop_map(Edit::Remove),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-zA-Z0-9 _]{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("message"),
            Just("text"),
            Just("user"),
            Just("group"),
            Just("joined"),
            Just("attached"),
            Just("all"),
            Just("type"),
            Just("zz"),
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(("[a-zA-Z]{1,8}|type|id|message|source", inner), 0..4)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

/// Replaces the value at a pseudo-random position (chosen by `path`) with `replacement`.
fn replace_somewhere(value: &mut Value, path: &[usize], replacement: Value) {
    let next = match value {
        Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(path[0] % map.len()).unwrap().clone();
            map.get_mut(&key)
        }
        Value::Array(items) if !items.is_empty() => {
            let at = path[0] % items.len();
            items.get_mut(at)
        }
        _ => None,
    };
    match next {
        Some(child) if path.len() > 1 && !path[1].is_multiple_of(4) => {
            replace_somewhere(child, &path[1..], replacement)
        }
        Some(child) => *child = replacement,
        None => *value = replacement,
    }
}

/// `value` as compact JSON with the keys of every object in an order drawn from `seed`, so that
/// `type` (and every other key) may come first, last or anywhere between.
fn write_permuted(value: &Value, seed: &mut u64, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            for i in (1..entries.len()).rev() {
                // xorshift64: deterministic for a seed, good enough to shuffle a few keys.
                *seed ^= *seed << 13;
                *seed ^= *seed >> 7;
                *seed ^= *seed << 17;
                entries.swap(i, (*seed % (i as u64 + 1)) as usize);
            }
            out.push('{');
            for (n, (key, value)) in entries.into_iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(key).unwrap());
                out.push(':');
                write_permuted(value, seed, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                write_permuted(item, seed, out);
            }
            out.push(']');
        }
        other => out.push_str(&serde_json::to_string(other).unwrap()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_key_order_parses_into_the_same_events(which in any::<usize>(), seed in 1..u64::MAX) {
        let bodies = bodies();
        let body = &bodies[which % bodies.len()];
        let expected = CallbackRequest::from_slice(body).unwrap();
        let tree: Value = serde_json::from_slice(body).unwrap();
        let mut permuted = String::new();
        write_permuted(&tree, &mut seed.clone(), &mut permuted);
        let parsed = CallbackRequest::from_slice(permuted.as_bytes()).unwrap();
        prop_assert_eq!(&parsed.destination, &expected.destination);
        prop_assert_eq!(&parsed.events, &expected.events, "{}", permuted);
        // Events that do not parse stay unparsed (their JSON is kept as sent, so it differs).
        let indices = |r: &CallbackRequest| r.unparsed.iter().map(|u| u.index).collect::<Vec<_>>();
        prop_assert_eq!(indices(&parsed), indices(&expected));
    }

    #[test]
    fn mutated_bytes_never_panic(which in any::<usize>(), edits in prop::collection::vec(edit(), 1..8)) {
        let bodies = bodies();
        let mut body = bodies[which % bodies.len()].clone();
        for e in &edits {
            apply(&mut body, e);
        }
        let _ = CallbackRequest::from_slice(&body);
        // Signed after mutation: the whole parse path runs behind a valid signature.
        let signature = linebot::webhook::sign(SECRET, &body);
        let _ = WebhookParser::new(SECRET).parse(&body, Some(&signature));
    }

    #[test]
    fn replaced_values_never_panic_never_drop_events_and_write_back(
        which in any::<usize>(),
        path in prop::collection::vec(any::<usize>(), 1..7),
        replacement in json_value(),
    ) {
        let bodies = bodies();
        let mut tree: Value = serde_json::from_slice(&bodies[which % bodies.len()]).unwrap();
        // Mutate inside `events` so the envelope stays valid and every event is accounted for.
        let events = tree.get_mut("events").unwrap();
        let count = events.as_array().unwrap().len();
        if count > 0 {
            replace_somewhere(events, &path, replacement);
        }
        let body = serde_json::to_vec(&tree).unwrap();
        if let Ok(request) = CallbackRequest::from_slice(&body) {
            let total = request.events.len() + request.unparsed.len();
            let now = tree["events"].as_array().map_or(0, Vec::len);
            prop_assert_eq!(total, now);
            // What is written back reads back into what writes the same JSON again.
            let written = serde_json::to_vec(&request).unwrap();
            let again = CallbackRequest::from_slice(&written).unwrap();
            prop_assert_eq!(again.events.len(), request.events.len());
            prop_assert_eq!(serde_json::to_vec(&again).unwrap(), written);
        }
    }

    #[test]
    fn mutated_signatures_are_rejected_without_panic(
        signature in prop_oneof![
            "[A-Za-z0-9+/=]{0,60}",
            ".{0,80}",
        ],
        flip in any::<usize>(),
    ) {
        let body = br#"{"destination":"U58b2a2055bb55bcbb37d2f2a4276b0bd","events":[]}"#;
        let parser = WebhookParser::new(SECRET);
        let good = linebot::webhook::sign(SECRET, body);
        prop_assert!(parser.verify(body, Some(&good)).is_ok());
        let result = parser.verify(body, Some(&signature));
        prop_assert!(
            result.is_ok() == (signature.trim() == good),
            "{:?} for {:?}", result, signature
        );
        // One character of the good signature changed (other than the padding) never verifies.
        let mut chars: Vec<char> = good.chars().collect();
        let at = flip % 43;
        chars[at] = if chars[at] == 'A' { 'B' } else { 'A' };
        let altered: String = chars.into_iter().collect();
        let result = parser.verify(body, Some(&altered));
        prop_assert!(
            matches!(result, Err(WebhookError::SignatureMismatch | WebhookError::MalformedSignature { .. })),
            "{:?}", result
        );
    }
}
