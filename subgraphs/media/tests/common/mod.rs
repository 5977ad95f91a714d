//! What the media tests share: the media subgraph on a loopback port with
//! its processing job, the communities subgraph it asks about access, and
//! files to upload (images made on the spot).

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::{io::Cursor, time::Duration};

use image::{
    Delay, Frame, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage,
    codecs::{gif::GifEncoder, jpeg::JpegEncoder},
};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use stunxt_media::{State, router, spawn_jobs, storage};
use stunxt_platform::{
    access::AccessClient,
    config::Config,
    runtime::Runtime,
    testing::{TestDb, TestServer, TestSubgraph, graphql, spawn_on, spawn_subgraph, test_config},
};
use tokio::{net::TcpListener, task::JoinHandle};
use uuid::Uuid;

/// The key local download and upload links are signed with in tests.
pub const URL_KEY: [u8; 32] = [42; 32];

pub struct Harness {
    pub communities: TestSubgraph,
    pub server: TestServer,
    pub runtime: Runtime,
    pub state: State,
    pub db: TestDb,
    pub client: reqwest::Client,
    _jobs: Vec<JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

impl Harness {
    pub async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    pub async fn start_with(configure: impl FnOnce(&mut Config)) -> Self {
        let communities = spawn_subgraph::<stunxt_migrations::communities::Migrator, _>(
            "communities",
            |db, rt| stunxt_communities::router(stunxt_communities::State { db }, rt),
        )
        .await
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let db = TestDb::new::<stunxt_migrations::media::Migrator>("media")
            .await
            .unwrap();
        let mut config = test_config(dir.path());
        config.media.url_key = Some(
            base64::Engine::encode(&base64::engine::general_purpose::STANDARD, URL_KEY).into(),
        );
        configure(&mut config);
        let runtime = Runtime::new(config).await.unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (storage, local) = storage(&runtime, &base).unwrap();
        let access = AccessClient::http(
            &communities.server.url(""),
            communities.runtime.service_token.clone(),
        );
        let state = State::new(&runtime, db.conn.clone(), storage, local, access);
        let jobs = spawn_jobs(&state, &runtime);
        let server = spawn_on(listener, router(&state, &runtime)).unwrap();
        Self {
            communities,
            server,
            runtime,
            state,
            db,
            client: reqwest::Client::new(),
            _jobs: jobs,
            _dir: dir,
        }
    }

    pub fn base_url(&self) -> String {
        self.server.url("")
    }

    pub fn token(&self, user: Uuid) -> String {
        let signer = self.runtime.signer.as_ref().unwrap();
        signer.sign(user, Some(Uuid::now_v7()), vec![]).unwrap().0
    }

    pub async fn gql(&self, user: Option<Uuid>, query: &str, vars: Value) -> Value {
        let token = user.map(|u| self.token(u));
        graphql(
            &self.client,
            &self.server.url("/graphql"),
            token.as_deref(),
            query,
            vars,
        )
        .await
        .unwrap()
    }

    pub async fn ok(&self, user: Uuid, query: &str, vars: Value) -> Value {
        let body = self.gql(Some(user), query, vars).await;
        assert!(body["errors"].is_null(), "{query}: {body}");
        body["data"].clone()
    }

    /// `createUpload` as `user`; the whole answer.
    pub async fn create(
        &self,
        user: Uuid,
        purpose: &str,
        filename: &str,
        content_type: &str,
        size: usize,
    ) -> Value {
        self.gql(
            Some(user),
            "mutation($i: CreateUploadInput!) { createUpload(input: $i) {
                asset { id status } uploadUrl uploadHeaders { name value }
                parts { partNumber offset byteSize url headers { name value } } expiresAt } }",
            json!({ "i": {
                "filename": filename, "contentType": content_type,
                "byteSize": size, "purpose": purpose,
            }}),
        )
        .await
    }

    /// `PUT`s `bytes` to `url` with `headers`; the status.
    pub async fn put(&self, url: &str, headers: &Value, bytes: Vec<u8>) -> reqwest::StatusCode {
        let mut request = self.client.put(url).body(bytes);
        for header in headers.as_array().into_iter().flatten() {
            request = request.header(
                header["name"].as_str().unwrap(),
                header["value"].as_str().unwrap(),
            );
        }
        request.send().await.unwrap().status()
    }

    /// Creates and sends an upload of `bytes`; its id.
    pub async fn send(
        &self,
        user: Uuid,
        purpose: &str,
        filename: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> String {
        let created = self
            .create(user, purpose, filename, content_type, bytes.len())
            .await;
        assert!(created["errors"].is_null(), "{created}");
        let payload = &created["data"]["createUpload"];
        let status = self
            .put(
                payload["uploadUrl"].as_str().unwrap(),
                &payload["uploadHeaders"],
                bytes.to_vec(),
            )
            .await;
        assert!(status.is_success(), "upload answered {status}");
        payload["asset"]["id"].as_str().unwrap().to_owned()
    }

    pub async fn complete(&self, user: Uuid, id: &str) -> Value {
        self.gql(
            Some(user),
            "mutation($id: ID!) { completeUpload(id: $id) { id status contentType byteSize failureReason } }",
            json!({ "id": id }),
        )
        .await
    }

    /// The asset as `user` sees it.
    pub async fn asset(&self, user: Option<Uuid>, id: &str) -> Value {
        self.gql(
            user,
            "query($id: ID!) { mediaAsset(id: $id) {
                id status contentType byteSize width height blurhash animated sha256
                failureReason purpose filename owner { id }
                thumbnail: url(variant: THUMBNAIL) medium: url(variant: MEDIUM) original: url
                variants { variant contentType byteSize width height } } }",
            json!({ "id": id }),
        )
        .await
    }

    /// Waits until processing is over; the asset.
    pub async fn settled(&self, user: Uuid, id: &str) -> Value {
        for _ in 0..200 {
            let body = self.asset(Some(user), id).await;
            let asset = body["data"]["mediaAsset"].clone();
            match asset["status"].as_str() {
                Some("READY") | Some("FAILED") => return asset,
                Some(_) => tokio::time::sleep(Duration::from_millis(100)).await,
                None => panic!("{body}"),
            }
        }
        panic!("asset {id} still processing");
    }

    /// Uploads, completes and waits; the asset.
    pub async fn ready(
        &self,
        user: Uuid,
        purpose: &str,
        filename: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> Value {
        let id = self
            .send(user, purpose, filename, content_type, bytes)
            .await;
        let completed = self.complete(user, &id).await;
        assert!(completed["errors"].is_null(), "{completed}");
        let asset = self.settled(user, &id).await;
        assert_eq!(asset["status"], "READY", "{asset}");
        asset
    }

    /// A token of the communities subgraph for `user`.
    pub fn communities_token(&self, user: Uuid) -> String {
        let signer = self.communities.runtime.signer.as_ref().unwrap();
        signer.sign(user, Some(Uuid::now_v7()), vec![]).unwrap().0
    }

    pub async fn communities_gql(&self, user: Uuid, query: &str, vars: Value) -> Value {
        let token = self.communities_token(user);
        let body = graphql(
            &self.client,
            &self.communities.graphql_url(),
            Some(&token),
            query,
            vars,
        )
        .await
        .unwrap();
        assert!(body["errors"].is_null(), "{query}: {body}");
        body["data"].clone()
    }

    /// A private community of `owner` with `member` invited in; its id.
    pub async fn private_community(&self, owner: Uuid, member: Uuid) -> Uuid {
        let created = self
            .communities_gql(
                owner,
                "mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }",
                json!({ "i": { "name": "Inner", "slug": format!("inner-{}", &Uuid::now_v7().simple().to_string()[20..]), "visibility": "PRIVATE" } }),
            )
            .await;
        let community = created["createCommunity"]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let link = self
            .communities_gql(
                owner,
                "mutation($c: ID!) { createInviteLink(communityId: $c) { url } }",
                json!({ "c": community }),
            )
            .await;
        let token = link["createInviteLink"]["url"]
            .as_str()
            .unwrap()
            .split("token=")
            .nth(1)
            .unwrap()
            .to_owned();
        self.communities_gql(
            member,
            "mutation($t: String!) { acceptInvitation(token: $t) { role } }",
            json!({ "t": token }),
        )
        .await;
        community.parse().unwrap()
    }
}

/// The first error's `extensions.code` and `extensions.field`.
pub fn error(body: &Value) -> (&str, Option<&str>) {
    let extensions = &body["errors"][0]["extensions"];
    (
        extensions["code"].as_str().unwrap_or_default(),
        extensions["field"].as_str(),
    )
}

pub fn message(body: &Value) -> &str {
    body["errors"][0]["message"].as_str().unwrap_or_default()
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A JPEG of `width`×`height` (as stored, before orientation).
pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let image = RgbImage::from_fn(width, height, |x, y| {
        Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, 128])
    });
    let mut bytes = Vec::new();
    JpegEncoder::new_with_quality(&mut bytes, 90)
        .encode_image(&image)
        .unwrap();
    bytes
}

/// An EXIF block: orientation 6 (rotate 90° clockwise) and a GPS
/// position, as a phone camera writes them.
fn exif_segment() -> Vec<u8> {
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"MM\0\x2a\0\0\0\x08");
    // IFD0: 2 entries.
    tiff.extend_from_slice(&2u16.to_be_bytes());
    // Orientation (0x0112), SHORT, 1, value 6.
    tiff.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0]);
    // GPS IFD pointer (0x8825), LONG, 1, offset 38.
    tiff.extend_from_slice(&[0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38]);
    tiff.extend_from_slice(&0u32.to_be_bytes());
    // GPS IFD at 38: 1 entry, GPSLatitudeRef (1) ASCII "N".
    tiff.extend_from_slice(&1u16.to_be_bytes());
    tiff.extend_from_slice(&[0, 1, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0]);
    tiff.extend_from_slice(&0u32.to_be_bytes());
    tiff.extend_from_slice(b"GPS-SECRET-HOME-52.5200N-13.4050E");
    let mut segment = vec![0xff, 0xe1];
    let len = (2 + 6 + tiff.len()) as u16;
    segment.extend_from_slice(&len.to_be_bytes());
    segment.extend_from_slice(b"Exif\0\0");
    segment.extend_from_slice(&tiff);
    segment
}

/// A `width`×`height` JPEG carrying [`exif_segment`] right after its start.
pub fn jpeg_with_exif(width: u32, height: u32) -> Vec<u8> {
    let plain = jpeg(width, height);
    let mut bytes = plain[..2].to_vec();
    bytes.extend_from_slice(&exif_segment());
    bytes.extend_from_slice(&plain[2..]);
    bytes
}

/// A small JPEG whose header claims `width`×`height`.
pub fn jpeg_claiming(width: u16, height: u16) -> Vec<u8> {
    let mut bytes = jpeg(16, 16);
    let sof = bytes
        .windows(2)
        .position(|w| w == [0xff, 0xc0])
        .expect("baseline JPEG");
    bytes[sof + 5..sof + 7].copy_from_slice(&height.to_be_bytes());
    bytes[sof + 7..sof + 9].copy_from_slice(&width.to_be_bytes());
    bytes
}

/// A PNG with transparency.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let image = RgbaImage::from_fn(width, height, |x, _| Rgba([10, 200, 10, (x % 256) as u8]));
    let mut bytes = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
        .unwrap();
    bytes
}

/// A two-frame animated GIF.
pub fn animated_gif() -> Vec<u8> {
    let mut bytes = Vec::new();
    {
        let mut encoder = GifEncoder::new(&mut bytes);
        for colour in [[255, 0, 0, 255], [0, 0, 255, 255]] {
            let frame = Frame::from_parts(
                RgbaImage::from_pixel(24, 16, Rgba(colour)),
                0,
                0,
                Delay::from_numer_denom_ms(100, 1),
            );
            encoder.encode_frame(frame).unwrap();
        }
    }
    bytes
}

/// `len` bytes that detect as a PDF.
pub fn pdf(len: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    let mut state: u32 = 0x1234_5678;
    while bytes.len() < len {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        bytes.push(state as u8);
    }
    bytes.truncate(len);
    bytes
}
