//! The README's "Client" section examples (the first one compiled, not run: it
//! needs a real channel).

use linebot::client::user::GetFollowers;
use linebot::client::{CallOptions, Client, Error, RetryKey};
use linebot::message::{PushMessageRequest, TextMessage};
use linebot::testkit::{self, Fault, LineServer};

#[allow(dead_code)]
fn client_example() -> Result<(), Error> {
    let client = Client::from_env()?; // the token in LINE_CHANNEL_ACCESS_TOKEN

    // Each LINE operation is a method named after its operation id, in snake case.
    let sent = client.push_message("U4af4980629...", [TextMessage::new("Hello!")])?;
    println!(
        "request {:?}, message ids {:?}",
        sent.request_id(),
        sent.sent_messages
    );

    // Each operation is also a request type; `call` sends it with every optional field at hand,
    // `call_with` adds a per-call timeout or your own retry key.
    let page = client.call(GetFollowers::new().limit(1000))?;
    println!("{} followers on the first page", page.user_ids.len());
    let push = PushMessageRequest::new("U4af4980629...", [TextMessage::new("Shh")])
        .notification_disabled(true);
    let key = RetryKey::generate(); // store it with the job to retry later under the same key
    client.call_with(&push, &CallOptions::new().retry_key(key))?;

    // Every answer, `()` ones included, keeps its request id and headers.
    let left = client.leave_group("C4af4980629...")?;
    println!("left, request {:?}", left.request_id());

    // Failures say what happened.
    match client.get_profile("Unobody") {
        Err(Error::Api(e)) => eprintln!(
            "{} {} (request {:?}): {:?}",
            e.status, e.message, e.request_id, e.details
        ),
        Err(Error::RateLimited(e)) => eprintln!("slow down: {}", e.message),
        Err(Error::Validation(e)) => eprintln!("not sent: {e}"),
        Err(e) => eprintln!("{e}"),
        Ok(profile) => println!("{}", profile.display_name),
    }
    Ok(())
}

#[test]
fn testkit_example() {
    let server = LineServer::start();
    server.inject(Fault::Status(500));
    let sent = server
        .client()
        .push_message(testkit::USER_ID, [TextMessage::new("once")])
        .unwrap();
    assert_eq!(server.requests().len(), 2); // retried...
    assert_eq!(server.deliveries().len(), 1); // ...and delivered once
    assert_eq!(
        server.deliveries()[0].retry_key,
        server.requests()[0]
            .header("x-line-retry-key")
            .map(String::from)
    );
    let _ = sent;
}
