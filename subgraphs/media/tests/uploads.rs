//! Uploads through local storage: upload, complete, process, download;
//! refusals of what is wrong with a file; quota and rate limits; uploads
//! in parts; signed links.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{TimeDelta, Utc};
use common::*;
use serde_json::json;
use stunxt_media::storage::{
    Download,
    local::{FILE_PATH, UrlSigner},
};
use uuid::Uuid;

#[tokio::test]
async fn an_image_is_processed_into_clean_variants_and_downloaded() {
    let h = Harness::start().await;
    let owner = Uuid::now_v7();
    // 640×480 as stored, EXIF says: turn it upright (to 480×640).
    let bytes = jpeg_with_exif(640, 480);
    let id = h
        .send(owner, "POST_ATTACHMENT", "beach.jpg", "image/jpeg", &bytes)
        .await;
    let pending = h.asset(Some(owner), &id).await;
    assert_eq!(pending["data"]["mediaAsset"]["status"], "PENDING");
    assert!(pending["data"]["mediaAsset"]["original"].is_null());

    let completed = h.complete(owner, &id).await;
    let completed = &completed["data"]["completeUpload"];
    assert_eq!(completed["status"], "PROCESSING");
    assert_eq!(completed["contentType"], "image/jpeg");

    let asset = h.settled(owner, &id).await;
    assert_eq!(asset["status"], "READY", "{asset}");
    assert_eq!(
        (asset["width"].clone(), asset["height"].clone()),
        (json!(480), json!(640))
    );
    assert_eq!(asset["sha256"], sha256_hex(&bytes));
    assert_eq!(asset["blurhash"].as_str().unwrap().len(), 4 + 2 * 3 * 4);
    assert_eq!(asset["owner"]["id"], owner.to_string());
    let variants: Vec<_> = asset["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["variant"].clone(),
                v["width"].clone(),
                v["height"].clone(),
            )
        })
        .collect();
    assert_eq!(
        variants,
        vec![
            (json!("THUMBNAIL"), json!(240), json!(320)),
            (json!("MEDIUM"), json!(480), json!(640)),
            (json!("ORIGINAL"), json!(480), json!(640)),
        ]
    );

    for (name, size) in [
        ("thumbnail", (240, 320)),
        ("medium", (480, 640)),
        ("original", (480, 640)),
    ] {
        let url = asset[name].as_str().unwrap();
        let response = h.client.get(url).send().await.unwrap();
        assert_eq!(response.status(), 200, "{name}");
        let headers = response.headers().clone();
        assert_eq!(headers["content-type"], "image/jpeg");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(
            headers["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("inline; filename=\"beach"),
        );
        let body = response.bytes().await.unwrap();
        let decoded = image::load_from_memory(&body).unwrap();
        assert_eq!((decoded.width(), decoded.height()), size, "{name}");
        // Neither the EXIF block nor the GPS position survive.
        for marker in [&b"Exif"[..], b"GPS-SECRET"] {
            assert!(
                !body.windows(marker.len()).any(|w| w == marker),
                "{name} keeps {}",
                String::from_utf8_lossy(marker)
            );
        }
    }
    // The upload itself, EXIF and all, is gone from storage.
    let raw = stunxt_media::storage::raw_key(id.parse().unwrap());
    assert_eq!(h.state.media.storage().size(&raw).await.unwrap(), None);

    // Ranges work (video players need them).
    let url = asset["original"].as_str().unwrap();
    let part = h
        .client
        .get(url)
        .header("range", "bytes=0-9")
        .send()
        .await
        .unwrap();
    assert_eq!(part.status(), 206);
    assert_eq!(part.bytes().await.unwrap().len(), 10);

    // Completing again changes nothing.
    let again = h.complete(owner, &id).await;
    assert_eq!(again["data"]["completeUpload"]["status"], "READY");
}

#[tokio::test]
async fn transparency_and_animation_are_kept() {
    let h = Harness::start().await;
    let owner = Uuid::now_v7();
    let logo = h
        .ready(
            owner,
            "COMMUNITY_BRANDING",
            "logo.png",
            "image/png",
            &png(64, 32),
        )
        .await;
    let types: Vec<_> = logo["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["contentType"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(types, ["image/webp"; 3]);

    let gif = animated_gif();
    let animated = h
        .ready(owner, "MESSAGE_ATTACHMENT", "wave.gif", "image/gif", &gif)
        .await;
    assert_eq!(animated["animated"], true);
    let original = h
        .client
        .get(animated["original"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(original.headers()["content-type"], "image/gif");
    assert_eq!(original.bytes().await.unwrap().as_ref(), gif.as_slice());
    let thumbnail = h
        .client
        .get(animated["thumbnail"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(thumbnail.headers()["content-type"], "image/jpeg");
}

#[tokio::test]
async fn documents_are_served_as_attachments() {
    let h = Harness::start().await;
    let owner = Uuid::now_v7();
    let text = "minutes of the meeting\n".repeat(50);
    let asset = h
        .ready(
            owner,
            "POST_ATTACHMENT",
            "minutes.txt",
            "text/plain",
            text.as_bytes(),
        )
        .await;
    assert!(asset["thumbnail"].is_null());
    assert!(asset["width"].is_null());
    let response = h
        .client
        .get(asset["original"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"minutes.txt\"")
    );
    assert_eq!(response.text().await.unwrap(), text);
}

#[tokio::test]
async fn signed_links_refuse_tampering_and_expiry() {
    let h = Harness::start().await;
    let owner = Uuid::now_v7();
    let asset = h
        .ready(owner, "AVATAR", "me.jpg", "image/jpeg", &jpeg(64, 64))
        .await;
    let url = asset["original"].as_str().unwrap().to_owned();
    assert_eq!(h.client.get(&url).send().await.unwrap().status(), 200);

    let status = |url: String| {
        let client = h.client.clone();
        async move { client.get(url).send().await.unwrap().status() }
    };
    // Another file, another name, another signature: all refused.
    let other_variant = url.replace("%2Foriginal", "%2Fthumbnail");
    assert_ne!(other_variant, url);
    assert_eq!(status(other_variant).await, 403);
    assert_eq!(status(url.replace("name=me", "name=you")).await, 403);
    let sig_at = url.find("sig=").unwrap() + 4;
    let mut forged = url.clone();
    let flipped = if &url[sig_at..sig_at + 1] == "0" {
        "1"
    } else {
        "0"
    };
    forged.replace_range(sig_at..sig_at + 1, flipped);
    assert_eq!(status(forged).await, 403);
    // A later expiry under the old signature.
    let exp_at = url.find("exp=").unwrap() + 4;
    let mut later = url.clone();
    later.insert(exp_at, '9');
    assert_eq!(status(later).await, 403);

    // Correctly signed but expired.
    let key = stunxt_media::storage::variant_key(
        asset["id"].as_str().unwrap().parse().unwrap(),
        "ORIGINAL",
    );
    let signer = UrlSigner::new(URL_KEY, &h.base_url());
    let expired = signer.get_url(
        &key,
        &Download {
            content_type: "image/jpeg",
            filename: "me.jpg",
            inline: true,
            expires_at: Utc::now() - TimeDelta::seconds(5),
        },
    );
    assert!(expired.contains(FILE_PATH));
    let response = h.client.get(&expired).send().await.unwrap();
    assert_eq!(response.status(), 403);
    assert!(response.text().await.unwrap().contains("expired"));

    // Upload links too: another size under the same signature.
    let created = h.create(owner, "AVATAR", "x.png", "image/png", 100).await;
    let upload = created["data"]["createUpload"]["uploadUrl"]
        .as_str()
        .unwrap()
        .replace("size=100", "size=1000");
    assert_eq!(
        h.client
            .put(upload)
            .body(vec![0; 1000])
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
}

#[tokio::test]
async fn browsers_on_other_origins_may_upload_but_the_signature_still_decides() {
    let h = Harness::start().await;
    let owner = Uuid::now_v7();
    let created = h.create(owner, "AVATAR", "x.png", "image/png", 100).await;
    let upload = created["data"]["createUpload"]["uploadUrl"]
        .as_str()
        .unwrap()
        .to_owned();
    // The preflight a browser sends before a cross-origin PUT with a
    // content type.
    let preflight = h
        .client
        .request(reqwest::Method::OPTIONS, &upload)
        .header("origin", "http://localhost:8081")
        .header("access-control-request-method", "PUT")
        .header("access-control-request-headers", "content-type")
        .send()
        .await
        .unwrap();
    assert!(preflight.status().is_success(), "{}", preflight.status());
    assert_eq!(preflight.headers()["access-control-allow-origin"], "*");
    let methods = preflight.headers()["access-control-allow-methods"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(methods.contains("PUT"), "{methods}");
    // Allowed origin or not, a tampered link is refused.
    let tampered = upload.replace("size=100", "size=1000");
    let response = h
        .client
        .put(tampered)
        .header("origin", "http://localhost:8081")
        .body(vec![0; 1000])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
}

#[tokio::test]
async fn what_arrives_is_checked_not_what_was_declared() {
    let h = Harness::start().await;
    let owner = Uuid::now_v7();

    // Declared a PNG, sent text.
    let id = h
        .send(
            owner,
            "AVATAR",
            "me.png",
            "image/png",
            b"just some words, not a picture",
        )
        .await;
    let refused = h.complete(owner, &id).await;
    assert_eq!(
        error(&refused),
        ("BAD_USER_INPUT", Some("contentType")),
        "{refused}"
    );
    assert!(message(&refused).contains("text/plain"), "{refused}");
    let failed = h.asset(Some(owner), &id).await;
    assert_eq!(failed["data"]["mediaAsset"]["status"], "FAILED");
    assert!(
        failed["data"]["mediaAsset"]["failureReason"]
            .as_str()
            .unwrap()
            .contains("text/plain")
    );

    // A page disguised as a document is refused for every purpose.
    let id = h
        .send(
            owner,
            "OTHER",
            "report.pdf",
            "application/pdf",
            b"<!DOCTYPE html><script>alert(1)</script>",
        )
        .await;
    let refused = h.complete(owner, &id).await;
    assert_eq!(error(&refused), ("BAD_USER_INPUT", Some("contentType")));

    // Declared a JPEG, sent a PNG: fine, it is an image, and it is recorded
    // as what it is.
    let id = h
        .send(owner, "AVATAR", "me.jpg", "image/jpeg", &png(8, 8))
        .await;
    let completed = h.complete(owner, &id).await;
    assert_eq!(
        completed["data"]["completeUpload"]["contentType"],
        "image/png"
    );
}

#[tokio::test]
async fn limits_are_named_when_they_refuse() {
    let h = Harness::start().await;
    let owner = Uuid::now_v7();

    let too_big = h
        .create(owner, "AVATAR", "me.jpg", "image/jpeg", 10_000_001)
        .await;
    assert_eq!(error(&too_big), ("BAD_USER_INPUT", Some("byteSize")));
    assert!(message(&too_big).contains("limit of 10 MB"), "{too_big}");

    let image_in_post = h
        .create(owner, "POST_ATTACHMENT", "big.png", "image/png", 20_000_000)
        .await;
    assert_eq!(error(&image_in_post), ("BAD_USER_INPUT", Some("byteSize")));
    assert!(message(&image_in_post).contains("for images"));

    let wrong_type = h
        .create(owner, "AVATAR", "cv.pdf", "application/pdf", 1000)
        .await;
    assert_eq!(error(&wrong_type), ("BAD_USER_INPUT", Some("contentType")));
    assert!(message(&wrong_type).contains("image/jpeg"), "{wrong_type}");

    let never = h
        .create(owner, "POST_ATTACHMENT", "page.html", "text/html", 1000)
        .await;
    assert_eq!(error(&never), ("BAD_USER_INPUT", Some("contentType")));

    let empty = h.create(owner, "OTHER", "empty.txt", "text/plain", 0).await;
    assert_eq!(error(&empty), ("BAD_USER_INPUT", Some("byteSize")));

    let nameless = h.create(owner, "OTHER", "../", "text/plain", 10).await;
    assert_eq!(error(&nameless), ("BAD_USER_INPUT", Some("filename")));

    let signed_out = h
        .gql(
            None,
            "mutation { createUpload(input: {filename: \"a.png\", contentType: \"image/png\", byteSize: 10, purpose: AVATAR}) { uploadUrl } }",
            json!({}),
        )
        .await;
    assert_eq!(error(&signed_out).0, "UNAUTHENTICATED");

    // More bytes than declared: the upload URL refuses them.
    let created = h.create(owner, "OTHER", "a.txt", "text/plain", 10).await;
    let payload = &created["data"]["createUpload"];
    let status = h
        .put(
            payload["uploadUrl"].as_str().unwrap(),
            &payload["uploadHeaders"],
            b"0123456789AB".to_vec(),
        )
        .await;
    assert_eq!(status, 413);
    // Fewer: completing says what is missing, and the upload can go on.
    let id = payload["asset"]["id"].as_str().unwrap();
    let status = h
        .put(
            payload["uploadUrl"].as_str().unwrap(),
            &payload["uploadHeaders"],
            b"01234".to_vec(),
        )
        .await;
    assert_eq!(status, 400);
    let short = h.complete(owner, id).await;
    assert_eq!(
        error(&short),
        ("BAD_USER_INPUT", Some("byteSize")),
        "{short}"
    );
    let status = h
        .put(
            payload["uploadUrl"].as_str().unwrap(),
            &payload["uploadHeaders"],
            b"0123456789".to_vec(),
        )
        .await;
    assert_eq!(status, 200);
    let completed = h.complete(owner, id).await;
    assert_eq!(
        completed["data"]["completeUpload"]["status"], "PROCESSING",
        "{completed}"
    );
}

#[tokio::test]
async fn decompression_bombs_are_refused_before_decoding() {
    let h = Harness::start().await;
    let owner = Uuid::now_v7();
    let bomb = jpeg_claiming(30_000, 30_000);
    let id = h
        .send(owner, "POST_ATTACHMENT", "bomb.jpg", "image/jpeg", &bomb)
        .await;
    let refused = h.complete(owner, &id).await;
    assert_eq!(
        error(&refused),
        ("BAD_USER_INPUT", Some("pixels")),
        "{refused}"
    );
    assert!(message(&refused).contains("50000000"), "{refused}");
}

#[tokio::test]
async fn the_storage_quota_holds() {
    let h = Harness::start_with(|c| c.media.user_quota_bytes = 1_000).await;
    let owner = Uuid::now_v7();
    let first = h
        .send(owner, "OTHER", "a.txt", "text/plain", &[b'a'; 600])
        .await;
    let second = h.create(owner, "OTHER", "b.txt", "text/plain", 600).await;
    assert_eq!(error(&second), ("BAD_USER_INPUT", Some("byteSize")));
    assert!(
        message(&second).contains("quota of 1 KB (600 bytes used)"),
        "{second}"
    );
    // Someone else's quota is their own.
    let other = h
        .create(Uuid::now_v7(), "OTHER", "b.txt", "text/plain", 600)
        .await;
    assert!(other["errors"].is_null(), "{other}");

    let usage = h
        .ok(
            owner,
            "{ myMediaUsage { usedBytes quotaBytes assetCount } }",
            json!({}),
        )
        .await;
    assert_eq!(
        usage["myMediaUsage"],
        json!({ "usedBytes": 600.0, "quotaBytes": 1000.0, "assetCount": 1 })
    );

    // Deleting frees the space.
    h.ok(
        owner,
        "mutation($id: ID!) { deleteAsset(id: $id) }",
        json!({ "id": first }),
    )
    .await;
    let again = h.create(owner, "OTHER", "b.txt", "text/plain", 600).await;
    assert!(again["errors"].is_null(), "{again}");
}

#[tokio::test]
async fn uploads_per_hour_are_limited() {
    let h = Harness::start_with(|c| c.media.uploads_per_hour = 2).await;
    let owner = Uuid::now_v7();
    for _ in 0..2 {
        let created = h.create(owner, "OTHER", "a.txt", "text/plain", 5).await;
        assert!(created["errors"].is_null(), "{created}");
    }
    let limited = h.create(owner, "OTHER", "a.txt", "text/plain", 5).await;
    assert_eq!(error(&limited).0, "RATE_LIMITED");
    assert!(
        message(&limited).contains("at most 2 uploads per hour"),
        "{limited}"
    );
}

#[tokio::test]
async fn large_files_go_in_parts() {
    let part = 5 * 1024 * 1024;
    let h = Harness::start_with(|c| {
        c.media.part_size_bytes = part;
        c.media.multipart_threshold_bytes = part;
    })
    .await;
    let owner = Uuid::now_v7();
    let bytes = pdf(2 * part as usize + 12_345);
    let created = h
        .create(
            owner,
            "LESSON_MEDIA",
            "course.pdf",
            "application/pdf",
            bytes.len(),
        )
        .await;
    let payload = &created["data"]["createUpload"];
    assert!(payload["uploadUrl"].is_null(), "{created}");
    let parts = payload["parts"].as_array().unwrap().clone();
    assert_eq!(parts.len(), 3);
    assert_eq!(parts[2]["byteSize"], 12_345);
    let id = payload["asset"]["id"].as_str().unwrap().to_owned();
    let send = |index: usize| {
        let part = &parts[index];
        let offset = part["offset"].as_u64().unwrap() as usize;
        let size = part["byteSize"].as_u64().unwrap() as usize;
        h.put(
            part["url"].as_str().unwrap(),
            &part["headers"],
            bytes[offset..offset + size].to_vec(),
        )
    };
    // The last part first, then the first: the middle one is missing.
    assert_eq!(send(2).await, 200);
    assert_eq!(send(0).await, 200);
    let missing = h.complete(owner, &id).await;
    assert_eq!(
        error(&missing),
        ("BAD_USER_INPUT", Some("parts")),
        "{missing}"
    );
    assert!(message(&missing).contains("parts 2 "));
    assert_eq!(send(1).await, 200);
    let completed = h.complete(owner, &id).await;
    assert!(completed["errors"].is_null(), "{completed}");
    let asset = h.settled(owner, &id).await;
    assert_eq!(asset["status"], "READY");
    assert_eq!(asset["sha256"], sha256_hex(&bytes));
    let downloaded = h
        .client
        .get(asset["original"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert!(downloaded.as_ref() == bytes.as_slice());
}

#[tokio::test]
async fn a_wrong_checksum_fails_the_asset() {
    let h = Harness::start().await;
    let owner = Uuid::now_v7();
    let created = h
        .gql(
            Some(owner),
            "mutation($i: CreateUploadInput!) { createUpload(input: $i) { asset { id } uploadUrl uploadHeaders { name value } } }",
            json!({ "i": { "filename": "a.txt", "contentType": "text/plain", "byteSize": 5, "purpose": "OTHER", "checksumSha256": sha256_hex(b"other") } }),
        )
        .await;
    let payload = &created["data"]["createUpload"];
    h.put(
        payload["uploadUrl"].as_str().unwrap(),
        &payload["uploadHeaders"],
        b"hello".to_vec(),
    )
    .await;
    let id = payload["asset"]["id"].as_str().unwrap();
    h.complete(owner, id).await;
    let asset = h.settled(owner, id).await;
    assert_eq!(asset["status"], "FAILED");
    assert!(
        asset["failureReason"]
            .as_str()
            .unwrap()
            .contains("checksumSha256")
    );

    let bad = h
        .gql(
            Some(owner),
            "mutation($i: CreateUploadInput!) { createUpload(input: $i) { uploadUrl } }",
            json!({ "i": { "filename": "a.txt", "contentType": "text/plain", "byteSize": 5, "purpose": "OTHER", "checksumSha256": "xyz" } }),
        )
        .await;
    assert_eq!(error(&bad), ("BAD_USER_INPUT", Some("checksumSha256")));
}

#[tokio::test]
async fn only_the_uploader_deletes() {
    let h = Harness::start().await;
    let (owner, other) = (Uuid::now_v7(), Uuid::now_v7());
    let avatar = h
        .ready(owner, "AVATAR", "me.jpg", "image/jpeg", &jpeg(32, 32))
        .await;
    let id = avatar["id"].as_str().unwrap();
    let delete = "mutation($id: ID!) { deleteAsset(id: $id) }";
    // Public, so they may know it exists, but not delete it.
    let refused = h.gql(Some(other), delete, json!({ "id": id })).await;
    assert_eq!(error(&refused).0, "FORBIDDEN");
    let private = h
        .ready(owner, "OTHER", "notes.txt", "text/plain", b"secret notes")
        .await;
    let hidden = h
        .gql(Some(other), delete, json!({ "id": private["id"] }))
        .await;
    assert_eq!(error(&hidden).0, "NOT_FOUND");

    let link = avatar["original"].as_str().unwrap();
    h.ok(owner, delete, json!({ "id": id })).await;
    assert_eq!(h.client.get(link).send().await.unwrap().status(), 404);
    let gone = h.asset(Some(owner), id).await;
    assert_eq!(error(&gone).0, "NOT_FOUND");
}

#[tokio::test]
async fn cleanup_deletes_abandoned_uploads_and_detached_assets() {
    let h = Harness::start().await;
    let owner = Uuid::now_v7();
    let abandoned = h
        .send(owner, "OTHER", "a.txt", "text/plain", b"never completed")
        .await;
    let loose = h
        .ready(
            owner,
            "POST_ATTACHMENT",
            "loose.txt",
            "text/plain",
            b"never attached",
        )
        .await;
    let held = h
        .ready(
            owner,
            "POST_ATTACHMENT",
            "held.txt",
            "text/plain",
            b"attached",
        )
        .await;
    let avatar = h
        .ready(owner, "AVATAR", "me.jpg", "image/jpeg", &jpeg(16, 16))
        .await;
    let media =
        stunxt_platform::media::MediaClient::new(&h.base_url(), h.runtime.service_token.clone());
    media
        .set_attachments(&stunxt_platform::media::SetAttachments {
            parent: stunxt_platform::media::ParentRef {
                service: "discussions".into(),
                kind: "post".into(),
                id: "p1".into(),
            },
            access: Default::default(),
            owner_id: Some(owner),
            asset_ids: vec![held["id"].as_str().unwrap().parse().unwrap()],
        })
        .await
        .unwrap();

    let now = Utc::now();
    let report = h.state.media.cleanup(now).await.unwrap();
    assert_eq!(report, Default::default());
    let report = h
        .state
        .media
        .cleanup(now + TimeDelta::hours(25))
        .await
        .unwrap();
    assert_eq!((report.abandoned, report.detached), (1, 0));
    let upload = stunxt_media::storage::upload_key(abandoned.parse().unwrap());
    assert_eq!(h.state.media.storage().size(&upload).await.unwrap(), None);

    let report = h
        .state
        .media
        .cleanup(now + TimeDelta::days(8))
        .await
        .unwrap();
    assert_eq!(report.detached, 1);
    let gone = h.asset(Some(owner), loose["id"].as_str().unwrap()).await;
    assert_eq!(error(&gone).0, "NOT_FOUND");
    let loose_file = stunxt_media::storage::raw_key(loose["id"].as_str().unwrap().parse().unwrap());
    assert_eq!(
        h.state.media.storage().size(&loose_file).await.unwrap(),
        None
    );
    for kept in [&held, &avatar] {
        let still = h.asset(Some(owner), kept["id"].as_str().unwrap()).await;
        assert_eq!(still["data"]["mediaAsset"]["status"], "READY", "{still}");
    }

    // Detached from its post, the held one goes a week later.
    media
        .remove_parent(&stunxt_platform::media::ParentRef {
            service: "discussions".into(),
            kind: "post".into(),
            id: "p1".into(),
        })
        .await
        .unwrap();
    let report = h
        .state
        .media
        .cleanup(Utc::now() + TimeDelta::days(8))
        .await
        .unwrap();
    assert_eq!(report.detached, 1);
}
