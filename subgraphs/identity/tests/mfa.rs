//! Two-step sign-in over HTTP: TOTP enrolment, the login challenge, replay
//! refusal, recovery codes, spent challenges, and turning it off.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Fixture, error};
use serde_json::{Value, json};
use stunxt_identity::service::mfa;

/// Signs ana in; the `login` payload (`__typename` and its fields).
async fn login(f: &Fixture) -> Value {
    f.gql(
        None,
        "mutation { login(input: {login: \"ana\", password: \"correct horse battery\"}) { __typename ... on AuthPayload { accessToken } ... on MfaChallenge { challengeToken methods } } }",
        json!({}),
    )
    .await["data"]["login"]
        .clone()
}

/// Answers `challenge` with `code`.
async fn complete(f: &Fixture, challenge: &Value, code: &str) -> Value {
    f.gql(
        None,
        "mutation($t: String!, $c: String!) { completeMfaLogin(challengeToken: $t, code: $c) { accessToken user { username } } }",
        json!({ "t": challenge["challengeToken"], "c": code }),
    )
    .await
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
    let token = f.register("ana").await.token;
    let bob = f.register("bob").await.token;
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
    let challenge = login(&f).await;
    assert_eq!(challenge["__typename"], "MfaChallenge", "{challenge}");
    assert_eq!(challenge["methods"], json!(["TOTP", "RECOVERY_CODE"]));
    // The code that confirmed enrolment was spent; the next step's works.
    let replay = complete(&f, &challenge, &mfa::code_at_offset(&secret, -1).unwrap()).await;
    assert_eq!(error(&replay), ("BAD_USER_INPUT", Some("code")), "{replay}");
    let next = mfa::code_at_offset(&secret, 1).unwrap();
    let done = complete(&f, &challenge, &next).await;
    assert_eq!(
        done["data"]["completeMfaLogin"]["user"]["username"], "ana",
        "{done}"
    );
    // A completed challenge is over.
    let twice = complete(&f, &challenge, &next).await;
    assert_eq!(error(&twice).0, "UNAUTHENTICATED", "{twice}");

    // A recovery code works once, in any case and spacing.
    let challenge = login(&f).await;
    let recovered = complete(&f, &challenge, &format!(" {} ", codes[0].to_uppercase())).await;
    assert!(
        recovered["data"]["completeMfaLogin"]["accessToken"].is_string(),
        "{recovered}"
    );
    let challenge = login(&f).await;
    let reused = complete(&f, &challenge, &codes[0]).await;
    assert_eq!(error(&reused), ("BAD_USER_INPUT", Some("code")), "{reused}");
}

#[tokio::test]
async fn wrong_codes_spend_the_challenge() {
    let f = Fixture::new().await;
    let token = f.register("ana").await.token;
    let (_, codes) = enrol(&f, &token).await;
    let challenge = login(&f).await;
    for _ in 0..5 {
        let wrong = complete(&f, &challenge, "wrong-codes").await;
        assert_eq!(error(&wrong), ("BAD_USER_INPUT", Some("code")), "{wrong}");
    }
    let spent = complete(&f, &challenge, &codes[1]).await;
    assert_eq!(error(&spent).0, "UNAUTHENTICATED", "{spent}");
    let made_up = complete(&f, &json!({ "challengeToken": "made-up" }), &codes[1]).await;
    assert_eq!(error(&made_up).0, "UNAUTHENTICATED");
    // New challenges do not buy more guesses: ten wrong codes per account
    // lock the second factor, even a right code, for a while.
    let challenge = login(&f).await;
    for _ in 0..5 {
        let wrong = complete(&f, &challenge, "wrong-codes").await;
        assert_eq!(error(&wrong).0, "BAD_USER_INPUT", "{wrong}");
    }
    let challenge = login(&f).await;
    let limited = complete(&f, &challenge, &codes[1]).await;
    assert_eq!(error(&limited).0, "RATE_LIMITED", "{limited}");
}

#[tokio::test]
async fn turning_totp_off_needs_password_and_code() {
    let f = Fixture::new().await;
    let token = f.register("ana").await.token;
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
    assert_eq!(login(&f).await["__typename"], "AuthPayload");
    let me = f
        .gql(Some(&token), "{ me { mfaEnabled } }", json!({}))
        .await;
    assert_eq!(me["data"]["me"]["mfaEnabled"], false);
}

#[tokio::test]
async fn totp_secrets_are_encrypted_at_rest() {
    use sea_orm::{ConnectionTrait, Statement};

    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    let (secret, _) = enrol(&f, &ana.token).await;
    let db = &f.subgraph.db.conn;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT totp_secret FROM users WHERE username = 'ana'",
        ))
        .await
        .unwrap()
        .unwrap();
    let stored: String = row.try_get_by_index(0).unwrap();
    assert!(stored.starts_with("v1:"), "{stored}");
    assert!(
        !stored.contains(&secret),
        "the secret is not stored in clear"
    );
    // And it still checks codes (the next step's: the current one was
    // spent confirming the enrolment).
    let challenge = login(&f).await;
    let done = complete(&f, &challenge, &mfa::code_at_offset(&secret, 1).unwrap()).await;
    assert!(done["errors"].is_null(), "{done}");
}
