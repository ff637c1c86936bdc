//! Building messages, templates, imagemaps, rich menus and request bodies: the exact wire JSON
//! (insta snapshots in `snapshots/`), round trips, unknown values kept, and the runtime rules.

#[path = "../support/mod.rs"]
mod support;

mod example;
mod imagemap;
mod messages;
mod richmenu;
mod rules_table;
mod runtime_counts;
mod templates;
mod validate_rules;
mod validation;
