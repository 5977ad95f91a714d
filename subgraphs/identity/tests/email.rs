//! Mailed-link flows over HTTP, with mail delivered by SMTP to a server on
//! loopback: verification, resend limits, password reset, email change.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use serde_json::{Value, json};
use stunxt_identity::{State, router};
use stunxt_platform::testing::{TestSubgraph, graphql, smtp::SmtpSink, spawn_subgraph_with};

const WAIT: Duration = Duration::from_secs(10);

struct Fixture {
    subgraph: TestSubgraph,
    sink: SmtpSink,
    client: reqwest::Client,
}

impl Fixture {
    async fn new() -> Self {
        let sink = SmtpSink::start().await.unwrap();
        let smtp_url = sink.url();
        let subgraph = spawn_subgraph_with::<stunxt_migrations::identity::Migrator, _, _>(
            "identity",
            |config| {
                config.mail.smtp_url = Some(smtp_url.into());
                config.mail.app_url = "https://app.example".into();
            },
            |db, runtime| {
                let state = State {
                    db,
                    signer: runtime.require_signer().unwrap(),
                };
                router(state, runtime)
            },
        )
        .await
        .unwrap();
        Self {
            subgraph,
            sink,
            client: reqwest::Client::new(),
        }
    }

    async fn gql(&self, token: Option<&str>, query: &str, vars: Value) -> Value {
        graphql(
            &self.client,
            &self.subgraph.graphql_url(),
            token,
            query,
            vars,
        )
        .await
        .unwrap()
    }

    /// Registers `name` and returns its access token (the verification mail
    /// is left in the sink).
    async fn register(&self, name: &str) -> String {
        let body = self
            .gql(
                None,
                "mutation($input: RegisterInput!) { register(input: $input) { accessToken user { emailVerified } } }",
                json!({ "input": {
                    "email": format!("{name}@example.org"), "password": "correct horse battery",
                    "username": name, "displayName": name,
                }}),
            )
            .await;
        assert_eq!(
            body["data"]["register"]["user"]["emailVerified"], false,
            "{body}"
        );
        body["data"]["register"]["accessToken"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

fn error(body: &Value) -> (&str, Option<&str>) {
    let extensions = &body["errors"][0]["extensions"];
    (
        extensions["code"].as_str().unwrap_or_default(),
        extensions["field"].as_str(),
    )
}

const VERIFY: &str =
    "mutation($token: String!) { verifyEmail(token: $token) { username email emailVerified } }";

#[tokio::test]
async fn verification_link_from_the_registration_mail_verifies_once() {
    let f = Fixture::new().await;
    let token = f.register("ana").await;
    let mail = f.sink.next_to("ana@example.org", WAIT).await.unwrap();
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
    let f = Fixture::new().await;
    let anonymous = f
        .gql(None, "mutation { resendVerification }", json!({}))
        .await;
    assert_eq!(error(&anonymous).0, "UNAUTHENTICATED");

    let token = f.register("ana").await;
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
    let f = Fixture::new().await;
    let token = f.register("ana").await;
    f.sink.next(WAIT).await.unwrap();
    let request = "mutation($email: String!) { requestPasswordReset(email: $email) }";
    let unknown = f
        .gql(None, request, json!({ "email": "nobody@example.org" }))
        .await;
    let known = f
        .gql(None, request, json!({ "email": "ana@example.org" }))
        .await;
    assert_eq!(unknown, known, "the answer must not reveal accounts");
    assert_eq!(known["data"]["requestPasswordReset"], true);
    let mail = f.sink.next(WAIT).await.unwrap();
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
    let f = Fixture::new().await;
    let token = f.register("ana").await;
    f.register("bob").await;
    f.sink.next(WAIT).await.unwrap();
    f.sink.next(WAIT).await.unwrap();
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
    let confirm = f.sink.next_to("ana@new.example", WAIT).await.unwrap();
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
}
