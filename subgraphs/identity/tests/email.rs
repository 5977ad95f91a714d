//! Mailed-link flows over HTTP, with mail delivered by SMTP to a server on
//! loopback: verification, resend limits, password reset, email change.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

mod common;

use common::{Fixture, error};
use serde_json::{Value, json};
use stunxt_platform::testing::smtp::SmtpSink;

const WAIT: Duration = Duration::from_secs(10);

/// The subgraph mailing an SMTP server on loopback, links into
/// `https://app.example`.
async fn fixture() -> (Fixture, SmtpSink) {
    let sink = SmtpSink::start().await.unwrap();
    let smtp_url = sink.url();
    let f = Fixture::with(|config| {
        config.mail.smtp_url = Some(smtp_url.into());
        config.mail.app_url = "https://app.example".into();
    })
    .await;
    (f, sink)
}

const VERIFY: &str =
    "mutation($token: String!) { verifyEmail(token: $token) { username email emailVerified } }";

#[tokio::test]
async fn verification_link_from_the_registration_mail_verifies_once() {
    let (f, sink) = fixture().await;
    let token = f.register("ana").await.token;
    let mail = sink.next_to("ana@example.org", WAIT).await.unwrap();
    assert!(
        mail.message
            .contains("https://app.example/verify-email?token="),
        "{}",
        mail.message
    );
    let link_token = mail.link_param("token").unwrap();

    let verified = f.gql(None, VERIFY, json!({ "token": link_token })).await;
    assert_eq!(
        verified["data"]["verifyEmail"],
        json!({ "username": "ana", "email": "ana@example.org", "emailVerified": true })
    );
    let again = f.gql(None, VERIFY, json!({ "token": link_token })).await;
    assert_eq!(error(&again), ("BAD_USER_INPUT", Some("token")));

    let me = f
        .gql(Some(&token), "{ me { emailVerified } }", json!({}))
        .await;
    assert_eq!(me["data"]["me"]["emailVerified"], true);
    let resend = f
        .gql(Some(&token), "mutation { resendVerification }", json!({}))
        .await;
    assert_eq!(error(&resend), ("BAD_USER_INPUT", Some("email")));
}

#[tokio::test]
async fn resending_needs_a_session_and_is_rate_limited() {
    let (f, _sink) = fixture().await;
    let anonymous = f
        .gql(None, "mutation { resendVerification }", json!({}))
        .await;
    assert_eq!(error(&anonymous).0, "UNAUTHENTICATED");

    let token = f.register("ana").await.token;
    for _ in 0..3 {
        let ok = f
            .gql(Some(&token), "mutation { resendVerification }", json!({}))
            .await;
        assert_eq!(ok["data"]["resendVerification"], true, "{ok}");
    }
    let limited = f
        .gql(Some(&token), "mutation { resendVerification }", json!({}))
        .await;
    assert_eq!(error(&limited).0, "RATE_LIMITED", "{limited}");
    assert!(
        limited["errors"][0]["extensions"]["retryAfter"]
            .as_u64()
            .unwrap()
            > 0
    );
}

#[tokio::test]
async fn password_reset_by_mail_signs_every_session_out() {
    let (f, sink) = fixture().await;
    let token = f.register("ana").await.token;
    sink.next(WAIT).await.unwrap();
    let request = "mutation($email: String!) { requestPasswordReset(email: $email) }";
    let unknown = f
        .gql(None, request, json!({ "email": "nobody@example.org" }))
        .await;
    let known = f
        .gql(None, request, json!({ "email": "ana@example.org" }))
        .await;
    assert_eq!(unknown, known, "the answer must not reveal accounts");
    assert_eq!(known["data"]["requestPasswordReset"], true);
    let mail = sink.next(WAIT).await.unwrap();
    assert_eq!(mail.to, ["ana@example.org"]);
    assert!(
        mail.message
            .contains("https://app.example/reset-password?token=")
    );
    let reset_token = mail.link_param("token").unwrap();

    let reset = "mutation($token: String!, $pw: String!) { resetPassword(token: $token, newPassword: $pw) }";
    let weak = f
        .gql(
            None,
            reset,
            json!({ "token": reset_token, "pw": "password123" }),
        )
        .await;
    assert_eq!(error(&weak), ("BAD_USER_INPUT", Some("newPassword")));
    let done = f
        .gql(
            None,
            reset,
            json!({ "token": reset_token, "pw": "a fresh start for ana" }),
        )
        .await;
    assert_eq!(done["data"]["resetPassword"], true, "{done}");
    let reused = f
        .gql(
            None,
            reset,
            json!({ "token": reset_token, "pw": "yet another new start" }),
        )
        .await;
    assert_eq!(error(&reused), ("BAD_USER_INPUT", Some("token")));

    // The old session is gone.
    let sessions = f.gql(Some(&token), "{ sessions { id } }", json!({})).await;
    assert_eq!(sessions["data"]["sessions"], json!([]));
    let login = f
        .gql(
            None,
            "mutation { login(input: {login: \"ana\", password: \"a fresh start for ana\"}) { ... on AuthPayload { user { emailVerified } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        login["data"]["login"]["user"]["emailVerified"], true,
        "{login}"
    );
}

#[tokio::test]
async fn email_change_moves_the_account_when_the_new_address_confirms() {
    let (f, sink) = fixture().await;
    let token = f.register("ana").await.token;
    f.register("bob").await;
    sink.next(WAIT).await.unwrap();
    sink.next(WAIT).await.unwrap();
    let change = "mutation($email: String!) { requestEmailChange(newEmail: $email) }";

    let anonymous = f
        .gql(None, change, json!({ "email": "x@example.org" }))
        .await;
    assert_eq!(error(&anonymous).0, "UNAUTHENTICATED");
    let taken = f
        .gql(Some(&token), change, json!({ "email": "bob@example.org" }))
        .await;
    assert_eq!(error(&taken), ("CONFLICT", Some("newEmail")));
    let bad = f
        .gql(Some(&token), change, json!({ "email": "nope" }))
        .await;
    assert_eq!(error(&bad), ("BAD_USER_INPUT", Some("newEmail")));

    let ok = f
        .gql(Some(&token), change, json!({ "email": "ana@new.example" }))
        .await;
    assert_eq!(ok["data"]["requestEmailChange"], true, "{ok}");
    let confirm = sink.next_to("ana@new.example", WAIT).await.unwrap();
    let link_token = confirm.link_param("token").unwrap();
    let me = f.gql(Some(&token), "{ me { email } }", json!({})).await;
    assert_eq!(me["data"]["me"]["email"], "ana@example.org");

    let verified = f.gql(None, VERIFY, json!({ "token": link_token })).await;
    assert_eq!(verified["data"]["verifyEmail"]["email"], "ana@new.example");
    let me = f
        .gql(Some(&token), "{ me { email emailVerified } }", json!({}))
        .await;
    assert_eq!(
        me["data"]["me"],
        json!({ "email": "ana@new.example", "emailVerified": true })
    );
    // Other subgraphs (notifications mails there) learn the new address
    // as verified.
    let changed: Vec<Value> = f
        .payloads("identity.user.updated")
        .await
        .into_iter()
        .filter(|p| p["fields"] == json!(["email"]))
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0]["email"], "ana@new.example");
    assert_eq!(changed[0]["emailVerified"], true);
}
