//! Passkeys over HTTP, answered by a software authenticator: registration
//! while signed in, sign-in by login and by discoverable credential, replay
//! and foreign-origin refusal, decoys for unknown logins, removal rules.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Fixture, Member, error};
use serde_json::{Value, json};
use url::Url;
use webauthn_authenticator_rs::{WebauthnAuthenticator, softpasskey::SoftPasskey};
use webauthn_rs::prelude::{CreationChallengeResponse, RequestChallengeResponse};

/// The app origin of the test configuration (`mail.app_url`).
fn origin() -> Url {
    Url::parse("http://localhost:8081").unwrap()
}

/// A software authenticator that reports user verification, as a
/// platform authenticator with a screen lock does.
fn authenticator() -> SoftPasskey {
    SoftPasskey::new(true)
}

/// Registers a passkey on `device` for `member`; the new passkey.
async fn register_passkey(
    f: &Fixture,
    member: &Member,
    device: &mut SoftPasskey,
    name: &str,
) -> Value {
    let begun = f
        .gql(
            Some(&member.token),
            "mutation { beginPasskeyRegistration { ceremonyId options expiresAt } }",
            json!({}),
        )
        .await;
    let begun = &begun["data"]["beginPasskeyRegistration"];
    let options: CreationChallengeResponse =
        serde_json::from_value(begun["options"].clone()).unwrap();
    let credential = device.do_registration(origin(), options).unwrap();
    let finished = f
        .gql(
            Some(&member.token),
            "mutation($c: ID!, $cred: JSON!, $n: String) { finishPasskeyRegistration(ceremonyId: $c, credential: $cred, name: $n) { id name createdAt lastUsedAt } }",
            json!({ "c": begun["ceremonyId"], "cred": credential, "n": name }),
        )
        .await;
    assert!(finished["errors"].is_null(), "{finished}");
    finished["data"]["finishPasskeyRegistration"].clone()
}

/// `beginPasskeyLogin` for `login`: the ceremony id and its options.
async fn begin_login(f: &Fixture, login: Option<&str>) -> (Value, Value) {
    let body = f
        .gql(
            None,
            "mutation($l: String) { beginPasskeyLogin(login: $l) { ceremonyId options } }",
            json!({ "l": login }),
        )
        .await;
    let begun = &body["data"]["beginPasskeyLogin"];
    assert!(begun.is_object(), "{body}");
    (begun["ceremonyId"].clone(), begun["options"].clone())
}

async fn finish_login(f: &Fixture, ceremony: &Value, credential: &impl serde::Serialize) -> Value {
    f.gql(
        None,
        "mutation($c: ID!, $cred: JSON!) { finishPasskeyLogin(ceremonyId: $c, credential: $cred, deviceName: \"Key\") { accessToken user { username } } }",
        json!({ "c": ceremony, "cred": credential }),
    )
    .await
}

#[tokio::test]
async fn a_registered_passkey_signs_in_without_a_password() {
    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    let mut device = authenticator();
    let passkey = register_passkey(&f, &ana, &mut device, "Laptop").await;
    assert_eq!(passkey["name"], "Laptop");
    assert!(passkey["lastUsedAt"].is_null());

    let (ceremony, options) = begin_login(&f, Some("ANA@example.org")).await;
    assert_eq!(
        options["publicKey"]["allowCredentials"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "{options}"
    );
    let options: RequestChallengeResponse = serde_json::from_value(options).unwrap();
    let assertion = device.do_authentication(origin(), options).unwrap();
    let signed = finish_login(&f, &ceremony, &assertion).await;
    assert_eq!(
        signed["data"]["finishPasskeyLogin"]["user"]["username"], "ana",
        "{signed}"
    );

    // The ceremony is spent: the same answer again is refused.
    let replay = finish_login(&f, &ceremony, &assertion).await;
    assert_eq!(
        error(&replay),
        ("BAD_USER_INPUT", Some("ceremonyId")),
        "{replay}"
    );

    let token = signed["data"]["finishPasskeyLogin"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let me = f
        .gql(
            Some(&token),
            "query { me { passkeys { name lastUsedAt } sessions { deviceName current } hasPassword } }",
            json!({}),
        )
        .await;
    let me = &me["data"]["me"];
    assert!(me["passkeys"][0]["lastUsedAt"].is_string(), "{me}");
    assert_eq!(me["hasPassword"], true);
    assert!(
        me["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["deviceName"] == "Key" && s["current"] == true),
        "{me}"
    );
}

#[tokio::test]
async fn a_device_may_offer_its_passkey_without_a_login() {
    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    let mut device = authenticator();
    register_passkey(&f, &ana, &mut device, "Phone").await;

    let (ceremony, options) = begin_login(&f, None).await;
    assert!(
        options["publicKey"]["allowCredentials"]
            .as_array()
            .is_none_or(Vec::is_empty),
        "{options}"
    );
    assert!(options.get("mediation").is_none(), "{options}");
    // A discoverable credential knows its account: the browser returns the
    // user handle it was registered with (the account id). The software
    // authenticator keeps no resident keys, so it is told the credential
    // and the handle is added to its answer as a platform authenticator
    // would send it (the handle is not part of what is signed).
    let mut options: RequestChallengeResponse = serde_json::from_value(options).unwrap();
    let me = f
        .gql(
            Some(&ana.token),
            "query { me { passkeys { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(me["data"]["me"]["passkeys"].as_array().unwrap().len(), 1);
    let named: RequestChallengeResponse =
        serde_json::from_value(begin_login(&f, Some("ana")).await.1).unwrap();
    options.public_key.allow_credentials = named.public_key.allow_credentials;
    let mut assertion = device.do_authentication(origin(), options).unwrap();
    let handle = uuid::Uuid::parse_str(&ana.id).unwrap();
    assertion.response.user_handle = Some(handle.as_bytes().to_vec());
    let signed = finish_login(&f, &ceremony, &assertion).await;
    assert_eq!(
        signed["data"]["finishPasskeyLogin"]["user"]["username"], "ana",
        "{signed}"
    );

    // Claiming another account's handle with ana's passkey is refused.
    let bo = f.register("bob").await;
    let (ceremony, options) = begin_login(&f, None).await;
    let mut options: RequestChallengeResponse = serde_json::from_value(options).unwrap();
    let named: RequestChallengeResponse =
        serde_json::from_value(begin_login(&f, Some("ana")).await.1).unwrap();
    options.public_key.allow_credentials = named.public_key.allow_credentials;
    let mut assertion = device.do_authentication(origin(), options).unwrap();
    let other = uuid::Uuid::parse_str(&bo.id).unwrap();
    assertion.response.user_handle = Some(other.as_bytes().to_vec());
    let refused = finish_login(&f, &ceremony, &assertion).await;
    assert_eq!(error(&refused), ("UNAUTHENTICATED", None), "{refused}");
}

#[tokio::test]
async fn unknown_logins_get_a_stable_decoy_and_cannot_finish() {
    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    let mut device = authenticator();
    register_passkey(&f, &ana, &mut device, "Laptop").await;
    f.register("cyd").await; // an account without passkeys

    let (_, real) = begin_login(&f, Some("ana")).await;
    let (_, ghost) = begin_login(&f, Some("ghost@example.org")).await;
    let (_, again) = begin_login(&f, Some("ghost@example.org")).await;
    let (_, cy) = begin_login(&f, Some("cyd")).await;
    let keys = |v: &Value| {
        let mut keys = v["publicKey"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<Vec<_>>();
        keys.sort();
        keys
    };
    assert_eq!(keys(&real), keys(&ghost), "{real} vs {ghost}");
    assert_eq!(keys(&real), keys(&cy));
    let ids = |v: &Value| v["publicKey"]["allowCredentials"].clone();
    assert_eq!(ids(&ghost), ids(&again), "the decoy is stable per login");
    assert_ne!(ids(&ghost), ids(&cy));
    assert_ne!(
        real["publicKey"]["challenge"],
        ghost["publicKey"]["challenge"]
    );

    // ana's real passkey answering a decoy ceremony does not sign anyone in.
    let (ceremony, options) = begin_login(&f, Some("ghost@example.org")).await;
    let mut options: RequestChallengeResponse = serde_json::from_value(options).unwrap();
    let named: RequestChallengeResponse = serde_json::from_value(real).unwrap();
    options.public_key.allow_credentials = named.public_key.allow_credentials;
    let assertion = device.do_authentication(origin(), options).unwrap();
    let refused = finish_login(&f, &ceremony, &assertion).await;
    assert_eq!(error(&refused), ("UNAUTHENTICATED", None), "{refused}");
}

#[tokio::test]
async fn answers_for_another_site_or_a_foreign_key_are_refused() {
    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    let mut device = authenticator();
    register_passkey(&f, &ana, &mut device, "Laptop").await;

    // A phishing site relays the challenge; the browser signs for the
    // site's own domain and origin.
    let evil = Url::parse("https://evil.example").unwrap();
    let (ceremony, options) = begin_login(&f, Some("ana")).await;
    let mut options: RequestChallengeResponse = serde_json::from_value(options).unwrap();
    options.public_key.rp_id = "evil.example".into();
    let phished = device.do_authentication(evil.clone(), options).unwrap();
    let refused = finish_login(&f, &ceremony, &phished).await;
    assert_eq!(error(&refused), ("UNAUTHENTICATED", None), "{refused}");

    // Registration from a foreign origin does not check out either.
    let begun = f
        .gql(
            Some(&ana.token),
            "mutation { beginPasskeyRegistration { ceremonyId options } }",
            json!({}),
        )
        .await;
    let begun = &begun["data"]["beginPasskeyRegistration"];
    let mut options: CreationChallengeResponse =
        serde_json::from_value(begun["options"].clone()).unwrap();
    options.public_key.rp.id = "evil.example".into();
    let credential = authenticator().do_registration(evil, options).unwrap();
    let refused = f
        .gql(
            Some(&ana.token),
            "mutation($c: ID!, $cred: JSON!) { finishPasskeyRegistration(ceremonyId: $c, credential: $cred) { id } }",
            json!({ "c": begun["ceremonyId"], "cred": credential }),
        )
        .await;
    assert_eq!(
        error(&refused),
        ("BAD_USER_INPUT", Some("credential")),
        "{refused}"
    );

    // Garbage is a clear input error, not a crash.
    let (ceremony, _) = begin_login(&f, Some("ana")).await;
    let garbage = finish_login(&f, &ceremony, &json!({ "id": 1 })).await;
    assert_eq!(
        error(&garbage),
        ("BAD_USER_INPUT", Some("credential")),
        "{garbage}"
    );
}

#[tokio::test]
async fn ceremonies_belong_to_whoever_began_them() {
    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    let bo = f.register("bob").await;
    let begun = f
        .gql(
            Some(&ana.token),
            "mutation { beginPasskeyRegistration { ceremonyId options } }",
            json!({}),
        )
        .await;
    let begun = &begun["data"]["beginPasskeyRegistration"];
    let options: CreationChallengeResponse =
        serde_json::from_value(begun["options"].clone()).unwrap();
    let credential = authenticator().do_registration(origin(), options).unwrap();
    // bo cannot finish ana's registration with his own token.
    let refused = f
        .gql(
            Some(&bo.token),
            "mutation($c: ID!, $cred: JSON!) { finishPasskeyRegistration(ceremonyId: $c, credential: $cred) { id } }",
            json!({ "c": begun["ceremonyId"], "cred": credential }),
        )
        .await;
    assert_eq!(
        error(&refused),
        ("BAD_USER_INPUT", Some("ceremonyId")),
        "{refused}"
    );

    // Registering needs a session.
    let anonymous = f
        .gql(
            None,
            "mutation { beginPasskeyRegistration { ceremonyId } }",
            json!({}),
        )
        .await;
    assert_eq!(error(&anonymous), ("UNAUTHENTICATED", None), "{anonymous}");

    // Nobody reads or removes another user's passkeys.
    let mut device = authenticator();
    let passkey = register_passkey(&f, &ana, &mut device, "Laptop").await;
    let theirs = f
        .gql(
            Some(&bo.token),
            "query($id: ID!) { user(id: $id) { passkeys { id } } }",
            json!({ "id": ana.id }),
        )
        .await;
    assert_eq!(error(&theirs), ("FORBIDDEN", None), "{theirs}");
    let removed = f
        .gql(
            Some(&bo.token),
            "mutation($id: ID!) { removePasskey(id: $id) }",
            json!({ "id": passkey["id"] }),
        )
        .await;
    assert_eq!(error(&removed), ("NOT_FOUND", None), "{removed}");
}

#[tokio::test]
async fn passkeys_are_listed_renamed_by_registration_and_removed() {
    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    let mut laptop = authenticator();
    let mut phone = authenticator();
    let first = register_passkey(&f, &ana, &mut laptop, "Laptop").await;
    register_passkey(&f, &ana, &mut phone, "  Phone  ").await;

    // The same authenticator is excluded from registering twice.
    let begun = f
        .gql(
            Some(&ana.token),
            "mutation { beginPasskeyRegistration { options } }",
            json!({}),
        )
        .await;
    let excluded =
        begun["data"]["beginPasskeyRegistration"]["options"]["publicKey"]["excludeCredentials"]
            .as_array()
            .unwrap()
            .len();
    assert_eq!(excluded, 2);

    let bad_name = f
        .gql(
            Some(&ana.token),
            "mutation($c: ID!) { finishPasskeyRegistration(ceremonyId: $c, credential: {}, name: \"a\\nb\") { id } }",
            json!({ "c": uuid::Uuid::new_v4().to_string() }),
        )
        .await;
    assert_eq!(
        error(&bad_name),
        ("BAD_USER_INPUT", Some("name")),
        "{bad_name}"
    );

    // Both passkeys, as allowed before the laptop's is removed.
    let before: RequestChallengeResponse =
        serde_json::from_value(begin_login(&f, Some("ana")).await.1).unwrap();
    let removed = f
        .gql(
            Some(&ana.token),
            "mutation($id: ID!) { removePasskey(id: $id) }",
            json!({ "id": first["id"] }),
        )
        .await;
    assert_eq!(removed["data"]["removePasskey"], true, "{removed}");
    let me = f
        .gql(
            Some(&ana.token),
            "query { me { passkeys { name } } }",
            json!({}),
        )
        .await;
    assert_eq!(me["data"]["me"]["passkeys"], json!([{ "name": "Phone" }]));

    // The removed passkey no longer signs in.
    let (ceremony, options) = begin_login(&f, None).await;
    let mut options: RequestChallengeResponse = serde_json::from_value(options).unwrap();
    options.public_key.allow_credentials = before.public_key.allow_credentials;
    let mut assertion = laptop.do_authentication(origin(), options).unwrap();
    let handle = uuid::Uuid::parse_str(&ana.id).unwrap();
    assertion.response.user_handle = Some(handle.as_bytes().to_vec());
    let refused = finish_login(&f, &ceremony, &assertion).await;
    assert_eq!(error(&refused), ("UNAUTHENTICATED", None), "{refused}");
}
