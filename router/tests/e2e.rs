//! End to end through the real Apollo Router: the whole platform started
//! as `stunxt up` starts it, on free loopback ports, with an isolated
//! database (SQLite files, or PostgreSQL schemas when
//! `STUNXT_TEST_DATABASE_URL` is set).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{net::SocketAddr, path::PathBuf};

use serde_json::{Value, json};
use stunxt::{
    subgraphs::SUBGRAPHS,
    up::{self, Platform, UpOptions},
};
use stunxt_platform::{
    runtime::Runtime,
    testing::{SchemaGuard, alg_none_token, expired_token, tampered_token, test_config},
};
use uuid::Uuid;

struct Harness {
    platform: Option<Platform>,
    runtime: Runtime,
    client: reqwest::Client,
    // Dropped after the platform: schemas go once nothing uses them.
    _schemas: SchemaGuard,
    _dir: tempfile::TempDir,
}

impl Harness {
    async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    /// Starts with the test configuration adjusted by `configure`.
    async fn start_with(configure: impl FnOnce(&mut stunxt_platform::config::Config)) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut config = test_config(dir.path());
        configure(&mut config);
        let schemas = SchemaGuard::new(
            &config,
            &SUBGRAPHS.iter().map(|s| s.name).collect::<Vec<_>>(),
        );
        let runtime = Runtime::new(config).await.unwrap();
        let loopback: SocketAddr = "127.0.0.1:0".parse().unwrap();
        let options = UpOptions {
            router_listen: loopback,
            subgraph_listen: vec![loopback; SUBGRAPHS.len()],
            router_config: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("router.yaml"),
            router_endpoints_on_main_port: true,
        };
        let platform = up::start(runtime.clone(), options).await.unwrap();
        Self {
            platform: Some(platform),
            runtime,
            client: reqwest::Client::new(),
            _schemas: schemas,
            _dir: dir,
        }
    }

    fn url(&self) -> String {
        self.platform.as_ref().unwrap().graphql_url().to_owned()
    }

    fn subgraph_url(&self, name: &str) -> String {
        self.platform
            .as_ref()
            .unwrap()
            .subgraph_url(name)
            .unwrap()
            .to_owned()
    }

    async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut request = self
            .client
            .post(self.url())
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.unwrap();
        assert!(
            !response.status().is_server_error(),
            "server error {}",
            response.status()
        );
        response.json().await.unwrap()
    }

    async fn register(&self, username: &str) -> Value {
        let body = self
            .gql(
                None,
                "mutation($input: RegisterInput!) { register(input: $input) {
                    accessToken refreshToken expiresAt user { id username email } } }",
                json!({ "input": {
                    "email": format!("{username}@example.org"),
                    "password": "correct horse battery",
                    "username": username,
                    "displayName": username,
                }}),
            )
            .await;
        assert!(body.get("errors").is_none(), "{body}");
        body["data"]["register"].clone()
    }

    async fn stop(mut self) {
        if let Some(platform) = self.platform.take() {
            platform.shutdown().await.unwrap();
        }
    }
}

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or_default()
}

fn field(body: &Value) -> &str {
    body["errors"][0]["extensions"]["field"]
        .as_str()
        .unwrap_or_default()
}

const CREATE: &str = "mutation($input: CreateCommunityInput!) {
    createCommunity(input: $input) { id name slug owner { id } } }";

#[tokio::test]
async fn register_login_create_and_resolve_across_subgraphs() {
    let h = Harness::start().await;
    let registered = h.register("ana").await;
    assert_eq!(registered["user"]["username"], "ana");
    assert_eq!(registered["user"]["email"], "ana@example.org");

    let login = h
        .gql(
            None,
            "mutation { login(input: {login: \"ANA@example.org\", password: \"correct horse battery\"}) { ... on AuthPayload {
                accessToken user { id } } } }",
            json!({}),
        )
        .await;
    assert!(login.get("errors").is_none(), "{login}");
    let token = login["data"]["login"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        login["data"]["login"]["user"]["id"],
        registered["user"]["id"]
    );

    let created = h
        .gql(
            Some(&token),
            CREATE,
            json!({ "input": { "name": "Rust Lovers", "slug": "rust-lovers", "description": "All things Rust" }}),
        )
        .await;
    assert!(created.get("errors").is_none(), "{created}");
    assert_eq!(
        created["data"]["createCommunity"]["owner"]["id"],
        registered["user"]["id"]
    );

    // owner.username lives in identity: the router resolves the entity.
    let community = h
        .gql(
            None,
            "{ community(slug: \"rust-lovers\") { name memberCount owner { username displayName email } } }",
            json!({}),
        )
        .await;
    // Others' email is refused: the field is null with a FORBIDDEN error.
    assert_eq!(
        community["data"],
        json!({ "community": {
            "name": "Rust Lovers", "memberCount": 1,
            "owner": { "username": "ana", "displayName": "ana", "email": null }
        }}),
        "{community}"
    );
    assert_eq!(
        community["errors"][0]["extensions"]["code"], "FORBIDDEN",
        "{community}"
    );

    // User.communities is contributed by the communities subgraph.
    let me = h
        .gql(
            Some(&token),
            "{ me { username email communities { name slug } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        me,
        json!({ "data": { "me": {
            "username": "ana", "email": "ana@example.org",
            "communities": [{ "name": "Rust Lovers", "slug": "rust-lovers" }]
        }}})
    );

    let by_name = h
        .gql(
            None,
            "{ userByUsername(username: \"ANA\") { id communities { slug } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        by_name["data"]["userByUsername"]["id"],
        registered["user"]["id"]
    );
    assert_eq!(
        by_name["data"]["userByUsername"]["communities"][0]["slug"],
        "rust-lovers"
    );

    let directory = h
        .gql(
            None,
            "{ communities(first: 10) { edges { cursor node { slug owner { username } } } pageInfo { hasNextPage } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        directory["data"]["communities"]["edges"][0]["node"]["owner"]["username"],
        "ana"
    );
    assert_eq!(
        directory["data"]["communities"]["pageInfo"]["hasNextPage"],
        false
    );
    h.stop().await;
}

#[tokio::test]
async fn refusals_carry_stable_codes_and_fields() {
    let h = Harness::start().await;
    let ana = h.register("ana").await;
    let token = h
        .gql(
            None,
            "mutation { login(input: {login: \"ana\", password: \"correct horse battery\"}) { ... on AuthPayload { accessToken } } }",
            json!({}),
        )
        .await["data"]["login"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let input = json!({ "input": { "name": "Rust", "slug": "rust" }});

    let anonymous = h.gql(None, CREATE, input.clone()).await;
    assert_eq!(code(&anonymous), "UNAUTHENTICATED", "{anonymous}");

    let signer = h.runtime.signer.clone().unwrap();
    let user = Uuid::parse_str(ana["user"]["id"].as_str().unwrap()).unwrap();
    let auth = &h.runtime.config.auth;
    for bad in [
        tampered_token(&token, Uuid::now_v7()),
        expired_token(&signer, auth, user),
        alg_none_token(signer.kid(), auth, user),
        "not-a-jwt".to_owned(),
    ] {
        let body = h.gql(Some(&bad), CREATE, input.clone()).await;
        assert_eq!(code(&body), "UNAUTHENTICATED", "{bad}: {body}");
    }
    let nothing = h
        .gql(
            None,
            "{ communities(first: 5) { edges { node { slug } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        nothing["data"]["communities"]["edges"],
        json!([]),
        "refused tokens created nothing"
    );

    let first = h.gql(Some(&token), CREATE, input.clone()).await;
    assert!(first.get("errors").is_none(), "{first}");
    let duplicate = h
        .gql(
            Some(&token),
            CREATE,
            json!({ "input": { "name": "Rust 2", "slug": "RUST" }}),
        )
        .await;
    assert_eq!(code(&duplicate), "CONFLICT", "{duplicate}");
    assert_eq!(field(&duplicate), "slug");

    let reserved = h
        .gql(
            Some(&token),
            CREATE,
            json!({ "input": { "name": "Admins", "slug": "admin" }}),
        )
        .await;
    assert_eq!(
        (code(&reserved), field(&reserved)),
        ("BAD_USER_INPUT", "slug")
    );

    let register = "mutation($input: RegisterInput!) { register(input: $input) { accessToken } }";
    let bad_email = h
        .gql(
            None,
            register,
            json!({ "input": { "email": "not-an-email", "password": "correct horse battery", "username": "bob", "displayName": "Bob" }}),
        )
        .await;
    assert_eq!(
        (code(&bad_email), field(&bad_email)),
        ("BAD_USER_INPUT", "email"),
        "{bad_email}"
    );
    let short_password = h
        .gql(
            None,
            register,
            json!({ "input": { "email": "bob@example.org", "password": "short", "username": "bob", "displayName": "Bob" }}),
        )
        .await;
    assert_eq!(
        (code(&short_password), field(&short_password)),
        ("BAD_USER_INPUT", "password")
    );
    let taken = h
        .gql(
            None,
            register,
            json!({ "input": { "email": "ANA@example.org", "password": "correct horse battery", "username": "bob", "displayName": "Bob" }}),
        )
        .await;
    assert_eq!((code(&taken), field(&taken)), ("CONFLICT", "email"));

    let wrong = h
        .gql(None, "mutation { login(input: {login: \"ana\", password: \"wrong password!!\"}) { ... on AuthPayload { accessToken } } }", json!({}))
        .await;
    let unknown = h
        .gql(None, "mutation { login(input: {login: \"zed\", password: \"wrong password!!\"}) { ... on AuthPayload { accessToken } } }", json!({}))
        .await;
    assert_eq!(code(&wrong), "UNAUTHENTICATED");
    assert_eq!(
        wrong["errors"][0]["message"],
        unknown["errors"][0]["message"]
    );

    let too_many = h
        .gql(
            None,
            "{ communities(first: 101) { edges { cursor } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        (code(&too_many), field(&too_many)),
        ("BAD_USER_INPUT", "first")
    );
    h.stop().await;
}

#[tokio::test]
async fn request_ids_are_kept_or_created_and_echoed() {
    let h = Harness::start().await;
    let query = json!({ "query": "{ communities(first: 1) { edges { cursor } } }" });
    let given = h
        .client
        .post(h.url())
        .header("x-request-id", "client-req-42")
        .json(&query)
        .send()
        .await
        .unwrap();
    assert_eq!(given.headers()["x-request-id"], "client-req-42");
    let created = h.client.post(h.url()).json(&query).send().await.unwrap();
    let id = created.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(Uuid::parse_str(&id).is_ok(), "{id}");
    let forged = h
        .client
        .post(h.url())
        .header("x-request-id", "bad id with spaces")
        .json(&query)
        .send()
        .await
        .unwrap();
    assert_ne!(forged.headers()["x-request-id"], "bad id with spaces");
    h.stop().await;
}

#[tokio::test]
async fn deep_queries_and_malformed_requests_are_refused_cleanly() {
    let h = Harness::start().await;
    h.register("ana").await;

    // Every field below lives in communities, so the router sends the whole
    // chain to it in one fetch, where the depth limit refuses it.
    let mut selection = "id".to_owned();
    for _ in 0..9 {
        selection = format!("owner {{ communities {{ {selection} }} }}");
    }
    let deep = h
        .gql(
            None,
            &format!("{{ community(slug: \"nothing\") {{ {selection} }} }}"),
            json!({}),
        )
        .await;
    let codes: Vec<&str> = deep["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .filter_map(|e| e["extensions"]["code"].as_str())
                .collect()
        })
        .unwrap_or_default();
    assert!(codes.contains(&"QUERY_TOO_DEEP"), "{deep}");

    // A chain alternating between identity and communities reaches each
    // subgraph as a shallow _entities request; the router measures the
    // whole operation and refuses it before planning.
    let mut alternating = "id".to_owned();
    for _ in 0..8 {
        alternating = format!("communities {{ owner {{ username {alternating} }} }}");
    }
    // Twice: the second answer comes from the remembered depth.
    for _ in 0..2 {
        let response = h
            .client
            .post(h.url())
            .json(&json!({ "query": format!("{{ me {{ {alternating} }} }}") }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400);
        let body: Value = response.json().await.unwrap();
        assert_eq!(code(&body), "QUERY_TOO_DEEP", "{body}");
        assert!(
            body.get("data").is_none() || body["data"].is_null(),
            "{body}"
        );
    }

    let client = &h.client;
    for url in [h.url(), h.subgraph_url("communities")] {
        let malformed = client
            .post(&url)
            .header("content-type", "application/json")
            .body("{\"query\": ")
            .send()
            .await
            .unwrap();
        assert_eq!(malformed.status(), 400, "{url}");
        let body: Value = malformed.json().await.unwrap();
        assert!(body["errors"][0]["message"].is_string(), "{body}");

        let invalid = client
            .post(&url)
            .header("accept", "application/graphql-response+json")
            .json(&json!({ "query": "{ community(slug: " }))
            .send()
            .await
            .unwrap();
        assert_eq!(invalid.status(), 400, "{url}");
        let body: Value = invalid.json().await.unwrap();
        assert_eq!(code(&body), "PARSING_ERROR", "{url}: {body}");

        let unknown_field = client
            .post(&url)
            .header("accept", "application/graphql-response+json")
            .json(&json!({ "query": "{ nope }" }))
            .send()
            .await
            .unwrap();
        assert_eq!(unknown_field.status(), 400, "{url}");
        let body: Value = unknown_field.json().await.unwrap();
        assert_eq!(code(&body), "GRAPHQL_VALIDATION_FAILED", "{url}: {body}");

        let wrong_type = client
            .post(&url)
            .header("content-type", "text/plain")
            .body("{\"query\":\"{ __typename }\"}")
            .send()
            .await
            .unwrap();
        assert!(
            wrong_type.status().is_client_error(),
            "{url}: {}",
            wrong_type.status()
        );
    }
    h.stop().await;
}

#[tokio::test]
async fn sessions_rotate_refuse_reuse_and_stay_private() {
    let h = Harness::start().await;
    let ana = h.register("ana").await;
    let bob = h.register("bob").await;
    let ana_token = ana["accessToken"].as_str().unwrap();
    let bob_token = bob["accessToken"].as_str().unwrap();

    let listed = h
        .gql(Some(ana_token), "{ sessions { id current } }", json!({}))
        .await;
    let ana_sessions = listed["data"]["sessions"].as_array().unwrap().clone();
    assert_eq!(ana_sessions.len(), 1, "{listed}");
    assert_eq!(ana_sessions[0]["current"], true);
    let ana_session = ana_sessions[0]["id"].as_str().unwrap().to_owned();

    // Bob cannot see or revoke Ana's session.
    let foreign = h
        .gql(
            Some(bob_token),
            "mutation($id: ID!) { revokeSession(id: $id) }",
            json!({ "id": ana_session }),
        )
        .await;
    assert_eq!(code(&foreign), "NOT_FOUND", "{foreign}");
    let anonymous = h.gql(None, "{ sessions { id } }", json!({})).await;
    assert_eq!(code(&anonymous), "UNAUTHENTICATED");

    let refresh = "mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { username } } }";
    let first = ana["refreshToken"].as_str().unwrap();
    let rotated = h.gql(None, refresh, json!({ "t": first })).await;
    assert_eq!(
        rotated["data"]["refreshSession"]["user"]["username"], "ana",
        "{rotated}"
    );
    let second = rotated["data"]["refreshSession"]["refreshToken"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_ne!(second, first);

    let reused = h.gql(None, refresh, json!({ "t": first })).await;
    assert_eq!(code(&reused), "UNAUTHENTICATED", "{reused}");
    let after_reuse = h.gql(None, refresh, json!({ "t": second })).await;
    assert_eq!(
        code(&after_reuse),
        "UNAUTHENTICATED",
        "the whole session is revoked"
    );

    let bob_out = h
        .gql(Some(bob_token), "mutation { logout }", json!({}))
        .await;
    assert_eq!(bob_out["data"]["logout"], true, "{bob_out}");
    let bob_refresh = h
        .gql(None, refresh, json!({ "t": bob["refreshToken"] }))
        .await;
    assert_eq!(code(&bob_refresh), "UNAUTHENTICATED");
    h.stop().await;
}

#[tokio::test]
async fn repeated_failed_sign_ins_are_rate_limited() {
    let h = Harness::start().await;
    h.register("ana").await;
    let attempt = "mutation { login(input: {login: \"ana\", password: \"wrong password!!\"}) { ... on AuthPayload { accessToken } } }";
    // The first lockout tier (default 5 failures a minute) engages.
    for _ in 0..5 {
        let body = h.gql(None, attempt, json!({})).await;
        assert_eq!(code(&body), "UNAUTHENTICATED", "{body}");
    }
    let limited = h.gql(None, attempt, json!({})).await;
    assert_eq!(code(&limited), "RATE_LIMITED", "{limited}");
    assert!(
        limited["errors"][0]["extensions"]["retryAfter"]
            .as_u64()
            .unwrap()
            > 0
    );
    // Even the right password waits out the window.
    let right = h
        .gql(
            None,
            "mutation { login(input: {login: \"ana\", password: \"correct horse battery\"}) { ... on AuthPayload { accessToken } } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&right), "RATE_LIMITED");
    h.stop().await;
}

#[tokio::test]
async fn change_password_needs_the_current_one_and_signs_out_elsewhere() {
    let h = Harness::start().await;
    let ana = h.register("ana").await;
    let token = ana["accessToken"].as_str().unwrap();
    let other_device = h
        .gql(
            None,
            "mutation { login(input: {login: \"ana\", password: \"correct horse battery\"}) { ... on AuthPayload { refreshToken } } }",
            json!({}),
        )
        .await["data"]["login"]["refreshToken"]
        .clone();
    let change = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";

    let anonymous = h
        .gql(
            None,
            change,
            json!({ "c": "correct horse battery", "n": "a brand new password" }),
        )
        .await;
    assert_eq!(code(&anonymous), "UNAUTHENTICATED");
    let wrong = h
        .gql(
            Some(token),
            change,
            json!({ "c": "not it at all", "n": "a brand new password" }),
        )
        .await;
    assert_eq!(
        (code(&wrong), field(&wrong)),
        ("BAD_USER_INPUT", "currentPassword"),
        "{wrong}"
    );

    let changed = h
        .gql(
            Some(token),
            change,
            json!({ "c": "correct horse battery", "n": "a brand new password" }),
        )
        .await;
    assert_eq!(changed["data"]["changePassword"], 1, "{changed}");
    let refresh = h
        .gql(
            None,
            "mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }",
            json!({ "t": other_device }),
        )
        .await;
    assert_eq!(
        code(&refresh),
        "UNAUTHENTICATED",
        "the other device is signed out"
    );
    let old = h
        .gql(
            None,
            "mutation { login(input: {login: \"ana\", password: \"correct horse battery\"}) { ... on AuthPayload { accessToken } } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&old), "UNAUTHENTICATED");
    h.stop().await;
}

#[tokio::test]
async fn mailed_links_and_two_step_sign_in_work_through_the_router() {
    use std::time::Duration;

    use stunxt_identity::service::mfa;
    use stunxt_platform::testing::smtp::SmtpSink;

    let sink = SmtpSink::start().await.unwrap();
    let smtp_url = sink.url();
    let h = Harness::start_with(|config| config.mail.smtp_url = Some(smtp_url.into())).await;
    let token = h.register("ana").await["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();

    // The verification mail's link verifies the address.
    let mail = sink
        .next_to("ana@example.org", Duration::from_secs(10))
        .await
        .unwrap();
    let verified = h
        .gql(
            None,
            "mutation($t: String!) { verifyEmail(token: $t) { emailVerified } }",
            json!({ "t": mail.link_param("token").unwrap() }),
        )
        .await;
    assert_eq!(
        verified["data"]["verifyEmail"]["emailVerified"], true,
        "{verified}"
    );

    // Two-step sign-in: the union travels through the router.
    let begun = h
        .gql(
            Some(&token),
            "mutation { beginTotpEnrollment { secret } }",
            json!({}),
        )
        .await;
    let secret = begun["data"]["beginTotpEnrollment"]["secret"]
        .as_str()
        .unwrap_or_else(|| panic!("{begun}"))
        .to_owned();
    let confirmed = h
        .gql(
            Some(&token),
            "mutation($c: String!) { confirmTotpEnrollment(code: $c) }",
            json!({ "c": mfa::current_code(&secret).unwrap() }),
        )
        .await;
    assert_eq!(
        confirmed["data"]["confirmTotpEnrollment"]
            .as_array()
            .map(Vec::len),
        Some(10),
        "{confirmed}"
    );
    let login = h
        .gql(
            None,
            "mutation { login(input: {login: \"ana\", password: \"correct horse battery\"}) {
                __typename ... on MfaChallenge { challengeToken } ... on AuthPayload { accessToken } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        login["data"]["login"]["__typename"], "MfaChallenge",
        "{login}"
    );
    let completed = h
        .gql(
            None,
            "mutation($t: String!, $c: String!) { completeMfaLogin(challengeToken: $t, code: $c) {
                accessToken user { username mfaEnabled } } }",
            json!({
                "t": login["data"]["login"]["challengeToken"],
                "c": mfa::code_at_offset(&secret, 1).unwrap(),
            }),
        )
        .await;
    assert_eq!(
        completed["data"]["completeMfaLogin"]["user"],
        json!({ "username": "ana", "mfaEnabled": true }),
        "{completed}"
    );

    // Profile changes and their privacy rules hold through the router.
    let bob = h.register("bob").await;
    let updated = h
        .gql(
            Some(&token),
            "mutation { updateProfile(input: {bio: \"Knits.\"}) { bio } }",
            json!({}),
        )
        .await;
    assert_eq!(
        updated["data"]["updateProfile"]["bio"], "Knits.",
        "{updated}"
    );
    let seen = h
        .gql(
            bob["accessToken"].as_str(),
            "{ userByUsername(username: \"ana\") { bio sessions { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(seen["data"]["userByUsername"]["bio"], "Knits.", "{seen}");
    assert_eq!(code(&seen), "FORBIDDEN", "{seen}");
    h.stop().await;
}

#[tokio::test]
async fn passkeys_and_social_sign_in_work_through_the_router() {
    use stunxt_platform::{
        config::SocialProviderConfig,
        testing::oidc::{OidcProvider, Person},
    };
    use webauthn_authenticator_rs::{WebauthnAuthenticator, softpasskey::SoftPasskey};
    use webauthn_rs::prelude::{CreationChallengeResponse, RequestChallengeResponse};

    let provider = OidcProvider::start().await.unwrap();
    let google = SocialProviderConfig {
        enabled: true,
        client_id: provider.client_id().to_owned(),
        client_secret: Some(provider.client_secret().into()),
        issuer_url: Some(provider.issuer().to_owned()),
        ..SocialProviderConfig::default()
    };
    let h = Harness::start_with(|config| config.identity.social.google = google).await;
    let origin = url::Url::parse("http://localhost:8081").unwrap();

    // Register a passkey, then sign in with it: JSON options and answers
    // pass through the router untouched.
    let token = h.register("ana").await["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut device = SoftPasskey::new(true);
    let begun = h
        .gql(
            Some(&token),
            "mutation { beginPasskeyRegistration { ceremonyId options } }",
            json!({}),
        )
        .await;
    let begun = &begun["data"]["beginPasskeyRegistration"];
    let options: CreationChallengeResponse =
        serde_json::from_value(begun["options"].clone()).unwrap();
    let credential = device.do_registration(origin.clone(), options).unwrap();
    let registered = h
        .gql(
            Some(&token),
            "mutation($c: ID!, $cred: JSON!) { finishPasskeyRegistration(ceremonyId: $c, credential: $cred, name: \"Laptop\") { name } }",
            json!({ "c": begun["ceremonyId"], "cred": credential }),
        )
        .await;
    assert_eq!(
        registered["data"]["finishPasskeyRegistration"]["name"], "Laptop",
        "{registered}"
    );
    let begun = h
        .gql(
            None,
            "mutation { beginPasskeyLogin(login: \"ana\") { ceremonyId options } }",
            json!({}),
        )
        .await;
    let begun = &begun["data"]["beginPasskeyLogin"];
    let options: RequestChallengeResponse =
        serde_json::from_value(begun["options"].clone()).unwrap();
    let assertion = device.do_authentication(origin, options).unwrap();
    let signed = h
        .gql(
            None,
            "mutation($c: ID!, $cred: JSON!) { finishPasskeyLogin(ceremonyId: $c, credential: $cred) { user { username } } }",
            json!({ "c": begun["ceremonyId"], "cred": assertion }),
        )
        .await;
    assert_eq!(
        signed["data"]["finishPasskeyLogin"]["user"]["username"], "ana",
        "{signed}"
    );

    // Social sign-in: URL, the provider's redirect, completion.
    let url = h
        .gql(
            None,
            "mutation { socialSignInUrl(provider: GOOGLE, redirectUri: \"http://localhost:8081/auth/callback\") }",
            json!({}),
        )
        .await;
    provider.sign_in_as(Some(Person::verified("g-1", "cyd@example.org", "Cy Doe")));
    let back = provider
        .authorize(url["data"]["socialSignInUrl"].as_str().unwrap())
        .await
        .unwrap();
    let param = |name: &str| {
        back.query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .unwrap()
    };
    let completed = h
        .gql(
            None,
            "mutation($c: String!, $s: String!) { completeSocialSignIn(provider: GOOGLE, code: $c, state: $s) { ... on AuthPayload { accessToken user { username emailVerified } } } }",
            json!({ "c": param("code"), "s": param("state") }),
        )
        .await;
    assert_eq!(
        completed["data"]["completeSocialSignIn"]["user"],
        json!({ "username": "cyd", "emailVerified": true }),
        "{completed}"
    );
    let social_token = completed["data"]["completeSocialSignIn"]["accessToken"]
        .as_str()
        .unwrap();
    // The new account works across subgraphs.
    let created = h
        .gql(
            Some(social_token),
            CREATE,
            json!({ "input": { "name": "Cy's club", "slug": "cys-club" } }),
        )
        .await;
    assert_eq!(
        created["data"]["createCommunity"]["slug"], "cys-club",
        "{created}"
    );
    h.stop().await;
}

#[tokio::test]
async fn member_search_finds_names_identity_announced() {
    let h = Harness::start().await;
    let ana = h.register("anabel").await;
    let bo = h.register("bodil").await;
    let token = |p: &Value| p["accessToken"].as_str().unwrap().to_owned();
    let created = h
        .gql(
            Some(&token(&ana)),
            CREATE,
            json!({ "input": { "name": "Readers", "slug": "readers" } }),
        )
        .await;
    let community = created["data"]["createCommunity"]["id"].clone();
    let joined = h
        .gql(
            Some(&token(&bo)),
            "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(
        joined["data"]["joinCommunity"]["role"], "MEMBER",
        "{joined}"
    );

    // identity.user.registered travels outbox → bus → communities; the
    // search sees the name once it has arrived.
    let search = "query($c: ID!) { community(id: $c) { members(filter: {search: \"bodil\"}) {
        edges { node { role user { id username displayName } } } } } }";
    let mut found = Value::Null;
    for _ in 0..100 {
        let body = h
            .gql(Some(&token(&ana)), search, json!({ "c": community }))
            .await;
        let edges = &body["data"]["community"]["members"]["edges"];
        if edges.as_array().is_some_and(|e| !e.is_empty()) {
            found = edges.clone();
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // The user's names come from identity through the router.
    assert_eq!(
        found[0]["node"]["user"],
        json!({ "id": bo["user"]["id"], "username": "bodil", "displayName": "bodil" }),
        "{found}"
    );
    h.stop().await;
}

#[tokio::test]
async fn members_only_profiles_open_when_people_share_a_community() {
    let h = Harness::start().await;
    let ana = h.register("anabel").await;
    let bo = h.register("bodil").await;
    let token = |p: &Value| p["accessToken"].as_str().unwrap().to_owned();
    let set = h
        .gql(
            Some(&token(&ana)),
            "mutation { updateProfile(input: {bio: \"Reads a lot.\"}) { id }
                        updatePrivacy(input: {profileVisibility: COMMUNITY_MEMBERS}) { id } }",
            json!({}),
        )
        .await;
    assert!(set.get("errors").is_none(), "{set}");
    let bio = "query($id: ID!) { user(id: $id) { bio } }";
    let vars = json!({ "id": ana["user"]["id"] });
    let closed = h.gql(Some(&token(&bo)), bio, vars.clone()).await;
    assert_eq!(closed["data"]["user"]["bio"], Value::Null, "{closed}");

    let created = h
        .gql(
            Some(&token(&ana)),
            CREATE,
            json!({ "input": { "name": "Readers", "slug": "readers" } }),
        )
        .await;
    h.gql(
        Some(&token(&bo)),
        "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
        json!({ "c": created["data"]["createCommunity"]["id"] }),
    )
    .await;
    // The join travels communities → outbox → bus → identity.
    let mut opened = Value::Null;
    for _ in 0..100 {
        let seen = h.gql(Some(&token(&bo)), bio, vars.clone()).await;
        if !seen["data"]["user"]["bio"].is_null() {
            opened = seen["data"]["user"]["bio"].clone();
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(opened, "Reads a lot.");
    h.stop().await;
}

#[tokio::test]
async fn uploads_are_processed_and_resolved_across_subgraphs() {
    let h = Harness::start().await;
    let ana = h.register("anouk").await;
    let bo = h.register("bosse").await;
    let token = |p: &Value| p["accessToken"].as_str().unwrap().to_owned();
    let (ana_token, bo_token) = (token(&ana), token(&bo));

    // A picture: create the upload through the router, send the bytes to
    // the media subgraph's signed URL, complete through the router.
    let mut picture = Vec::new();
    image::RgbImage::from_fn(120, 80, |x, y| image::Rgb([x as u8, y as u8, 200]))
        .write_to(
            &mut std::io::Cursor::new(&mut picture),
            image::ImageFormat::Png,
        )
        .unwrap();
    let upload = |purpose: &'static str, name: &'static str, kind: &'static str, bytes: Vec<u8>| {
        let (h, ana_token) = (&h, ana_token.clone());
        async move {
            let created = h
                .gql(
                    Some(&ana_token),
                    "mutation($i: CreateUploadInput!) { createUpload(input: $i) {
                        asset { id status } uploadUrl uploadHeaders { name value } } }",
                    json!({ "i": { "filename": name, "contentType": kind,
                        "byteSize": bytes.len(), "purpose": purpose } }),
                )
                .await;
            let payload = &created["data"]["createUpload"];
            assert_eq!(payload["asset"]["status"], "PENDING", "{created}");
            let mut put = h
                .client
                .put(payload["uploadUrl"].as_str().unwrap())
                .body(bytes);
            for header in payload["uploadHeaders"].as_array().unwrap() {
                put = put.header(
                    header["name"].as_str().unwrap(),
                    header["value"].as_str().unwrap(),
                );
            }
            assert!(put.send().await.unwrap().status().is_success());
            let id = payload["asset"]["id"].as_str().unwrap().to_owned();
            let completed = h
                .gql(
                    Some(&ana_token),
                    "mutation($id: ID!) { completeUpload(id: $id) { status } }",
                    json!({ "id": id }),
                )
                .await;
            assert!(completed.get("errors").is_none(), "{completed}");
            id
        }
    };
    let avatar = upload("AVATAR", "me.png", "image/png", picture).await;

    let query = "query($id: ID!) { mediaAsset(id: $id) {
        status width height thumbnail: url(variant: THUMBNAIL) owner { id username } } }";
    let mut asset = Value::Null;
    for _ in 0..100 {
        let body = h.gql(Some(&bo_token), query, json!({ "id": avatar })).await;
        if body["data"]["mediaAsset"]["status"] == "READY" {
            asset = body["data"]["mediaAsset"].clone();
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // Processed by media, its owner's username from identity.
    assert_eq!(
        (&asset["width"], &asset["height"], &asset["owner"]),
        (
            &json!(120),
            &json!(80),
            &json!({ "id": ana["user"]["id"], "username": "anouk" })
        ),
        "{asset}"
    );
    let thumbnail = h
        .client
        .get(asset["thumbnail"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(thumbnail.status(), 200);

    // A file attached to a post in a private community: media asks
    // communities, and only members may read it.
    let created = h
        .gql(
            Some(&ana_token),
            CREATE,
            json!({ "input": { "name": "Quiet", "slug": "quiet", "visibility": "PRIVATE" } }),
        )
        .await;
    let community: Uuid = created["data"]["createCommunity"]["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let notes = upload(
        "POST_ATTACHMENT",
        "notes.txt",
        "text/plain",
        b"members only".to_vec(),
    )
    .await;
    let media_base = h
        .subgraph_url("media")
        .trim_end_matches("/graphql")
        .to_owned();
    stunxt_platform::media::MediaClient::new(&media_base, h.runtime.service_token.clone())
        .set_attachments(&stunxt_platform::media::SetAttachments {
            parent: stunxt_platform::media::ParentRef {
                service: "discussions".into(),
                kind: "post".into(),
                id: "1".into(),
            },
            access: stunxt_platform::media::ParentAccess {
                community_id: Some(community),
                ..Default::default()
            },
            owner_id: Some(ana["user"]["id"].as_str().unwrap().parse().unwrap()),
            asset_ids: vec![notes.parse().unwrap()],
        })
        .await
        .unwrap();
    let status = "query($id: ID!) { mediaAsset(id: $id) { status } }";
    let mut ready = false;
    for _ in 0..100 {
        let body = h
            .gql(Some(&ana_token), status, json!({ "id": notes }))
            .await;
        if body["data"]["mediaAsset"]["status"] == "READY" {
            ready = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(ready);
    let outsider = h.gql(Some(&bo_token), status, json!({ "id": notes })).await;
    assert_eq!(code(&outsider), "NOT_FOUND", "{outsider}");
    h.stop().await;
}

#[tokio::test]
async fn posts_federate_authors_spaces_and_attachments() {
    let h = Harness::start().await;
    let ana = h.register("annika").await;
    let bo = h.register("bertil").await;
    let token = |p: &Value| p["accessToken"].as_str().unwrap().to_owned();
    let (ana_token, bo_token) = (token(&ana), token(&bo));
    let created = h
        .gql(
            Some(&ana_token),
            CREATE,
            json!({ "input": { "name": "Writers", "slug": "writers" } }),
        )
        .await;
    let community = created["data"]["createCommunity"]["id"].clone();
    let space = |name: &'static str, visibility: &'static str| {
        let (h, ana_token, community) = (&h, ana_token.clone(), community.clone());
        async move {
            let body = h
                .gql(
                    Some(&ana_token),
                    "mutation($c: ID!, $i: SpaceInput!) { createSpace(communityId: $c, input: $i) { id } }",
                    json!({ "c": community, "i": { "name": name, "kind": "POSTS", "visibility": visibility } }),
                )
                .await;
            body["data"]["createSpace"]["id"]
                .as_str()
                .unwrap()
                .to_owned()
        }
    };
    let (open, private) = (
        space("Drafts", "OPEN").await,
        space("Inner", "PRIVATE").await,
    );

    // An attachment: upload, complete, wait until processed.
    let text = b"chapter one".to_vec();
    let upload = h
        .gql(
            Some(&ana_token),
            "mutation($i: CreateUploadInput!) { createUpload(input: $i) { asset { id } uploadUrl uploadHeaders { name value } } }",
            json!({ "i": { "filename": "one.txt", "contentType": "text/plain", "byteSize": text.len(), "purpose": "POST_ATTACHMENT" } }),
        )
        .await;
    let payload = &upload["data"]["createUpload"];
    let mut put = h
        .client
        .put(payload["uploadUrl"].as_str().unwrap())
        .body(text);
    for header in payload["uploadHeaders"].as_array().unwrap() {
        put = put.header(
            header["name"].as_str().unwrap(),
            header["value"].as_str().unwrap(),
        );
    }
    assert!(put.send().await.unwrap().status().is_success());
    let asset = payload["asset"]["id"].as_str().unwrap().to_owned();
    h.gql(
        Some(&ana_token),
        "mutation($id: ID!) { completeUpload(id: $id) { status } }",
        json!({ "id": asset }),
    )
    .await;

    let post = |space: String, attachments: Vec<String>| {
        let (h, ana_token) = (&h, ana_token.clone());
        async move {
            let body = h
                .gql(
                    Some(&ana_token),
                    "mutation($i: CreatePostInput!) { createPost(input: $i) { id } }",
                    json!({ "i": { "spaceId": space, "title": "Chapter", "body": "Read **this**", "attachmentIds": attachments } }),
                )
                .await;
            assert!(body.get("errors").is_none(), "{body}");
            body["data"]["createPost"]["id"]
                .as_str()
                .unwrap()
                .to_owned()
        }
    };
    let public = post(open.clone(), vec![]).await;
    let secret = post(private.clone(), vec![asset.clone()]).await;

    // One query through the router: communities' spaces, discussions'
    // posts, identity's authors, media's attachments.
    let query = "query($c: ID!) { community(id: $c) { spaces { id posts { edges { node {
        title author { username } attachments { filename status } } } } } } }";
    let mut attachment = Value::Null;
    for _ in 0..100 {
        let body = h
            .gql(Some(&ana_token), query, json!({ "c": community }))
            .await;
        assert!(body.get("errors").is_none(), "{body}");
        let spaces = body["data"]["community"]["spaces"]
            .as_array()
            .unwrap()
            .clone();
        let inner = spaces.iter().find(|s| s["id"] == private.as_str()).unwrap();
        let node = &inner["posts"]["edges"][0]["node"];
        assert_eq!(node["author"]["username"], "annika");
        attachment = node["attachments"][0].clone();
        if attachment["status"] == "READY" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        attachment,
        json!({ "filename": "one.txt", "status": "READY" })
    );

    // Bo is no member of the private space: neither the post nor its file.
    let seen = h
        .gql(
            Some(&bo_token),
            "query($id: ID!) { post(id: $id) { id } }",
            json!({ "id": secret }),
        )
        .await;
    assert_eq!(code(&seen), "NOT_FOUND", "{seen}");
    let file = h
        .gql(
            Some(&bo_token),
            "query($id: ID!) { mediaAsset(id: $id) { id } }",
            json!({ "id": asset }),
        )
        .await;
    assert_eq!(code(&file), "NOT_FOUND", "{file}");

    // A comment with the same file: media serves it through the comment.
    let commented = h
        .gql(
            Some(&ana_token),
            "mutation($i: CreateCommentInput!) { createComment(input: $i) { attachments { filename status } } }",
            json!({ "i": { "postId": secret, "body": "see the file", "attachmentIds": [asset] } }),
        )
        .await;
    assert_eq!(
        commented["data"]["createComment"]["attachments"],
        json!([{ "filename": "one.txt", "status": "READY" }]),
        "{commented}"
    );

    // Search and the community's home feed show each what they may read.
    let search = "query($q: String!, $c: ID) { search(query: $q, filter: {communityId: $c}) {
        edges { node { post { id author { username } } title { html } } } } }";
    let hits = |token: String, community: Value| {
        let h = &h;
        async move {
            let body = h
                .gql(Some(&token), search, json!({ "q": "chap", "c": community }))
                .await;
            assert!(body.get("errors").is_none(), "{body}");
            body["data"]["search"]["edges"].as_array().unwrap().clone()
        }
    };
    assert_eq!(hits(ana_token.clone(), Value::Null).await.len(), 2);
    let found = hits(bo_token.clone(), community.clone()).await;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["node"]["post"]["id"], public.as_str());
    assert_eq!(found[0]["node"]["post"]["author"]["username"], "annika");
    assert_eq!(found[0]["node"]["title"]["html"], "<mark>Chapter</mark>");
    let home = h
        .gql(
            Some(&bo_token),
            "query($c: ID!) { community(id: $c) { posts { edges { node { id } } } } }",
            json!({ "c": community }),
        )
        .await;
    assert_eq!(
        home["data"]["community"]["posts"]["edges"],
        json!([{ "node": { "id": public } }]),
        "{home}"
    );

    // A moderator's action reaches the community's mod log.
    let hidden = h
        .gql(
            Some(&ana_token),
            "mutation($id: ID!) { moderatePost(id: $id, action: HIDE, reason: \"off topic\") { hidden } }",
            json!({ "id": public }),
        )
        .await;
    assert_eq!(hidden["data"]["moderatePost"]["hidden"], true, "{hidden}");
    let mut logged = Value::Null;
    for _ in 0..100 {
        let log = h
            .gql(
                Some(&ana_token),
                "query($c: ID!) { community(id: $c) { modLog { action reason target { username } } } }",
                json!({ "c": community }),
            )
            .await;
        logged = log["data"]["community"]["modLog"][0].clone();
        if logged["action"] == "POST_HIDE" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        logged,
        json!({ "action": "POST_HIDE", "reason": "off topic", "target": { "username": "annika" } })
    );
    h.stop().await;
}

#[tokio::test]
async fn direct_messages_follow_privacy_and_blocks_announced_by_identity() {
    let h = Harness::start().await;
    let ana = h.register("annette").await;
    let bo = h.register("boris").await;
    let token = |p: &Value| p["accessToken"].as_str().unwrap().to_owned();
    let (ana_token, bo_token) = (token(&ana), token(&bo));
    let send = "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id conversationId } }";
    let to_bo = json!({ "i": { "recipientId": bo["user"]["id"], "body": "Hello Boris" } });
    // Strangers by default: no shared community yet.
    let refused = h.gql(Some(&ana_token), send, to_bo.clone()).await;
    assert_eq!(code(&refused), "FORBIDDEN", "{refused}");

    let created = h
        .gql(
            Some(&ana_token),
            CREATE,
            json!({ "input": { "name": "Chatters", "slug": "chatters" } }),
        )
        .await;
    h.gql(
        Some(&bo_token),
        "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
        json!({ "c": created["data"]["createCommunity"]["id"] }),
    )
    .await;
    // The join travels communities → outbox → bus → messaging.
    let mut sent = Value::Null;
    for _ in 0..100 {
        let body = h.gql(Some(&ana_token), send, to_bo.clone()).await;
        if body.get("errors").is_none() {
            sent = body["data"]["sendMessage"].clone();
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let conversation = sent["conversationId"].clone();
    assert!(conversation.is_string(), "the join never reached messaging");

    // One query through the router: messaging's conversation, identity's
    // people.
    let list = h
        .gql(
            Some(&bo_token),
            "{ conversations { edges { node { id unreadCount otherParticipant { username }
                lastMessage { body sender { username } } } } } }",
            json!({}),
        )
        .await;
    assert!(list.get("errors").is_none(), "{list}");
    assert_eq!(
        list["data"]["conversations"]["edges"][0]["node"],
        json!({ "id": conversation, "unreadCount": 1, "otherParticipant": { "username": "annette" },
                "lastMessage": { "body": "Hello Boris", "sender": { "username": "annette" } } })
    );

    // Realtime's HTTP fields through the router: typing where one takes
    // part (and nowhere else), and presence on the people messaging names.
    let typing = "mutation($c: ID!) { setTyping(conversationId: $c) }";
    let typed = h
        .gql(Some(&ana_token), typing, json!({ "c": conversation }))
        .await;
    assert!(typed["data"]["setTyping"].is_string(), "{typed}");
    let cy = h.register("cyrille").await;
    let outsider = h
        .gql(
            cy["accessToken"].as_str(),
            typing,
            json!({ "c": conversation }),
        )
        .await;
    assert_eq!(code(&outsider), "NOT_FOUND", "{outsider}");
    let presence = h
        .gql(
            Some(&bo_token),
            "{ conversations { edges { node { otherParticipant { username presence { status lastSeenAt } } } } } }",
            json!({}),
        )
        .await;
    assert!(presence.get("errors").is_none(), "{presence}");
    assert_eq!(
        presence["data"]["conversations"]["edges"][0]["node"]["otherParticipant"],
        json!({ "username": "annette", "presence": { "status": "OFFLINE", "lastSeenAt": null } })
    );

    // Boris was away: the message became a notification (messaging →
    // bus → notifications), read through the router with its actor's
    // name from identity.
    let inbox = "{ unreadNotificationCount notifications(first: 5) { edges { node { type text link actors { username } } } } }";
    let mut notified = Value::Null;
    for _ in 0..100 {
        let body = h.gql(Some(&bo_token), inbox, json!({})).await;
        assert!(body.get("errors").is_none(), "{body}");
        if body["data"]["unreadNotificationCount"] == 1 {
            notified = body["data"]["notifications"]["edges"][0]["node"].clone();
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        notified,
        json!({ "type": "MESSAGE", "text": "annette: “Hello Boris”",
                "link": format!("/conversations/{}", conversation.as_str().unwrap()),
                "actors": [{ "username": "annette" }] })
    );
    let anonymous = h.gql(None, inbox, json!({})).await;
    assert_eq!(code(&anonymous), "UNAUTHENTICATED", "{anonymous}");
    // Settings are the user's own, through identity's `user`.
    let settings = "query($u: ID!) { user(id: $u) { notificationPreferences { digest } } }";
    let own = h
        .gql(Some(&bo_token), settings, json!({ "u": bo["user"]["id"] }))
        .await;
    assert_eq!(
        own["data"]["user"]["notificationPreferences"]["digest"], "OFF",
        "{own}"
    );
    let others = h
        .gql(Some(&ana_token), settings, json!({ "u": bo["user"]["id"] }))
        .await;
    assert_eq!(code(&others), "FORBIDDEN", "{others}");

    // Boris blocks Annette in identity; messaging hears of it.
    let blocked = h
        .gql(
            Some(&bo_token),
            "mutation($u: ID!) { blockUser(userId: $u) }",
            json!({ "u": ana["user"]["id"] }),
        )
        .await;
    assert_eq!(blocked["data"]["blockUser"], true, "{blocked}");
    let mut stopped = false;
    for _ in 0..100 {
        let body = h.gql(Some(&ana_token), send, to_bo.clone()).await;
        if code(&body) == "FORBIDDEN" {
            stopped = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(stopped, "the block never reached messaging");
    h.stop().await;
}

#[tokio::test]
async fn the_demo_community_is_created_once_and_can_be_joined() {
    let h = Harness::start().await;
    let first = stunxt::demo::seed(&h.url()).await.unwrap();
    assert!(first.created);
    let again = stunxt::demo::seed(&h.url()).await.unwrap();
    assert!(!again.created);
    assert_eq!(again.community_id, first.community_id);

    // A newcomer finds it, joins it and reads what the seed wrote.
    let newcomer = h.register("newcomer").await;
    let token = newcomer["accessToken"].as_str().unwrap();
    let joined = h
        .gql(
            Some(token),
            "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
            json!({ "c": first.community_id }),
        )
        .await;
    assert_eq!(
        joined["data"]["joinCommunity"]["role"], "MEMBER",
        "{joined}"
    );
    let home = h
        .gql(
            Some(token),
            "query($s: String) { community(slug: $s) {
                memberCount spaceGroups { name } spaces { name kind }
                posts(first: 10) { edges { node { title commentCount
                    reactions { emoji count } author { username } } } } } }",
            json!({ "s": stunxt::demo::SLUG }),
        )
        .await;
    let community = &home["data"]["community"];
    assert_eq!(community["memberCount"], 3, "{home}");
    let spaces: Vec<_> = community["spaces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["name"].as_str().unwrap(), s["kind"].as_str().unwrap()))
        .collect();
    for expected in [
        ("Welcome", "POSTS"),
        ("Questions", "POSTS"),
        ("Lounge", "CHAT"),
    ] {
        assert!(spaces.contains(&expected), "{spaces:?}");
    }
    let posts = community["posts"]["edges"].as_array().unwrap();
    let welcome = posts
        .iter()
        .map(|e| &e["node"])
        .find(|p| p["title"] == "Welcome to the demo community")
        .unwrap_or_else(|| panic!("{home}"));
    assert_eq!(welcome["author"]["username"], "demo");
    assert_eq!(welcome["commentCount"], 1);
    assert_eq!(welcome["reactions"], json!([{ "emoji": "🎉", "count": 1 }]));
    h.stop().await;
}
