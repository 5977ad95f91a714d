//! Two-step sign-in over HTTP: TOTP enrolment, the login challenge, replay
//! refusal, recovery codes, spent challenges, and turning it off.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};
use stunxt_identity::{State, router, service::mfa};
use stunxt_platform::testing::{TestSubgraph, graphql, spawn_subgraph};

struct Fixture {
    subgraph: TestSubgraph,
    client: reqwest::Client,
}

impl Fixture {
    async fn new() -> Self {
        let subgraph = spawn_subgraph::<stunxt_migrations::identity::Migrator, _>(
            "identity",
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

    async fn register(&self, name: &str) -> String {
        let body = self
            .gql(
                None,
                "mutation($input: RegisterInput!) { register(input: $input) { accessToken } }",
                json!({ "input": {
                    "email": format!("{name}@example.org"), "password": "correct horse battery",
                    "username": name, "displayName": name,
                }}),
            )
            .await;
        body["data"]["register"]["accessToken"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    async fn login(&self) -> Value {
        self.gql(
            None,
            "mutation { login(input: {login: \"ana\", password: \"correct horse battery\"}) { __typename ... on AuthPayload { accessToken } ... on MfaChallenge { challengeToken methods } } }",
            json!({}),
        )
        .await["data"]["login"]
            .clone()
    }

    async fn complete(&self, challenge: &Value, code: &str) -> Value {
        self.gql(
            None,
            "mutation($t: String!, $c: String!) { completeMfaLogin(challengeToken: $t, code: $c) { accessToken user { username } } }",
            json!({ "t": challenge["challengeToken"], "c": code }),
        )
        .await
    }
}

fn error(body: &Value) -> (&str, Option<&str>) {
    let extensions = &body["errors"][0]["extensions"];
    (
        extensions["code"].as_str().unwrap_or_default(),
        extensions["field"].as_str(),
    )
}

/// Enrols `token`'s user; returns the secret and the recovery codes.
async fn enrol(f: &Fixture, token: &str) -> (String, Vec<String>) {
    let begun = f
        .gql(
            Some(token),
            "mutation { beginTotpEnrollment { secret otpauthUri qrCodeSvg } }",
            json!({}),
        )
        .await;
    let enrollment = &begun["data"]["beginTotpEnrollment"];
    let secret = enrollment["secret"].as_str().unwrap().to_owned();
    let uri = enrollment["otpauthUri"].as_str().unwrap();
    assert!(
        uri.starts_with("otpauth://totp/StunxtV2:ana%40example.org?"),
        "{uri}"
    );
    assert!(uri.contains(&format!("secret={secret}")), "{uri}");
    assert!(enrollment["qrCodeSvg"].as_str().unwrap().contains("<svg"));

    let confirm = "mutation($c: String!) { confirmTotpEnrollment(code: $c) }";
    let wrong = f.gql(Some(token), confirm, json!({ "c": "000000" })).await;
    let wrong_is_right = mfa::current_code(&secret).unwrap() == "000000";
    if !wrong_is_right {
        assert_eq!(error(&wrong), ("BAD_USER_INPUT", Some("code")), "{wrong}");
    }
    let code = mfa::current_code(&secret).unwrap();
    let confirmed = f.gql(Some(token), confirm, json!({ "c": code })).await;
    let codes: Vec<String> = confirmed["data"]["confirmTotpEnrollment"]
        .as_array()
        .unwrap_or_else(|| panic!("{confirmed}"))
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(codes.len(), 10);
    (secret, codes)
}

#[tokio::test]
async fn totp_sign_in_takes_each_code_once_and_recovery_codes_once() {
    let f = Fixture::new().await;
    let token = f.register("ana").await;
    let bob = f.register("bob").await;
    let (secret, codes) = enrol(&f, &token).await;

    let me = f
        .gql(Some(&token), "{ me { id mfaEnabled } }", json!({}))
        .await;
    assert_eq!(me["data"]["me"]["mfaEnabled"], true);
    let id = me["data"]["me"]["id"].clone();
    let seen = f
        .gql(
            Some(&bob),
            "query($id: ID!) { user(id: $id) { mfaEnabled } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(error(&seen).0, "FORBIDDEN", "{seen}");
    let again = f
        .gql(
            Some(&token),
            "mutation { beginTotpEnrollment { secret } }",
            json!({}),
        )
        .await;
    assert_eq!(error(&again), ("CONFLICT", Some("totp")));

    // The password alone no longer signs in.
    let challenge = f.login().await;
    assert_eq!(challenge["__typename"], "MfaChallenge", "{challenge}");
    assert_eq!(challenge["methods"], json!(["TOTP", "RECOVERY_CODE"]));
    // The code that confirmed enrolment was spent; the next step's works.
    let replay = f
        .complete(&challenge, &mfa::code_at_offset(&secret, -1).unwrap())
        .await;
    assert_eq!(error(&replay), ("BAD_USER_INPUT", Some("code")), "{replay}");
    let next = mfa::code_at_offset(&secret, 1).unwrap();
    let done = f.complete(&challenge, &next).await;
    assert_eq!(
        done["data"]["completeMfaLogin"]["user"]["username"], "ana",
        "{done}"
    );
    // A completed challenge is over.
    let twice = f.complete(&challenge, &next).await;
    assert_eq!(error(&twice).0, "UNAUTHENTICATED", "{twice}");

    // A recovery code works once, in any case and spacing.
    let challenge = f.login().await;
    let recovered = f
        .complete(&challenge, &format!(" {} ", codes[0].to_uppercase()))
        .await;
    assert!(
        recovered["data"]["completeMfaLogin"]["accessToken"].is_string(),
        "{recovered}"
    );
    let challenge = f.login().await;
    let reused = f.complete(&challenge, &codes[0]).await;
    assert_eq!(error(&reused), ("BAD_USER_INPUT", Some("code")), "{reused}");
}

#[tokio::test]
async fn wrong_codes_spend_the_challenge() {
    let f = Fixture::new().await;
    let token = f.register("ana").await;
    let (_, codes) = enrol(&f, &token).await;
    let challenge = f.login().await;
    for _ in 0..5 {
        let wrong = f.complete(&challenge, "wrong-codes").await;
        assert_eq!(error(&wrong), ("BAD_USER_INPUT", Some("code")), "{wrong}");
    }
    let spent = f.complete(&challenge, &codes[1]).await;
    assert_eq!(error(&spent).0, "UNAUTHENTICATED", "{spent}");
    let made_up = f
        .complete(&json!({ "challengeToken": "made-up" }), &codes[1])
        .await;
    assert_eq!(error(&made_up).0, "UNAUTHENTICATED");
    // New challenges do not buy more guesses: ten wrong codes per account
    // lock the second factor, even a right code, for a while.
    let challenge = f.login().await;
    for _ in 0..5 {
        let wrong = f.complete(&challenge, "wrong-codes").await;
        assert_eq!(error(&wrong).0, "BAD_USER_INPUT", "{wrong}");
    }
    let challenge = f.login().await;
    let limited = f.complete(&challenge, &codes[1]).await;
    assert_eq!(error(&limited).0, "RATE_LIMITED", "{limited}");
}

#[tokio::test]
async fn turning_totp_off_needs_password_and_code() {
    let f = Fixture::new().await;
    let token = f.register("ana").await;
    let (_, codes) = enrol(&f, &token).await;
    let disable = "mutation($pw: String!, $c: String!) { disableTotp(password: $pw, code: $c) }";
    let anonymous = f
        .gql(
            None,
            disable,
            json!({ "pw": "correct horse battery", "c": codes[2] }),
        )
        .await;
    assert_eq!(error(&anonymous).0, "UNAUTHENTICATED");
    let wrong_password = f
        .gql(
            Some(&token),
            disable,
            json!({ "pw": "not the password", "c": codes[2] }),
        )
        .await;
    assert_eq!(error(&wrong_password), ("BAD_USER_INPUT", Some("password")));
    let wrong_code = f
        .gql(
            Some(&token),
            disable,
            json!({ "pw": "correct horse battery", "c": "nope-nope" }),
        )
        .await;
    assert_eq!(error(&wrong_code), ("BAD_USER_INPUT", Some("code")));
    let done = f
        .gql(
            Some(&token),
            disable,
            json!({ "pw": "correct horse battery", "c": codes[2] }),
        )
        .await;
    assert_eq!(done["data"]["disableTotp"], true, "{done}");
    assert_eq!(f.login().await["__typename"], "AuthPayload");
    let me = f
        .gql(Some(&token), "{ me { mfaEnabled } }", json!({}))
        .await;
    assert_eq!(me["data"]["me"]["mfaEnabled"], false);
}
