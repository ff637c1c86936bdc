//! Pushes a text message from the command line.
//!
//! ```text
//! LINE_CHANNEL_ACCESS_TOKEN=... cargo run --example push -- <user, group or room ID> <text>
//! ```

use linebot::client::Client;
use linebot::message::TextMessage;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(to), Some(text)) = (args.next(), args.next()) else {
        eprintln!("usage: cargo run --example push -- <to> <text>");
        std::process::exit(2);
    };
    let client = Client::from_env().unwrap_or_else(|e| {
        eprintln!("{e}"); // names LINE_CHANNEL_ACCESS_TOKEN when it is not set
        std::process::exit(2);
    });
    match client.push_message(to, [TextMessage::new(text)]) {
        Ok(sent) => {
            println!("sent, request id {:?}", sent.request_id());
            for m in &sent.sent_messages {
                println!("message id {}", m.id);
            }
            Ok(())
        }
        Err(e) => {
            eprintln!("push failed: {e}");
            if let Some(api) = e.api_error() {
                for d in &api.details {
                    eprintln!("  {:?}: {:?}", d.property, d.message);
                }
            }
            std::process::exit(1);
        }
    }
}
