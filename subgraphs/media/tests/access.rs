//! Who may read an asset: its uploader, whoever may read what it is
//! attached to, nobody else; and the internal endpoint other subgraphs
//! attach through.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use serde_json::json;
use stunxt_platform::media::{MediaClient, PARENTS_PATH, ParentAccess, ParentRef, SetAttachments};
use uuid::Uuid;

fn parent(kind: &str, id: &str) -> ParentRef {
    ParentRef {
        service: "tests".into(),
        kind: kind.into(),
        id: id.into(),
    }
}

fn client(h: &Harness) -> MediaClient {
    MediaClient::new(&h.base_url(), h.runtime.service_token.clone())
}

async fn readable(h: &Harness, viewer: Option<Uuid>, id: &str) -> bool {
    let body = h.asset(viewer, id).await;
    match error(&body).0 {
        "" => {
            assert!(body["data"]["mediaAsset"]["original"].is_string(), "{body}");
            true
        }
        "NOT_FOUND" => false,
        other => panic!("{other}: {body}"),
    }
}

/// What the router asks when another subgraph returns the asset.
async fn entity(h: &Harness, viewer: Option<Uuid>, id: &str) -> serde_json::Value {
    let body = h
        .gql(
            viewer,
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on MediaAsset { id filename } } }",
            json!({ "r": [{ "__typename": "MediaAsset", "id": id }] }),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["_entities"][0].clone()
}

#[tokio::test]
async fn a_private_community_attachment_is_for_its_members() {
    let h = Harness::start().await;
    let (owner, member, outsider) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    let community = h.private_community(owner, member).await;
    let asset = h
        .ready(
            owner,
            "POST_ATTACHMENT",
            "plan.txt",
            "text/plain",
            b"the plan",
        )
        .await;
    let id = asset["id"].as_str().unwrap();

    // Before it is attached, only its uploader sees it.
    assert!(readable(&h, Some(owner), id).await);
    assert!(!readable(&h, Some(member), id).await);

    client(&h)
        .set_attachments(&SetAttachments {
            parent: parent("post", "1"),
            access: ParentAccess {
                community_id: Some(community),
                ..ParentAccess::default()
            },
            owner_id: Some(owner),
            asset_ids: vec![id.parse().unwrap()],
        })
        .await
        .unwrap();
    assert!(readable(&h, Some(member), id).await);
    assert!(!readable(&h, Some(outsider), id).await);
    assert!(!readable(&h, None, id).await);
    assert_eq!(entity(&h, Some(member), id).await["filename"], "plan.txt");
    assert!(entity(&h, Some(outsider), id).await.is_null());

    // Deleting it is still the uploader's alone.
    let refused = h
        .gql(
            Some(member),
            "mutation($id: ID!) { deleteAsset(id: $id) }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(error(&refused).0, "FORBIDDEN");
}

#[tokio::test]
async fn a_conversation_attachment_is_for_its_participants() {
    let h = Harness::start().await;
    let (alice, bob, carol) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    let asset = h
        .ready(
            alice,
            "MESSAGE_ATTACHMENT",
            "photo.jpg",
            "image/jpeg",
            &jpeg(40, 30),
        )
        .await;
    let id = asset["id"].as_str().unwrap();
    let set = |readers: Vec<Uuid>| SetAttachments {
        parent: parent("conversation", "c1"),
        access: ParentAccess {
            readers: Some(readers),
            ..ParentAccess::default()
        },
        owner_id: Some(alice),
        asset_ids: vec![id.parse().unwrap()],
    };
    client(&h)
        .set_attachments(&set(vec![alice, bob]))
        .await
        .unwrap();
    assert!(readable(&h, Some(bob), id).await);
    assert!(!readable(&h, Some(carol), id).await);
    assert!(!readable(&h, None, id).await);

    // Bob leaves, Carol joins.
    client(&h)
        .set_attachments(&set(vec![alice, carol]))
        .await
        .unwrap();
    assert!(!readable(&h, Some(bob), id).await);
    assert!(readable(&h, Some(carol), id).await);
}

#[tokio::test]
async fn public_parents_and_public_purposes_are_for_everyone() {
    let h = Harness::start().await;
    let owner = Uuid::now_v7();
    let avatar = h
        .ready(owner, "AVATAR", "me.jpg", "image/jpeg", &jpeg(16, 16))
        .await;
    assert!(readable(&h, None, avatar["id"].as_str().unwrap()).await);

    let file = h
        .ready(
            owner,
            "POST_ATTACHMENT",
            "open.txt",
            "text/plain",
            b"open letter",
        )
        .await;
    let id = file["id"].as_str().unwrap();
    assert!(!readable(&h, None, id).await);
    client(&h)
        .set_attachments(&SetAttachments {
            parent: parent("post", "public"),
            access: ParentAccess {
                public: true,
                ..ParentAccess::default()
            },
            owner_id: None,
            asset_ids: vec![id.parse().unwrap()],
        })
        .await
        .unwrap();
    assert!(readable(&h, None, id).await);

    // Unfinished uploads are the uploader's alone, public or not.
    let pending = h
        .send(owner, "AVATAR", "next.jpg", "image/jpeg", &jpeg(8, 8))
        .await;
    assert!(!readable(&h, Some(Uuid::now_v7()), &pending).await);
}

#[tokio::test]
async fn only_your_own_uploads_can_be_attached() {
    let h = Harness::start().await;
    let (owner, thief) = (Uuid::now_v7(), Uuid::now_v7());
    let asset = h
        .ready(owner, "POST_ATTACHMENT", "mine.txt", "text/plain", b"mine")
        .await;
    let refused = client(&h)
        .set_attachments(&SetAttachments {
            parent: parent("post", "stolen"),
            access: ParentAccess {
                public: true,
                ..ParentAccess::default()
            },
            owner_id: Some(thief),
            asset_ids: vec![asset["id"].as_str().unwrap().parse().unwrap()],
        })
        .await
        .unwrap_err();
    assert_eq!(refused.code().as_str(), "BAD_USER_INPUT");
    assert_eq!(refused.field(), Some("attachmentIds"));
    // Nothing was attached.
    assert!(!readable(&h, None, asset["id"].as_str().unwrap()).await);

    let unknown = client(&h)
        .set_attachments(&SetAttachments {
            parent: parent("post", "ghost"),
            access: ParentAccess::default(),
            owner_id: None,
            asset_ids: vec![Uuid::now_v7()],
        })
        .await
        .unwrap_err();
    assert_eq!(unknown.field(), Some("attachmentIds"));
}

#[tokio::test]
async fn the_internal_endpoint_wants_the_service_token() {
    let h = Harness::start().await;
    let body = json!({ "parent": { "service": "x", "kind": "y", "id": "z" }, "ownerId": null, "assetIds": [] });
    let url = h.server.url(PARENTS_PATH);
    let anonymous = h.client.put(&url).json(&body).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    let user_token = h.token(Uuid::now_v7());
    let as_user = h
        .client
        .put(&url)
        .bearer_auth(user_token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(as_user.status(), 401);
    let wrong = MediaClient::new(&h.base_url(), "not-the-token".to_owned().into())
        .remove_parent(&parent("post", "1"))
        .await
        .unwrap_err();
    assert_eq!(wrong.code().as_str(), "INTERNAL");
}
