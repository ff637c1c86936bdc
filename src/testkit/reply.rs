//! What the local server answers: one vocabulary for every route.

use serde_json::{Value, json};

use crate::validate::ValidationError;

/// An answer under construction.
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl Reply {
    pub(crate) fn json(status: u16, value: Value) -> Self {
        Reply {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: value.to_string().into_bytes(),
        }
    }

    pub(crate) fn ok(value: Value) -> Self {
        Reply::json(200, value)
    }

    pub(crate) fn empty() -> Self {
        Reply::json(200, json!({}))
    }

    pub(crate) fn error(status: u16, message: &str) -> Self {
        Reply::json(status, json!({ "message": message }))
    }

    pub(crate) fn not_found() -> Self {
        Reply::error(404, "Not found")
    }

    pub(crate) fn invalid(err: &ValidationError) -> Self {
        let details: Vec<Value> = err
            .violations()
            .iter()
            .map(|v| {
                let text = v.to_string();
                let message = text
                    .strip_prefix(&format!("{}: ", v.path()))
                    .unwrap_or(&text)
                    .to_owned();
                json!({ "message": message, "property": v.path() })
            })
            .collect();
        Reply::json(
            400,
            json!({
                "message": format!("The request body has {} error(s)", details.len()),
                "details": details,
            }),
        )
    }

    pub(crate) fn bytes(content_type: &str, bytes: Vec<u8>) -> Self {
        Reply {
            status: 200,
            headers: vec![("content-type".into(), content_type.into())],
            body: bytes,
        }
    }
}
