//! The S3 backend against a real S3 API (moto server; `.ci/run` starts
//! one and sets `STUNXT_TEST_S3_ENDPOINT`). Skipped without it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use stunxt_media::storage::s3::S3Storage;
use stunxt_platform::config::{Config, S3Config, StorageKind};
use uuid::Uuid;

fn endpoint() -> Option<String> {
    std::env::var("STUNXT_TEST_S3_ENDPOINT").ok()
}

fn use_s3(config: &mut Config, endpoint: &str, bucket: &str) {
    config.media.storage = StorageKind::S3;
    config.media.s3 = S3Config {
        bucket: bucket.to_owned(),
        region: Some("us-east-1".into()),
        endpoint_url: Some(endpoint.to_owned()),
        access_key_id: Some("testing".into()),
        secret_access_key: Some("testing".to_owned().into()),
        force_path_style: true,
    };
}

async fn harness(configure: impl FnOnce(&mut Config)) -> Option<Harness> {
    let Some(endpoint) = endpoint() else {
        eprintln!("STUNXT_TEST_S3_ENDPOINT unset: S3 tests skipped");
        return None;
    };
    let bucket = format!("media-{}", Uuid::now_v7().simple());
    let mut config = Config::default();
    use_s3(&mut config, &endpoint, &bucket);
    S3Storage::new(&config.media.s3)
        .unwrap()
        .client()
        .create_bucket()
        .bucket(&bucket)
        .send()
        .await
        .unwrap();
    Some(
        Harness::start_with(|c| {
            use_s3(c, &endpoint, &bucket);
            configure(c);
        })
        .await,
    )
}

#[tokio::test]
async fn images_go_through_s3() {
    let Some(h) = harness(|_| {}).await else {
        return;
    };
    let owner = Uuid::now_v7();
    let bytes = jpeg_with_exif(300, 200);
    let asset = h
        .ready(owner, "POST_ATTACHMENT", "s3.jpg", "image/jpeg", &bytes)
        .await;
    assert_eq!(
        (asset["width"].as_i64(), asset["height"].as_i64()),
        (Some(200), Some(300))
    );
    assert_eq!(asset["sha256"], sha256_hex(&bytes));
    let url = asset["original"].as_str().unwrap();
    assert!(url.contains("X-Amz-Signature"), "{url}");
    let response = h.client.get(url).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let body = response.bytes().await.unwrap();
    assert!(!body.windows(10).any(|w| w == b"GPS-SECRET"));
    assert_eq!(image::load_from_memory(&body).unwrap().width(), 200);

    // (Checking presigned signatures is S3's job; moto does not.)

    // Wrong magic bytes are refused as locally.
    let id = h
        .send(owner, "AVATAR", "me.png", "image/png", b"no picture at all")
        .await;
    let refused = h.complete(owner, &id).await;
    assert_eq!(error(&refused), ("BAD_USER_INPUT", Some("contentType")));

    // Deleting removes the objects.
    let id = asset["id"].as_str().unwrap();
    h.ok(
        owner,
        "mutation($id: ID!) { deleteAsset(id: $id) }",
        serde_json::json!({ "id": id }),
    )
    .await;
    let key = stunxt_media::storage::variant_key(id.parse().unwrap(), "ORIGINAL");
    assert_eq!(h.state.media.storage().size(&key).await.unwrap(), None);
}

#[tokio::test]
async fn large_files_go_to_s3_in_parts() {
    let part = 5 * 1024 * 1024;
    let Some(h) = harness(|c| {
        c.media.part_size_bytes = part;
        c.media.multipart_threshold_bytes = part;
    })
    .await
    else {
        return;
    };
    let owner = Uuid::now_v7();
    let bytes = pdf(2 * part as usize + 1000);
    let created = h
        .create(
            owner,
            "LESSON_MEDIA",
            "big.pdf",
            "application/pdf",
            bytes.len(),
        )
        .await;
    let payload = &created["data"]["createUpload"];
    let parts = payload["parts"].as_array().unwrap().clone();
    assert_eq!(parts.len(), 3, "{created}");
    let id = payload["asset"]["id"].as_str().unwrap().to_owned();
    for (index, part) in parts.iter().enumerate() {
        let offset = part["offset"].as_u64().unwrap() as usize;
        let size = part["byteSize"].as_u64().unwrap() as usize;
        if index == 1 {
            let missing = h.complete(owner, &id).await;
            assert_eq!(
                error(&missing),
                ("BAD_USER_INPUT", Some("parts")),
                "{missing}"
            );
        }
        let status = h
            .put(
                part["url"].as_str().unwrap(),
                &part["headers"],
                bytes[offset..offset + size].to_vec(),
            )
            .await;
        assert!(status.is_success(), "part {index}: {status}");
    }
    let completed = h.complete(owner, &id).await;
    assert!(completed["errors"].is_null(), "{completed}");
    let asset = h.settled(owner, &id).await;
    assert_eq!(asset["status"], "READY", "{asset}");
    assert_eq!(asset["sha256"], sha256_hex(&bytes));
}
