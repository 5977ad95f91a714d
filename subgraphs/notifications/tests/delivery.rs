//! Notifications leave by the right channel at the right time: mail after
//! a hold unless read or seen, with one-click unsubscribe; push to
//! registered devices with receipts and pruning; quiet hours; live
//! updates; settings and the delivery log, each refused to the wrong
//! person.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{Timelike, Utc};
use common::{Harness, WAIT};
use futures::StreamExt;
use serde_json::{Value, json};
use stunxt_platform::testing::smtp::ReceivedMail;

fn header<'m>(mail: &'m ReceivedMail, name: &str) -> Option<&'m str> {
    mail.message
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{name}: ")))
}

async fn devices(h: &Harness, user: uuid::Uuid) -> Vec<String> {
    h.ok(user, "{ pushDevices { token } }", json!({})).await["pushDevices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["token"].as_str().unwrap().to_owned())
        .collect()
}

async fn next_live(live: &mut stunxt_platform::pubsub::Subscription) -> Value {
    let bytes = tokio::time::timeout(WAIT, live.next())
        .await
        .unwrap()
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

#[tokio::test]
async fn a_reply_is_mailed_after_the_hold_with_a_working_unsubscribe_link() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(&w, w.ana, w.news, &[]).await;
    h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    // Held: nothing goes out before the hold ends.
    assert_eq!(h.work_at(0).await, 0);
    assert!(
        h.smtp
            .is_quiet_for(std::time::Duration::from_millis(200))
            .await
    );
    assert_eq!(h.work_at(11).await, 1);
    let mail = h.smtp.next_to("ana@example.test", WAIT).await.unwrap();
    assert_eq!(mail.subject(), Some("Bob replied to your post"));
    assert!(mail.message.contains("Content-Type: text/plain"));
    assert!(mail.message.contains("Content-Type: text/html"));
    assert!(
        header(&mail, "From").unwrap().contains("Club"),
        "sent in the community's name"
    );
    assert_eq!(
        header(&mail, "List-Unsubscribe-Post"),
        Some("List-Unsubscribe=One-Click")
    );
    let list = header(&mail, "List-Unsubscribe").unwrap();
    let url = list
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_owned();
    assert!(
        url.starts_with(&h.server.url("/notifications/unsubscribe?token=")),
        "{url}"
    );
    assert!(
        h.deliveries(w.ana)
            .await
            .contains(&("EMAIL".to_owned(), "SENT".to_owned(), None))
    );
    // Opening the link only asks; the one-click POST unsubscribes.
    let page = h.client.get(&url).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("Stop emails about reply?")
    );
    let prefs = "{ me: _entities(representations: [{ __typename: \"User\", id: \"ID\" }]) { ... on User { notificationPreferences { choices { type channel enabled } } } } }";
    let enabled = |data: Value| {
        data["me"][0]["notificationPreferences"]["choices"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["type"] == "REPLY" && c["channel"] == "EMAIL")
            .unwrap()["enabled"]
            .as_bool()
            .unwrap()
    };
    let query = prefs.replace("ID", &w.ana.to_string());
    assert!(enabled(h.ok(w.ana, &query, json!({})).await));
    let done = h
        .client
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 200);
    assert!(!enabled(h.ok(w.ana, &query, json!({})).await));
    // A forged token changes nothing.
    let forged = h.client.post(format!("{url}x")).send().await.unwrap();
    assert_eq!(forged.status(), 400);
    // The next reply is not mailed.
    h.comment(&w, w.cy, w.news, post, w.ana, None, &[]).await;
    h.work_at(11).await;
    assert!(
        h.smtp
            .is_quiet_for(std::time::Duration::from_millis(300))
            .await
    );
    assert!(h.deliveries(w.ana).await.contains(&(
        "EMAIL".to_owned(),
        "SKIPPED".to_owned(),
        Some("PREFERENCE".to_owned())
    )));
    // Nobody reads another's settings.
    let (code, _) = h.refused(w.bob, &query, json!({})).await;
    assert_eq!(code, "FORBIDDEN");
}

#[tokio::test]
async fn what_was_read_during_the_hold_is_not_mailed() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(&w, w.ana, w.news, &[]).await;
    h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    let data = h
        .ok(
            w.ana,
            "mutation { markAllNotificationsRead { changed unreadCount } }",
            json!({}),
        )
        .await;
    assert_eq!(
        data["markAllNotificationsRead"],
        json!({ "changed": 1, "unreadCount": 0 })
    );
    h.work_at(11).await;
    assert!(
        h.smtp
            .is_quiet_for(std::time::Duration::from_millis(300))
            .await
    );
    assert!(h.deliveries(w.ana).await.contains(&(
        "EMAIL".to_owned(),
        "SKIPPED".to_owned(),
        Some("READ".to_owned())
    )));
}

#[tokio::test]
async fn quiet_hours_hold_mail_and_push_until_they_end() {
    let h = Harness::start().await;
    let w = h.world().await;
    let now = Utc::now();
    let start = format!("{:02}:00", (now.hour() + 23) % 24);
    let end = format!("{:02}:00", (now.hour() + 2) % 24);
    h.ok(
        w.ana,
        "mutation($q: QuietHoursInput) { updateNotificationPreferences(input: { quietHours: $q }) { quietHours { start end } timezone } }",
        json!({ "q": { "start": start, "end": end } }),
    )
    .await;
    let post = h.post(&w, w.ana, w.news, &[]).await;
    h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    h.work_at(11).await;
    h.work_at(30).await;
    assert!(
        h.smtp
            .is_quiet_for(std::time::Duration::from_millis(300))
            .await
    );
    assert!(
        h.deliveries(w.ana)
            .await
            .contains(&("EMAIL".to_owned(), "QUEUED".to_owned(), None))
    );
    // After they end, it goes.
    h.work_at(60 * 3 + 1).await;
    h.smtp.next_to("ana@example.test", WAIT).await.unwrap();
    // Bad times are refused with the field they concern.
    let (code, field) = h
        .refused(
            w.ana,
            "mutation { updateNotificationPreferences(input: { quietHours: { start: \"25:00\", end: \"07:00\" } }) { digest } }",
            json!({}),
        )
        .await;
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("BAD_USER_INPUT", Some("quietHours.start"))
    );
}

#[tokio::test]
async fn pushes_reach_registered_devices_and_dead_tokens_are_pruned() {
    let h = Harness::start().await;
    let w = h.world().await;
    let register = "mutation($t: String!) { registerPushDevice(token: $t, platform: IOS) { token platform current } }";
    for token in [
        "ExponentPushToken[anaPhone]",
        "ExponentPushToken[anaGoneTablet]",
        "ExponentPushToken[anaRevokedWatch]",
    ] {
        let data = h.ok(w.ana, register, json!({ "t": token })).await;
        assert_eq!(data["registerPushDevice"]["current"], true);
    }
    let (code, field) = h
        .refused(w.ana, register, json!({ "t": "not-a-token" }))
        .await;
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("BAD_USER_INPUT", Some("token"))
    );
    let post = h.post(&w, w.bob, w.news, &[]).await;
    h.event(
        "discussions.mention.created",
        Some(w.bob),
        Some(w.community),
        json!({ "targetType": "POST", "targetId": post, "postId": post, "authorId": w.bob, "usernames": ["ana"], "spaceId": w.news }),
    )
    .await;
    // Push goes at once (mail waits for its hold).
    h.work_at(0).await;
    let sent = h.push.messages();
    assert_eq!(sent.len(), 3, "{sent:?}");
    let phone = sent
        .iter()
        .find(|m| m["to"] == "ExponentPushToken[anaPhone]")
        .unwrap();
    assert_eq!(phone["title"], "Club");
    assert_eq!(phone["body"], "Bob mentioned you in a post");
    assert_eq!(phone["badge"], 1);
    assert_eq!(phone["sound"], "default");
    assert_eq!(phone["data"]["type"], "MENTION");
    assert_eq!(phone["data"]["link"], format!("/posts/{post}"));
    assert_eq!(
        devices(&h, w.ana).await.len(),
        2,
        "a refused ticket prunes its token"
    );
    // Receipts are read after their delay; a revoked device goes too.
    h.work_at(16).await;
    assert_eq!(h.push.receipts_asked.lock().unwrap().len(), 2);
    assert_eq!(devices(&h, w.ana).await, ["ExponentPushToken[anaPhone]"]);
    // Only the owner of a token can remove it.
    let unregister = "mutation($t: String!) { unregisterPushDevice(token: $t) }";
    let data = h
        .ok(
            w.bob,
            unregister,
            json!({ "t": "ExponentPushToken[anaPhone]" }),
        )
        .await;
    assert_eq!(data["unregisterPushDevice"], false);
    assert_eq!(devices(&h, w.ana).await.len(), 1);
}

#[tokio::test]
async fn failed_pushes_retry_with_backoff_then_dead_letter() {
    let h = Harness::start_with(|c| {
        c.notifications.push_url = "http://127.0.0.1:9/push".to_owned();
        c.notifications.max_attempts = 2;
    })
    .await;
    let w = h.world().await;
    h.ok(
        w.ana,
        "mutation { registerPushDevice(token: \"ExponentPushToken[anaPhone]\", platform: ANDROID) { id } }",
        json!({}),
    )
    .await;
    let post = h.post(&w, w.ana, w.news, &[]).await;
    h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    h.work_at(0).await;
    let push = |d: &Vec<(String, String, Option<String>)>| {
        d.iter()
            .find(|(c, _, _)| c == "PUSH")
            .map(|(_, s, _)| s.clone())
    };
    assert_eq!(push(&h.deliveries(w.ana).await).as_deref(), Some("FAILED"));
    // Not before its backoff; then once more, and it is given up.
    h.work_at(0).await;
    assert_eq!(push(&h.deliveries(w.ana).await).as_deref(), Some("FAILED"));
    h.work_at(1).await;
    assert_eq!(push(&h.deliveries(w.ana).await).as_deref(), Some("DEAD"));
}

#[tokio::test]
async fn new_notifications_and_counts_arrive_live() {
    let h = Harness::start().await;
    let w = h.world().await;
    let mut live = h
        .runtime
        .pubsub
        .subscribe(&format!("realtime.user.{}", w.ana))
        .await
        .unwrap();
    let post = h.post(&w, w.ana, w.news, &[]).await;
    h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    let created = next_live(&mut live).await;
    assert_eq!(created["type"], "NOTIFICATION_CREATED");
    assert_eq!(created["payload"]["unreadCount"], 1);
    assert_eq!(created["payload"]["notification"]["type"], "REPLY");
    assert_eq!(
        created["payload"]["notification"]["text"],
        "Bob replied to your post"
    );
    h.ok(
        w.ana,
        "mutation { markAllNotificationsRead { changed } }",
        json!({}),
    )
    .await;
    let count = next_live(&mut live).await;
    assert_eq!(
        count,
        json!({ "type": "NOTIFICATION_COUNT", "payload": { "unreadCount": 0 } })
    );
}

#[tokio::test]
async fn the_delivery_log_is_for_its_owner_and_staff() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(&w, w.ana, w.news, &[]).await;
    h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    let log = h.deliveries(w.ana).await;
    assert!(
        log.contains(&("IN_APP".to_owned(), "SENT".to_owned(), None)),
        "{log:?}"
    );
    assert!(log.contains(&("EMAIL".to_owned(), "QUEUED".to_owned(), None)));
    assert!(log.contains(&(
        "PUSH".to_owned(),
        "SKIPPED".to_owned(),
        Some("NO_DEVICE".to_owned())
    )));
    let query = "query($u: ID) { notificationDeliveries(userId: $u, first: 10) { edges { node { channel } } } }";
    let (code, field) = h.refused(w.bob, query, json!({ "u": w.ana })).await;
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("FORBIDDEN", Some("userId"))
    );
    let staff = h.token_with(w.owner, vec!["staff".to_owned()]);
    let body = stunxt_platform::testing::graphql(
        &h.client,
        &h.server.url("/graphql"),
        Some(&staff),
        query,
        json!({ "u": w.ana }),
    )
    .await
    .unwrap();
    assert_eq!(
        body["data"]["notificationDeliveries"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[tokio::test]
async fn bad_input_and_signed_out_requests_are_refused() {
    let h = Harness::start().await;
    let w = h.world().await;
    let ids: Vec<String> = (0..101).map(|_| uuid::Uuid::now_v7().to_string()).collect();
    let (code, field) = h
        .refused(
            w.ana,
            "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { changed } }",
            json!({ "ids": ids }),
        )
        .await;
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("BAD_USER_INPUT", Some("ids"))
    );
    let (code, field) = h
        .refused(
            w.ana,
            "{ notifications(first: 101) { edges { cursor } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("BAD_USER_INPUT", Some("first"))
    );
    let body = h.gql(None, "{ unreadNotificationCount }", json!({})).await;
    assert_eq!(body["errors"][0]["extensions"]["code"], "UNAUTHENTICATED");
    // Someone else's notification cannot be marked read.
    let post = h.post(&w, w.ana, w.news, &[]).await;
    h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    let id = h.list(w.ana).await[0]["id"].as_str().unwrap().to_owned();
    let data = h
        .ok(
            w.bob,
            "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { changed } }",
            json!({ "ids": [id] }),
        )
        .await;
    assert_eq!(data["markNotificationsRead"]["changed"], 0);
    assert_eq!(h.unread(w.ana).await, 1);
    // Paging walks from newest to oldest without repeats.
    for _ in 0..4 {
        h.comment(&w, w.cy, w.news, post, w.ana, None, &["ana"])
            .await;
        h.event(
            "discussions.mention.created",
            Some(w.cy),
            Some(w.community),
            json!({ "targetType": "POST", "targetId": post, "postId": post, "authorId": w.cy, "usernames": ["ana"], "spaceId": w.news }),
        )
        .await;
    }
    let page = |after: Option<String>| {
        let h = &h;
        async move {
            h.ok(
                w.ana,
                "query($a: String) { notifications(first: 2, after: $a) { edges { cursor node { id } } pageInfo { hasNextPage } } }",
                json!({ "a": after }),
            )
            .await["notifications"]
                .clone()
        }
    };
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let p = page(after).await;
        for e in p["edges"].as_array().unwrap() {
            seen.push(e["node"]["id"].as_str().unwrap().to_owned());
        }
        if p["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = p["edges"].as_array().unwrap().last().unwrap()["cursor"]
            .as_str()
            .map(str::to_owned);
    }
    let all: Vec<String> = h
        .list(w.ana)
        .await
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(seen, all);
    assert_eq!(all.len(), 5);
}

#[tokio::test]
async fn a_daily_digest_sums_up_what_was_not_read_or_mailed() {
    let h = Harness::start().await;
    let w = h.world().await;
    let data = h
        .ok(
            w.ana,
            "mutation { updateNotificationPreferences(input: { digest: DAILY }) { digest } }",
            json!({}),
        )
        .await;
    assert_eq!(data["updateNotificationPreferences"]["digest"], "DAILY");
    let post = h.post(&w, w.ana, w.news, &[]).await;
    for who in [w.bob, w.cy] {
        h.event(
            "discussions.reaction.added",
            Some(who),
            Some(w.community),
            json!({ "targetId": post, "targetType": "POST", "postId": post, "emoji": "👍", "targetAuthorId": w.ana, "spaceId": w.news }),
        )
        .await;
    }
    // Not before a day has passed since the digest was turned on.
    h.work_at(60).await;
    assert!(
        h.smtp
            .is_quiet_for(std::time::Duration::from_millis(200))
            .await
    );
    h.work_at(25 * 60).await;
    let mail = h.smtp.next_to("ana@example.test", WAIT).await.unwrap();
    assert_eq!(
        mail.subject(),
        Some("Your daily digest: 1 unread notification")
    );
    assert!(
        mail.message.contains("Cy and Bob reacted"),
        "{}",
        mail.message
    );
    assert!(header(&mail, "List-Unsubscribe").is_some());
    // Once a day, and never the same notification twice.
    h.work_at(25 * 60).await;
    assert!(
        h.smtp
            .is_quiet_for(std::time::Duration::from_millis(300))
            .await
    );
}

#[tokio::test]
async fn with_all_email_off_nothing_is_mailed() {
    let h = Harness::start().await;
    let w = h.world().await;
    let data = h
        .ok(
            w.ana,
            "mutation { updateNotificationPreferences(input: { emailEnabled: false }) { emailEnabled } }",
            json!({}),
        )
        .await;
    assert_eq!(data["updateNotificationPreferences"]["emailEnabled"], false);
    let post = h.post(&w, w.ana, w.news, &[]).await;
    h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    h.work_at(11).await;
    assert!(
        h.smtp
            .is_quiet_for(std::time::Duration::from_millis(300))
            .await
    );
    assert!(h.deliveries(w.ana).await.contains(&(
        "EMAIL".to_owned(),
        "SKIPPED".to_owned(),
        Some("EMAIL_OFF".to_owned())
    )));
    // The in-app notification is there all the same.
    assert_eq!(h.kinds(w.ana).await, ["REPLY"]);
}

#[tokio::test]
async fn mail_follows_a_confirmed_new_address() {
    let h = Harness::start().await;
    let w = h.world().await;
    // Identity announces a confirmed change as verified, then updated.
    h.event(
        "identity.user.verified",
        Some(w.ana),
        None,
        json!({ "userId": w.ana }),
    )
    .await;
    h.event(
        "identity.user.updated",
        Some(w.ana),
        None,
        json!({ "userId": w.ana, "fields": ["email"], "email": "ana@new.example", "emailVerified": true }),
    )
    .await;
    let post = h.post(&w, w.ana, w.news, &[]).await;
    h.comment(&w, w.bob, w.news, post, w.ana, None, &[]).await;
    h.work_at(11).await;
    let mail = h.smtp.next_to("ana@new.example", WAIT).await.unwrap();
    assert_eq!(mail.subject(), Some("Bob replied to your post"));
}

#[tokio::test]
async fn mail_is_not_sent_to_someone_who_lost_access_meanwhile() {
    let h = Harness::start().await;
    let w = h.world().await;
    let post = h.post(&w, w.ana, w.staff, &[]).await;
    h.comment(&w, w.owner, w.staff, post, w.ana, None, &[])
        .await;
    assert_eq!(h.kinds(w.ana).await, ["REPLY"]);
    h.communities_ok(
        w.owner,
        "mutation($s: ID!, $u: ID!) { removeSpaceMember(spaceId: $s, userId: $u) }",
        json!({ "s": w.staff, "u": w.ana }),
    )
    .await;
    h.work_at(11).await;
    assert!(
        h.smtp
            .is_quiet_for(std::time::Duration::from_millis(300))
            .await
    );
    assert!(h.deliveries(w.ana).await.contains(&(
        "EMAIL".to_owned(),
        "SKIPPED".to_owned(),
        Some("NO_ACCESS".to_owned())
    )));
}
