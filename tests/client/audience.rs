//! Audiences against the local server, over HTTP: JSON uploads, multipart file uploads on
//! api-data.line.me, click and impression audiences, renaming, listing, sharing, deleting.
#![cfg(feature = "testkit")]

use linebot::client::audience::{
    AddUserIdsToAudience, Audience, AudienceGroupStatus, AudienceGroupType,
    CreateAudienceForUploadingUserIds, CreateAudienceGroupRequest,
    CreateClickBasedAudienceGroupRequest, GetAudienceGroups,
};
use linebot::client::{Error, Host};
use linebot::testkit::{self, LineServer, RecordedRequest};
use serde_json::json;

use crate::support::assert_call;

/// Splits a multipart body by the boundary its Content-Type names, checking the framing.
fn parts(r: &RecordedRequest) -> Vec<(String, String)> {
    let ct = r.header("content-type").unwrap();
    let boundary = ct
        .strip_prefix("multipart/form-data; boundary=")
        .expect("multipart content type");
    let body = String::from_utf8(r.body.clone()).unwrap();
    assert!(body.ends_with(&format!("--{boundary}--\r\n")), "{body}");
    body.split(&format!("--{boundary}"))
        .filter(|p| p.starts_with("\r\n"))
        .map(|p| {
            let (head, data) = p[2..].split_once("\r\n\r\n").unwrap();
            (
                head.to_owned(),
                data.strip_suffix("\r\n").unwrap().to_owned(),
            )
        })
        .collect()
}

fn part(head: &str, data: &str) -> (String, String) {
    (head.to_owned(), data.to_owned())
}

#[test]
fn upload_audience_json_then_add() {
    let server = LineServer::start();
    let client = server.client();
    let request = CreateAudienceGroupRequest::new(
        "Spring campaign",
        [
            Audience::new(testkit::USER_ID),
            Audience::new(testkit::OTHER_USER_ID),
        ],
    )
    .upload_description("first batch");
    let created = client.call(request).unwrap();
    assert_eq!(created.r#type, Some(AudienceGroupType::Upload));
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/v2/bot/audienceGroup/upload");
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.json(),
        json!({
            "description": "Spring campaign",
            "uploadDescription": "first batch",
            "audiences": [{ "id": testkit::USER_ID }, { "id": testkit::OTHER_USER_ID }],
        })
    );

    client
        .add_audience_to_audience_group(created.audience_group_id, [Audience::new("U3")])
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "PUT", Host::Api, "/v2/bot/audienceGroup/upload");
    assert_eq!(
        r.json(),
        json!({ "audienceGroupId": created.audience_group_id, "audiences": [{ "id": "U3" }] })
    );

    let data = client.get_audience_data(created.audience_group_id).unwrap();
    assert_eq!(data.audience_group.audience_count, Some(3));
    assert_eq!(data.jobs.len(), 2);
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        &format!("/v2/bot/audienceGroup/{}", created.audience_group_id),
    );

    // Checked before sending: a description over 120 characters, and an empty add.
    let err = client
        .create_audience_group("x".repeat(121), [])
        .unwrap_err();
    let Error::Validation(v) = err else {
        panic!("{err:?}")
    };
    assert_eq!(v.paths(), ["description"]);
    let err = client
        .add_audience_to_audience_group(created.audience_group_id, [])
        .unwrap_err();
    let Error::Validation(v) = err else {
        panic!("{err:?}")
    };
    assert_eq!(v.paths(), ["audiences"]);
}

#[test]
fn upload_audience_by_file_then_add_by_file() {
    let server = LineServer::start();
    let client = server.client();
    let mut request = CreateAudienceForUploadingUserIds::new("By file", ["U1", "U2"]);
    request.is_ifa_audience = Some(false);
    let created = client.call(&request).unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "POST",
        Host::ApiData,
        "/v2/bot/audienceGroup/upload/byFile",
    );
    assert_eq!(
        parts(&r),
        [
            part(
                "Content-Disposition: form-data; name=\"description\"",
                "By file"
            ),
            part(
                "Content-Disposition: form-data; name=\"isIfaAudience\"",
                "false"
            ),
            part(
                "Content-Disposition: form-data; name=\"file\"; filename=\"audience.txt\"\r\nContent-Type: text/plain",
                "U1\nU2\n"
            ),
        ]
    );

    client
        .add_user_ids_to_audience(created.audience_group_id, ["U3", "U4", "U5"])
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "PUT",
        Host::ApiData,
        "/v2/bot/audienceGroup/upload/byFile",
    );
    let p = parts(&r);
    assert_eq!(
        p[0],
        part(
            "Content-Disposition: form-data; name=\"audienceGroupId\"",
            &created.audience_group_id.to_string()
        )
    );
    assert_eq!(p[1].1, "U3\nU4\nU5\n");
    let data = client.get_audience_data(created.audience_group_id).unwrap();
    assert_eq!(data.audience_group.audience_count, Some(5));

    // The convenience method sends the same thing.
    let again = client
        .create_audience_for_uploading_user_ids("Again", ["U9"])
        .unwrap();
    assert!(again.audience_group_id > created.audience_group_id);
    let add =
        AddUserIdsToAudience::new(again.audience_group_id, ["U10"]).upload_description("second");
    client.call(add).unwrap();
    let p = parts(&server.last_request().unwrap());
    assert_eq!(
        p[1],
        part(
            "Content-Disposition: form-data; name=\"uploadDescription\"",
            "second"
        )
    );
}

#[test]
fn a_boundary_never_appears_in_the_parts() {
    let server = LineServer::start();
    let client = server.client();
    client
        .create_audience_for_uploading_user_ids("--linebot-", ["--linebot-abc"])
        .unwrap();
    let r = server.last_request().unwrap();
    let boundary = r
        .header("content-type")
        .unwrap()
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap()
        .to_owned();
    assert!(boundary.len() > 20);
    // Two parts: two delimiters and the closing one, nothing else.
    assert_eq!(
        String::from_utf8_lossy(&r.body)
            .matches(boundary.as_str())
            .count(),
        3
    );
}

#[test]
fn click_and_impression_audiences_rename_list_delete() {
    let server = LineServer::start();
    let client = server.client();
    let click = CreateClickBasedAudienceGroupRequest::new("Clicked", "req-1")
        .click_url("https://example.com/");
    let clicked = client.call(click).unwrap();
    assert_eq!(clicked.click_url.as_deref(), Some("https://example.com/"));
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/v2/bot/audienceGroup/click");
    assert_eq!(
        r.json(),
        json!({ "description": "Clicked", "requestId": "req-1", "clickUrl": "https://example.com/" })
    );

    let opened = client
        .create_imp_based_audience_group("Opened", "req-2")
        .unwrap();
    assert_eq!(opened.r#type, Some(AudienceGroupType::Imp));
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/v2/bot/audienceGroup/imp");
    assert_eq!(
        r.json(),
        json!({ "description": "Opened", "requestId": "req-2" })
    );

    client
        .update_audience_group_description(opened.audience_group_id, "Opened (renamed)")
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "PUT",
        Host::Api,
        &format!(
            "/v2/bot/audienceGroup/{}/updateDescription",
            opened.audience_group_id
        ),
    );
    assert_eq!(r.json(), json!({ "description": "Opened (renamed)" }));

    let all = client.get_audience_groups(1).unwrap();
    assert_eq!(all.total_count, Some(2));
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", Host::Api, "/v2/bot/audienceGroup/list");
    assert_eq!(r.query, vec![("page".to_owned(), "1".to_owned())]);

    let found = client
        .call(
            GetAudienceGroups::new(1)
                .description("renamed")
                .status(AudienceGroupStatus::Ready)
                .size(1),
        )
        .unwrap();
    assert_eq!(found.audience_groups.len(), 1);
    assert_eq!(
        found.audience_groups[0].audience_group_id,
        opened.audience_group_id
    );
    let r = server.last_request().unwrap();
    assert_eq!(r.query_param("description"), Some("renamed"));
    assert_eq!(r.query_param("status"), Some("READY"));
    assert_eq!(r.query_param("size"), Some("1"));

    client
        .delete_audience_group(clicked.audience_group_id)
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "DELETE",
        Host::Api,
        &format!("/v2/bot/audienceGroup/{}", clicked.audience_group_id),
    );
    assert_eq!(
        client
            .get_audience_data(clicked.audience_group_id)
            .unwrap_err()
            .status(),
        Some(404)
    );

    // A page number below 1 never leaves the client.
    assert!(matches!(
        client.get_audience_groups(0).unwrap_err(),
        Error::Validation(_)
    ));
}

#[test]
fn shared_audiences() {
    let server = LineServer::start();
    let client = server.client();
    let shared = client
        .get_shared_audience_data(testkit::SHARED_AUDIENCE_ID)
        .unwrap();
    assert_eq!(
        shared.owner.as_ref().unwrap().name.as_deref(),
        Some("Testkit Inc.")
    );
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        &format!(
            "/v2/bot/audienceGroup/shared/{}",
            testkit::SHARED_AUDIENCE_ID
        ),
    );
    let list = client.get_shared_audience_groups(1).unwrap();
    assert_eq!(list.audience_groups.len(), 1);
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        "/v2/bot/audienceGroup/shared/list",
    );
    assert_eq!(
        client.get_shared_audience_data(1).unwrap_err().status(),
        Some(404)
    );
}

#[test]
fn the_server_refuses_a_bad_description_the_way_line_does() {
    let server = LineServer::start();
    // Client-side validation off, so the bodies reach the server.
    let client = server.client_builder().validate(false).build().unwrap();
    let too_long = "a".repeat(121);
    for result in [
        client
            .create_imp_based_audience_group("", "req-1")
            .map(drop),
        client
            .create_imp_based_audience_group(too_long.as_str(), "req-1")
            .map(drop),
        client
            .update_audience_group_description(testkit::SHARED_AUDIENCE_ID, "")
            .map(drop),
    ] {
        let Err(Error::Api(api)) = result else {
            panic!("expected LINE's 400, got {result:?}")
        };
        assert_eq!(api.status, 400);
        assert_eq!(api.details.len(), 1, "{:?}", api.details);
        assert_eq!(api.details[0].property.as_deref(), Some("description"));
    }
}
