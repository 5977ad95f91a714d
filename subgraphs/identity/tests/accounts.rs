//! Profiles, privacy, staff suspension, account deletion and export over
//! HTTP, and who is refused what.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Fixture, error};
use serde_json::{Value, json};

/// Signs in; the payload's tokens and `user { isStaff }`.
async fn sign_in(f: &Fixture, login: &str, password: &str) -> Value {
    f.gql(
        None,
        "mutation($login: String!, $pw: String!) { login(input: {login: $login, password: $pw}) { ... on AuthPayload { accessToken refreshToken user { isStaff } } } }",
        json!({ "login": login, "pw": password }),
    )
    .await
}

const UPDATE_PROFILE: &str = "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { username displayName bio website socialLinks timezone } }";
const UPDATE_PRIVACY: &str = "mutation($input: UpdatePrivacyInput!) { updatePrivacy(input: $input) { privacy { profileVisibility messagePermission showOnlineStatus sendReadReceipts } } }";

#[tokio::test]
async fn others_are_refused_private_fields_and_see_what_the_profile_allows() {
    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    let bob = f.register("bob").await;
    let updated = f
        .gql(
            Some(&ana.token),
            UPDATE_PROFILE,
            json!({ "input": { "bio": "Knits.", "website": "https://ana.example", "socialLinks": ["https://social.example/@ana"], "timezone": "Europe/Lisbon" } }),
        )
        .await;
    assert_eq!(
        updated["data"]["updateProfile"],
        json!({ "username": "ana", "displayName": "ana", "bio": "Knits.", "website": "https://ana.example/", "socialLinks": ["https://social.example/@ana"], "timezone": "Europe/Lisbon" })
    );
    // The event carries the names, time zone and locale as they now are.
    assert_eq!(
        f.payloads("identity.user.updated").await,
        vec![json!({
            "userId": ana.id, "fields": ["bio", "website", "socialLinks", "timezone"],
            "username": "ana", "displayName": "ana", "timezone": "Europe/Lisbon", "locale": null,
        })]
    );

    let query = "query($id: ID!) { user(id: $id) { username bio email } }";
    for (who, token) in [("bob", Some(bob.token.as_str())), ("anonymous", None)] {
        let seen = f.gql(token, query, json!({ "id": ana.id })).await;
        assert_eq!(seen["data"]["user"]["bio"], "Knits.", "{who}: {seen}");
        assert_eq!(seen["data"]["user"]["email"], Value::Null, "{who}: {seen}");
        assert_eq!(error(&seen).0, "FORBIDDEN", "{who}: {seen}");
    }
    for field in [
        "sessions { id }",
        "privacy { profileVisibility }",
        "timezone",
    ] {
        let seen = f
            .gql(
                Some(&bob.token),
                &format!("query($id: ID!) {{ user(id: $id) {{ {field} }} }}"),
                json!({ "id": ana.id }),
            )
            .await;
        assert_eq!(error(&seen).0, "FORBIDDEN", "{field}: {seen}");
    }
    let own = f
        .gql(
            Some(&ana.token),
            "{ me { email timezone sessions { current } privacy { profileVisibility } } }",
            json!({}),
        )
        .await;
    assert_eq!(own["data"]["me"]["email"], "ana@example.org", "{own}");
    assert_eq!(own["data"]["me"]["sessions"], json!([{ "current": true }]));

    // Hidden profiles show nothing but the name to others.
    let private = f
        .gql(
            Some(&ana.token),
            UPDATE_PRIVACY,
            json!({ "input": { "profileVisibility": "NOBODY", "sendReadReceipts": false } }),
        )
        .await;
    assert_eq!(
        private["data"]["updatePrivacy"]["privacy"],
        json!({ "profileVisibility": "NOBODY", "messagePermission": "COMMUNITY_MEMBERS", "showOnlineStatus": true, "sendReadReceipts": false })
    );
    let seen = f
        .gql(
            Some(&bob.token),
            "query($id: ID!) { user(id: $id) { username bio website socialLinks } }",
            json!({ "id": ana.id }),
        )
        .await;
    assert_eq!(
        seen["data"]["user"],
        json!({ "username": "ana", "bio": null, "website": null, "socialLinks": [] })
    );
    let own = f.gql(Some(&ana.token), "{ me { bio } }", json!({})).await;
    assert_eq!(own["data"]["me"]["bio"], "Knits.");
}

#[tokio::test]
async fn profile_input_errors_name_their_field_and_change_nothing() {
    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    for (input, field) in [
        (json!({ "bio": "x".repeat(301) }), "bio"),
        (json!({ "website": "javascript:alert(1)" }), "website"),
        (json!({ "timezone": "Nowhere" }), "timezone"),
        (json!({ "locale": "english!" }), "locale"),
        (json!({ "username": "no spaces" }), "username"),
        (json!({ "displayName": "" }), "displayName"),
        (json!({ "socialLinks": ["ftp://x.example"] }), "socialLinks"),
        (json!({ "avatarId": "not-an-id" }), "avatarId"),
    ] {
        let body = f
            .gql(Some(&ana.token), UPDATE_PROFILE, json!({ "input": input }))
            .await;
        assert_eq!(error(&body), ("BAD_USER_INPUT", Some(field)), "{body}");
    }
    let me = f
        .gql(Some(&ana.token), "{ me { username bio } }", json!({}))
        .await;
    assert_eq!(me["data"]["me"], json!({ "username": "ana", "bio": null }));
    let anonymous = f
        .gql(None, UPDATE_PROFILE, json!({ "input": { "bio": "hi" } }))
        .await;
    assert_eq!(error(&anonymous).0, "UNAUTHENTICATED");
}

#[tokio::test]
async fn a_renamed_username_is_held_for_its_owner() {
    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    let bob = f.register("bob").await;
    let renamed = f
        .gql(
            Some(&ana.token),
            UPDATE_PROFILE,
            json!({ "input": { "username": "ana_k" } }),
        )
        .await;
    assert_eq!(
        renamed["data"]["updateProfile"]["username"], "ana_k",
        "{renamed}"
    );
    // Nobody else can take the old name, by rename or registration.
    let taken = f
        .gql(
            Some(&bob.token),
            UPDATE_PROFILE,
            json!({ "input": { "username": "ANA" } }),
        )
        .await;
    assert_eq!(error(&taken), ("CONFLICT", Some("username")));
    let registered = f
        .gql(
            None,
            "mutation { register(input: {email: \"x@example.org\", password: \"correct horse battery\", username: \"ana\", displayName: \"X\"}) { accessToken } }",
            json!({}),
        )
        .await;
    assert_eq!(error(&registered), ("CONFLICT", Some("username")));
    // Its owner can take it back.
    let back = f
        .gql(
            Some(&ana.token),
            UPDATE_PROFILE,
            json!({ "input": { "username": "ana" } }),
        )
        .await;
    assert_eq!(back["data"]["updateProfile"]["username"], "ana", "{back}");
    let by_name = f
        .gql(
            None,
            "{ userByUsername(username: \"ana\") { id } }",
            json!({}),
        )
        .await;
    assert_eq!(by_name["data"]["userByUsername"]["id"], ana.id.as_str());
}

#[tokio::test]
async fn staff_suspend_and_reinstate_and_nobody_else_may() {
    let f = Fixture::with(|config| {
        config.identity.staff_emails = vec!["staff@example.org".into()];
    })
    .await;
    let staff = f.register("staff").await;
    let ana = f.register("ana").await;
    let bob = f.register("bob").await;
    let suspend = "mutation($id: ID!) { suspendUser(id: $id, reason: \"spam\") { suspended } }";

    // Not staff: refused by the guard.
    let refused = f
        .gql(Some(&bob.token), suspend, json!({ "id": ana.id }))
        .await;
    assert_eq!(error(&refused).0, "FORBIDDEN", "{refused}");
    // Staff by address, but unverified: no staff role in the token.
    let unverified = f
        .gql(Some(&staff.token), suspend, json!({ "id": ana.id }))
        .await;
    assert_eq!(error(&unverified).0, "FORBIDDEN", "{unverified}");

    let db = &f.subgraph.db.conn;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    stunxt_identity::entity::users::Entity::update_many()
        .col_expr(
            stunxt_identity::entity::users::Column::EmailVerifiedAt,
            Expr::value(chrono::Utc::now()),
        )
        .filter(stunxt_identity::entity::users::Column::Username.eq("staff"))
        .exec(db)
        .await
        .unwrap();
    let signed = sign_in(&f, "staff", "correct horse battery").await;
    assert_eq!(signed["data"]["login"]["user"]["isStaff"], true, "{signed}");
    let staff_token = signed["data"]["login"]["accessToken"].as_str().unwrap();
    let ana_session = sign_in(&f, "ana", "correct horse battery").await;
    let ana_refresh = ana_session["data"]["login"]["refreshToken"]
        .as_str()
        .unwrap();

    let done = f
        .gql(Some(staff_token), suspend, json!({ "id": ana.id }))
        .await;
    assert_eq!(done["data"]["suspendUser"]["suspended"], true, "{done}");
    // Suspended: sign-in refused with the reason, sessions cannot refresh.
    let login = sign_in(&f, "ana", "correct horse battery").await;
    assert_eq!(error(&login).0, "FORBIDDEN");
    assert!(
        login["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("spam")
    );
    let refreshed = f
        .gql(
            None,
            "mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }",
            json!({ "t": ana_refresh }),
        )
        .await;
    assert_eq!(error(&refreshed).0, "UNAUTHENTICATED", "{refreshed}");
    // A wrong password still says only "invalid": no hint to strangers.
    let wrong = sign_in(&f, "ana", "not the password").await;
    assert_eq!(error(&wrong).0, "UNAUTHENTICATED");
    // Others see nothing of it; staff do.
    let seen = f
        .gql(
            Some(&bob.token),
            "query($id: ID!) { user(id: $id) { suspended } }",
            json!({ "id": ana.id }),
        )
        .await;
    assert_eq!(error(&seen).0, "FORBIDDEN");

    let lifted = f
        .gql(
            Some(staff_token),
            "mutation($id: ID!) { unsuspendUser(id: $id) { suspended } }",
            json!({ "id": ana.id }),
        )
        .await;
    assert_eq!(
        lifted["data"]["unsuspendUser"]["suspended"], false,
        "{lifted}"
    );
    assert!(sign_in(&f, "ana", "correct horse battery").await["data"]["login"].is_object());
}

#[tokio::test]
async fn deleting_an_account_needs_the_password_and_anonymises_it() {
    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    let delete = "mutation($pw: String!) { deleteAccount(password: $pw) }";
    let wrong = f
        .gql(Some(&ana.token), delete, json!({ "pw": "not it at all" }))
        .await;
    assert_eq!(error(&wrong), ("BAD_USER_INPUT", Some("password")));

    let export = f.gql(Some(&ana.token), "{ exportMyData }", json!({})).await;
    let data = &export["data"]["exportMyData"];
    assert_eq!(data["account"]["email"], "ana@example.org", "{export}");
    assert_eq!(data["sessions"].as_array().unwrap().len(), 1);
    assert!(
        !export.to_string().contains("argon2"),
        "no secrets in the export"
    );
    let anonymous = f.gql(None, "{ exportMyData }", json!({})).await;
    assert_eq!(error(&anonymous).0, "UNAUTHENTICATED");

    let done = f
        .gql(
            Some(&ana.token),
            delete,
            json!({ "pw": "correct horse battery" }),
        )
        .await;
    assert_eq!(done["data"]["deleteAccount"], true, "{done}");
    let seen = f
        .gql(
            None,
            "query($id: ID!) { user(id: $id) { displayName deleted } }",
            json!({ "id": ana.id }),
        )
        .await;
    assert_eq!(
        seen["data"]["user"],
        json!({ "displayName": "Deleted user", "deleted": true })
    );
    let login = sign_in(&f, "ana@example.org", "correct horse battery").await;
    assert_eq!(error(&login).0, "UNAUTHENTICATED");
    // Its still-unexpired access token changes nothing any more.
    let revived = f
        .gql(
            Some(&ana.token),
            UPDATE_PROFILE,
            json!({ "input": { "displayName": "Ana" } }),
        )
        .await;
    assert_eq!(error(&revived).0, "UNAUTHENTICATED", "{revived}");
    let again = f
        .gql(
            Some(&ana.token),
            "mutation { requestEmailChange(newEmail: \"a@b.example\") }",
            json!({}),
        )
        .await;
    assert_eq!(error(&again).0, "UNAUTHENTICATED", "{again}");
    // The address is free again.
    let again = f.register("ana").await;
    assert_ne!(again.id, ana.id);
}

#[tokio::test]
async fn sessions_carry_the_device_name_given_at_sign_in() {
    let f = Fixture::new().await;
    f.register("ana").await;
    let login = "mutation($name: String) { login(input: {login: \"ana\", password: \"correct horse battery\", deviceName: $name}) { ... on AuthPayload { accessToken } } }";
    let bad = f.gql(None, login, json!({ "name": "x".repeat(65) })).await;
    assert_eq!(error(&bad), ("BAD_USER_INPUT", Some("deviceName")));
    let signed = f.gql(None, login, json!({ "name": "Ana's phone" })).await;
    let token = signed["data"]["login"]["accessToken"].as_str().unwrap();
    let sessions = f
        .gql(
            Some(token),
            "{ sessions { deviceName current } }",
            json!({}),
        )
        .await;
    let sessions = sessions["data"]["sessions"].as_array().unwrap();
    assert!(
        sessions.contains(&json!({ "deviceName": "Ana's phone", "current": true })),
        "{sessions:?}"
    );
}

#[tokio::test]
async fn members_only_profiles_show_to_people_sharing_a_community() {
    use stunxt_platform::events::EventEnvelope;

    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    let bob = f.register("bob").await;
    let cyd = f.register("cyd").await;
    f.gql(
        Some(&ana.token),
        UPDATE_PROFILE,
        json!({ "input": { "bio": "Knits." } }),
    )
    .await;
    f.gql(
        Some(&ana.token),
        UPDATE_PRIVACY,
        json!({ "input": { "profileVisibility": "COMMUNITY_MEMBERS" } }),
    )
    .await;
    // What the communities subgraph announces: ana made a community, bob
    // joined it; cyd is in another one.
    let db = &f.subgraph.db.conn;
    let (club, other) = (uuid::Uuid::now_v7(), uuid::Uuid::now_v7());
    let announce = |topic: &str, community: uuid::Uuid, payload: Value| {
        EventEnvelope::new(topic, payload).community(community)
    };
    for event in [
        announce(
            "communities.community.created",
            club,
            json!({ "ownerId": ana.id }),
        ),
        announce(
            "communities.member.joined",
            club,
            json!({ "userId": bob.id }),
        ),
        announce(
            "communities.community.created",
            other,
            json!({ "ownerId": cyd.id }),
        ),
    ] {
        stunxt_platform::memberships::apply(db, &event)
            .await
            .unwrap();
    }
    let bio = |token: Option<String>| {
        let f = &f;
        let id = ana.id.clone();
        async move {
            let seen = f
                .gql(
                    token.as_deref(),
                    "query($id: ID!) { user(id: $id) { bio } }",
                    json!({ "id": id }),
                )
                .await;
            seen["data"]["user"]["bio"].clone()
        }
    };
    assert_eq!(bio(Some(bob.token.clone())).await, "Knits.");
    assert_eq!(bio(Some(cyd.token.clone())).await, Value::Null);
    assert_eq!(bio(None).await, Value::Null);

    // Once bob leaves (or is banned), the profile closes to him.
    let left = announce(
        "communities.member.banned",
        club,
        json!({ "userId": bob.id }),
    );
    stunxt_platform::memberships::apply(db, &left)
        .await
        .unwrap();
    assert_eq!(bio(Some(bob.token.clone())).await, Value::Null);
}

#[tokio::test]
async fn blocking_is_listed_announced_and_refuses_bad_targets() {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    use stunxt_platform::events::entity::outbox;

    let f = Fixture::new().await;
    let ana = f.register("ana").await;
    let bob = f.register("bob").await;
    let block = "mutation($u: ID!) { blockUser(userId: $u) }";
    let unblock = "mutation($u: ID!) { unblockUser(userId: $u) }";
    let listed = "{ blockedUsers { username } }";

    let anonymous = f.gql(None, block, json!({ "u": bob.id })).await;
    assert_eq!(error(&anonymous).0, "UNAUTHENTICATED", "{anonymous}");
    let own = f.gql(Some(&ana.token), block, json!({ "u": ana.id })).await;
    assert_eq!(error(&own), ("BAD_USER_INPUT", Some("userId")), "{own}");
    let nobody = f
        .gql(
            Some(&ana.token),
            block,
            json!({ "u": uuid::Uuid::now_v7().to_string() }),
        )
        .await;
    assert_eq!(error(&nobody).0, "NOT_FOUND", "{nobody}");

    for _ in 0..2 {
        let done = f.gql(Some(&ana.token), block, json!({ "u": bob.id })).await;
        assert_eq!(done["data"]["blockUser"], true, "{done}");
    }
    let seen = f.gql(Some(&ana.token), listed, json!({})).await;
    assert_eq!(seen["data"]["blockedUsers"], json!([{ "username": "bob" }]));
    // Bob's list is his own.
    let theirs = f.gql(Some(&bob.token), listed, json!({})).await;
    assert_eq!(theirs["data"]["blockedUsers"], json!([]));

    let lifted = f
        .gql(Some(&ana.token), unblock, json!({ "u": bob.id }))
        .await;
    assert_eq!(lifted["data"]["unblockUser"], true);
    let again = f
        .gql(Some(&ana.token), unblock, json!({ "u": bob.id }))
        .await;
    assert_eq!(again["data"]["unblockUser"], false);
    let seen = f.gql(Some(&ana.token), listed, json!({})).await;
    assert_eq!(seen["data"]["blockedUsers"], json!([]));

    // Blocking twice announced once; each event names both people.
    let events: Vec<(String, Value)> = outbox::Entity::find()
        .filter(outbox::Column::Topic.is_in(["identity.user.blocked", "identity.user.unblocked"]))
        .order_by_asc(outbox::Column::Id)
        .all(&f.subgraph.db.conn)
        .await
        .unwrap()
        .into_iter()
        .map(|row| (row.topic, row.envelope["payload"].clone()))
        .collect();
    let expected = json!({ "userId": ana.id, "blockedUserId": bob.id });
    assert_eq!(
        events,
        vec![
            ("identity.user.blocked".to_owned(), expected.clone()),
            ("identity.user.unblocked".to_owned(), expected),
        ]
    );
}
