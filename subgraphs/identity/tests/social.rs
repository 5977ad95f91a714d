//! Social sign-in end to end against an OpenID Connect / OAuth 2 provider
//! on loopback: the authorization URL, the provider's redirect, the code
//! exchange with PKCE and nonce, account creation and linking rules, and
//! the refusals.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{Fixture, Member, error};
use serde_json::{Value, json};
use stunxt_identity::service::mfa;
use stunxt_platform::{
    config::SocialProviderConfig,
    testing::{
        oidc::{OidcProvider, Person},
        smtp::SmtpSink,
    },
};

const REDIRECT: &str = "http://localhost:8081/auth/callback";
const WAIT: Duration = Duration::from_secs(10);

/// identity with Google (OpenID Connect) and Facebook (OAuth 2) both
/// served by `provider`, mailing `sink`.
async fn fixture() -> (Fixture, OidcProvider, SmtpSink) {
    let provider = OidcProvider::start().await.unwrap();
    let sink = SmtpSink::start().await.unwrap();
    let smtp_url = sink.url();
    let credentials = |enabled| SocialProviderConfig {
        enabled,
        client_id: provider.client_id().to_owned(),
        client_secret: Some(provider.client_secret().into()),
        ..SocialProviderConfig::default()
    };
    let google = SocialProviderConfig {
        issuer_url: Some(provider.issuer().to_owned()),
        ..credentials(true)
    };
    let facebook = SocialProviderConfig {
        authorize_url: Some(provider.url("/authorize")),
        token_url: Some(provider.url("/token")),
        userinfo_url: Some(provider.url("/userinfo")),
        ..credentials(true)
    };
    let f = Fixture::with(move |config| {
        config.mail.smtp_url = Some(smtp_url.into());
        config.identity.social.google = google;
        config.identity.social.facebook = facebook;
    })
    .await;
    (f, provider, sink)
}

const COMPLETE: &str = "mutation($p: SocialProvider!, $c: String!, $s: String!) { completeSocialSignIn(provider: $p, code: $c, state: $s, deviceName: \"Phone\") { __typename ... on AuthPayload { accessToken user { id username displayName emailVerified } } ... on MfaChallenge { challengeToken } } }";

/// The authorization URL for `which`, signed in as `token` to link.
async fn start(f: &Fixture, which: &str, token: Option<&str>) -> Value {
    let (field, query) = if token.is_some() {
        (
            "socialLinkUrl",
            "mutation($p: SocialProvider!, $r: String!) { socialLinkUrl(provider: $p, redirectUri: $r) }",
        )
    } else {
        (
            "socialSignInUrl",
            "mutation($p: SocialProvider!, $r: String!) { socialSignInUrl(provider: $p, redirectUri: $r) }",
        )
    };
    let body = f
        .gql(token, query, json!({ "p": which, "r": REDIRECT }))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"][field].clone()
}

/// Goes to the provider as `person` and comes back: `code` and `state`.
async fn visit(provider: &OidcProvider, url: &Value, person: Person) -> (String, String) {
    provider.sign_in_as(Some(person));
    let back = provider.authorize(url.as_str().unwrap()).await.unwrap();
    assert!(back.as_str().starts_with(REDIRECT), "{back}");
    let param = |name: &str| {
        back.query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_else(|| panic!("no {name} in {back}"))
    };
    (param("code"), param("state"))
}

/// A whole social sign-in as `person`; the `completeSocialSignIn` answer.
async fn sign_in(f: &Fixture, provider: &OidcProvider, which: &str, person: Person) -> Value {
    let url = start(f, which, None).await;
    let (code, state) = visit(provider, &url, person).await;
    f.gql(None, COMPLETE, json!({ "p": which, "c": code, "s": state }))
        .await
}

fn ana() -> Person {
    Person::verified("google-ana", "ana@example.org", "Ana Lima")
}

#[tokio::test]
async fn a_new_identity_gets_a_passwordless_account_and_signs_in_again() {
    let (f, provider, _sink) = fixture().await;
    let first = sign_in(&f, &provider, "GOOGLE", ana()).await;
    let payload = &first["data"]["completeSocialSignIn"];
    assert_eq!(payload["__typename"], "AuthPayload", "{first}");
    assert_eq!(payload["user"]["username"], "ana");
    assert_eq!(payload["user"]["displayName"], "Ana Lima");
    assert_eq!(payload["user"]["emailVerified"], true);
    assert_eq!(
        f.payloads("identity.user.registered").await,
        vec![json!({
            "userId": payload["user"]["id"], "username": "ana", "displayName": "Ana Lima",
            "email": "ana@example.org", "emailVerified": true,
            "timezone": null, "locale": null, "via": "GOOGLE",
        })]
    );

    // The request carried PKCE, a state and a nonce, and asked for OpenID.
    let request = provider.authorize_requests().pop().unwrap();
    assert_eq!(request["code_challenge_method"], "S256");
    assert!(request["nonce"].len() >= 16 && request["state"].len() >= 16);
    assert!(
        request["scope"].split(' ').any(|s| s == "openid"),
        "{request:?}"
    );

    let token = payload["accessToken"].as_str().unwrap();
    let me = f
        .gql(
            Some(token),
            "query { me { hasPassword email linkedIdentities { provider email lastUsedAt } sessions { deviceName } } }",
            json!({}),
        )
        .await;
    let me = &me["data"]["me"];
    assert_eq!(me["hasPassword"], false, "{me}");
    assert_eq!(me["email"], "ana@example.org");
    assert_eq!(me["linkedIdentities"][0]["provider"], "GOOGLE");
    assert_eq!(me["sessions"][0]["deviceName"], "Phone");

    let again = sign_in(&f, &provider, "GOOGLE", ana()).await;
    assert_eq!(
        again["data"]["completeSocialSignIn"]["user"]["id"], payload["user"]["id"],
        "{again}"
    );

    // A second person whose address starts the same gets another username.
    let other = sign_in(
        &f,
        &provider,
        "GOOGLE",
        Person::verified("google-ana-2", "ana@elsewhere.example", "Ana Two"),
    )
    .await;
    let username = other["data"]["completeSocialSignIn"]["user"]["username"]
        .as_str()
        .unwrap();
    assert!(username.starts_with("ana") && username != "ana", "{other}");

    // Without a password, a fresh sign-in confirms deleting the account.
    let deleted = f
        .gql(Some(token), "mutation { deleteAccount }", json!({}))
        .await;
    assert_eq!(deleted["data"]["deleteAccount"], true, "{deleted}");
}

#[tokio::test]
async fn an_existing_account_is_joined_only_through_a_verified_address() {
    let (f, provider, sink) = fixture().await;
    let member = f.register("ana").await;

    // ana has not verified her address: nobody may take the account over
    // through a provider, even one that vouches for the address.
    let refused = sign_in(&f, &provider, "GOOGLE", ana()).await;
    assert_eq!(error(&refused), ("CONFLICT", Some("email")), "{refused}");

    let mail = sink.next_to("ana@example.org", WAIT).await.unwrap();
    let verified = f
        .gql(
            None,
            "mutation($t: String!) { verifyEmail(token: $t) { emailVerified } }",
            json!({ "t": mail.link_param("token").unwrap() }),
        )
        .await;
    assert_eq!(verified["data"]["verifyEmail"]["emailVerified"], true);

    // A provider that does not vouch for the address is refused too.
    let unverified = Person {
        email_verified: false,
        ..ana()
    };
    let refused = sign_in(&f, &provider, "GOOGLE", unverified).await;
    assert_eq!(error(&refused), ("CONFLICT", Some("email")), "{refused}");
    // Facebook never vouches for addresses.
    let refused = sign_in(&f, &provider, "FACEBOOK", ana()).await;
    assert_eq!(error(&refused), ("CONFLICT", Some("email")), "{refused}");

    // Both verified: the identity is linked to ana's account.
    let joined = sign_in(&f, &provider, "GOOGLE", ana()).await;
    assert_eq!(
        joined["data"]["completeSocialSignIn"]["user"]["id"], member.id,
        "{joined}"
    );
    let me = f
        .gql(
            Some(&member.token),
            "query { me { hasPassword linkedIdentities { provider } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        me["data"]["me"],
        json!({ "hasPassword": true, "linkedIdentities": [{ "provider": "GOOGLE" }] })
    );
}

#[tokio::test]
async fn facebook_signs_in_through_oauth_and_its_profile() {
    let (f, provider, _sink) = fixture().await;
    let bo = Person::verified("fb-1001", "bo@example.org", "Bo");
    let first = sign_in(&f, &provider, "FACEBOOK", bo.clone()).await;
    let user = &first["data"]["completeSocialSignIn"]["user"];
    // "bo" is too short for a username on its own.
    let username = user["username"].as_str().unwrap();
    assert!(username.starts_with("bo") && username.len() > 2, "{first}");
    assert_eq!(user["emailVerified"], false);
    let request = provider.authorize_requests().pop().unwrap();
    assert_eq!(request["code_challenge_method"], "S256");
    assert!(request["scope"].contains("email"), "{request:?}");
    let again = sign_in(&f, &provider, "FACEBOOK", bo).await;
    assert_eq!(
        again["data"]["completeSocialSignIn"]["user"]["id"],
        user["id"]
    );
}

#[tokio::test]
async fn codes_and_states_work_once_and_only_where_they_belong() {
    let (f, provider, _sink) = fixture().await;
    let url = start(&f, "GOOGLE", None).await;
    let (code, state) = visit(&provider, &url, ana()).await;

    // A state for Google is no good for Facebook (and is spent trying).
    let wrong = f
        .gql(
            None,
            COMPLETE,
            json!({ "p": "FACEBOOK", "c": code, "s": state }),
        )
        .await;
    assert_eq!(error(&wrong), ("BAD_USER_INPUT", Some("state")), "{wrong}");
    let spent = f
        .gql(
            None,
            COMPLETE,
            json!({ "p": "GOOGLE", "c": code, "s": state }),
        )
        .await;
    assert_eq!(error(&spent), ("BAD_USER_INPUT", Some("state")), "{spent}");

    // A made-up state, or a code the provider never issued.
    let forged = f
        .gql(
            None,
            COMPLETE,
            json!({ "p": "GOOGLE", "c": "x", "s": "forged" }),
        )
        .await;
    assert_eq!(
        error(&forged),
        ("BAD_USER_INPUT", Some("state")),
        "{forged}"
    );
    let url = start(&f, "GOOGLE", None).await;
    let (_, state) = visit(&provider, &url, ana()).await;
    let bad_code = f
        .gql(
            None,
            COMPLETE,
            json!({ "p": "GOOGLE", "c": "not-a-code", "s": state }),
        )
        .await;
    assert_eq!(
        error(&bad_code),
        ("BAD_USER_INPUT", Some("code")),
        "{bad_code}"
    );

    // Redirects only into the app; disabled providers are refused.
    let elsewhere = f
        .gql(
            None,
            "mutation { socialSignInUrl(provider: GOOGLE, redirectUri: \"https://evil.example/cb\") }",
            json!({}),
        )
        .await;
    assert_eq!(
        error(&elsewhere),
        ("BAD_USER_INPUT", Some("redirectUri")),
        "{elsewhere}"
    );
    let apple = f
        .gql(
            None,
            "mutation($r: String!) { socialSignInUrl(provider: APPLE, redirectUri: $r) }",
            json!({ "r": REDIRECT }),
        )
        .await;
    assert_eq!(
        error(&apple),
        ("BAD_USER_INPUT", Some("provider")),
        "{apple}"
    );
    let offered = f.gql(None, "{ socialProviders }", json!({})).await;
    assert_eq!(
        offered["data"]["socialProviders"],
        json!(["GOOGLE", "FACEBOOK"])
    );
}

/// Links `person` at Google to `member`; the `linkSocialIdentity` answer.
async fn link(f: &Fixture, provider: &OidcProvider, member: &Member, person: Person) -> Value {
    let url = start(f, "GOOGLE", Some(&member.token)).await;
    let (code, state) = visit(provider, &url, person).await;
    f.gql(
        Some(&member.token),
        "mutation($c: String!, $s: String!) { linkSocialIdentity(provider: GOOGLE, code: $c, state: $s) { id provider email } }",
        json!({ "c": code, "s": state }),
    )
    .await
}

#[tokio::test]
async fn signed_in_users_link_and_unlink_identities() {
    let (f, provider, _sink) = fixture().await;
    let ana_member = f.register("ana").await;
    // Linking while signed in needs no matching address.
    let person = Person::verified("google-77", "ana.lima@gmail.example", "Ana");
    let linked = link(&f, &provider, &ana_member, person.clone()).await;
    let identity = &linked["data"]["linkSocialIdentity"];
    assert_eq!(identity["provider"], "GOOGLE", "{linked}");

    // The identity now signs in to ana's account.
    let signed = sign_in(&f, &provider, "GOOGLE", person.clone()).await;
    assert_eq!(
        signed["data"]["completeSocialSignIn"]["user"]["id"], ana_member.id,
        "{signed}"
    );

    // Nobody else can link it, or finish ana's linking.
    let bo = f.register("bob").await;
    let taken = link(&f, &provider, &bo, person.clone()).await;
    assert_eq!(error(&taken), ("CONFLICT", Some("provider")), "{taken}");
    let url = start(&f, "GOOGLE", Some(&ana_member.token)).await;
    let (code, state) = visit(&provider, &url, person.clone()).await;
    let hijack = f
        .gql(
            Some(&bo.token),
            "mutation($c: String!, $s: String!) { linkSocialIdentity(provider: GOOGLE, code: $c, state: $s) { id } }",
            json!({ "c": code, "s": state }),
        )
        .await;
    assert_eq!(
        error(&hijack),
        ("BAD_USER_INPUT", Some("state")),
        "{hijack}"
    );
    // A linking state does not sign in either.
    let url = start(&f, "GOOGLE", Some(&ana_member.token)).await;
    let (code, state) = visit(&provider, &url, person).await;
    let as_sign_in = f
        .gql(
            None,
            COMPLETE,
            json!({ "p": "GOOGLE", "c": code, "s": state }),
        )
        .await;
    assert_eq!(error(&as_sign_in), ("BAD_USER_INPUT", Some("state")));
    let anonymous = f
        .gql(
            None,
            "mutation($r: String!) { socialLinkUrl(provider: GOOGLE, redirectUri: $r) }",
            json!({ "r": REDIRECT }),
        )
        .await;
    assert_eq!(error(&anonymous), ("UNAUTHENTICATED", None));

    // Others neither see nor unlink ana's identities.
    let theirs = f
        .gql(
            Some(&bo.token),
            "query($id: ID!) { user(id: $id) { linkedIdentities { id } } }",
            json!({ "id": ana_member.id }),
        )
        .await;
    assert_eq!(error(&theirs), ("FORBIDDEN", None), "{theirs}");
    let unlink = "mutation($id: ID!) { unlinkIdentity(id: $id) }";
    let foreign = f
        .gql(Some(&bo.token), unlink, json!({ "id": identity["id"] }))
        .await;
    assert_eq!(error(&foreign), ("NOT_FOUND", None), "{foreign}");

    // ana keeps her password, so the identity may go.
    let gone = f
        .gql(
            Some(&ana_member.token),
            unlink,
            json!({ "id": identity["id"] }),
        )
        .await;
    assert_eq!(gone["data"]["unlinkIdentity"], true, "{gone}");
}

#[tokio::test]
async fn the_last_way_to_sign_in_cannot_be_removed() {
    let (f, provider, _sink) = fixture().await;
    let signed = sign_in(&f, &provider, "GOOGLE", ana()).await;
    let token = signed["data"]["completeSocialSignIn"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let me = f
        .gql(
            Some(&token),
            "query { me { id linkedIdentities { id } } }",
            json!({}),
        )
        .await;
    let id = me["data"]["me"]["linkedIdentities"][0]["id"].clone();
    let refused = f
        .gql(
            Some(&token),
            "mutation($id: ID!) { unlinkIdentity(id: $id) }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(error(&refused), ("CONFLICT", Some("id")), "{refused}");

    // With a second identity linked, the first may go.
    let member = Member {
        id: me["data"]["me"]["id"].as_str().unwrap().to_owned(),
        token: token.clone(),
    };
    let second = link(
        &f,
        &provider,
        &member,
        Person::verified("google-work", "ana@work.example", "Ana"),
    )
    .await;
    assert!(second["errors"].is_null(), "{second}");
    let removed = f
        .gql(
            Some(&token),
            "mutation($id: ID!) { unlinkIdentity(id: $id) }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(removed["data"]["unlinkIdentity"], true, "{removed}");
}

#[tokio::test]
async fn two_step_accounts_still_answer_the_challenge() {
    let (f, provider, _sink) = fixture().await;
    let member = f.register("ana").await;
    let person = Person::verified("google-2fa", "ana@gmail.example", "Ana");
    let linked = link(&f, &provider, &member, person.clone()).await;
    assert!(linked["errors"].is_null(), "{linked}");
    let begun = f
        .gql(
            Some(&member.token),
            "mutation { beginTotpEnrollment { secret } }",
            json!({}),
        )
        .await;
    let secret = begun["data"]["beginTotpEnrollment"]["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    let confirmed = f
        .gql(
            Some(&member.token),
            "mutation($c: String!) { confirmTotpEnrollment(code: $c) }",
            json!({ "c": mfa::current_code(&secret).unwrap() }),
        )
        .await;
    assert!(confirmed["errors"].is_null(), "{confirmed}");

    let signed = sign_in(&f, &provider, "GOOGLE", person).await;
    let payload = &signed["data"]["completeSocialSignIn"];
    assert_eq!(payload["__typename"], "MfaChallenge", "{signed}");
    assert!(payload["challengeToken"].is_string());
}
