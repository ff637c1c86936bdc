//! Building messages, templates, imagemaps, rich menus and request bodies: the exact wire JSON
//! (insta snapshots in `snapshots/`), round trips, unknown values kept, the runtime rules,
//! typed postback data and the string literal macros.

#[path = "../support/mod.rs"]
mod support;

mod example;
mod imagemap;
mod literals;
mod messages;
mod postback_data;
mod richmenu;
mod rules_table;
mod runtime_counts;
mod templates;
mod validate_rules;
mod validation;
