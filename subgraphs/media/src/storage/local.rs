//! Files under a directory, uploaded and downloaded through the media
//! subgraph's own routes with URLs signed by HMAC-SHA256 and expiring:
//!
//! - `PUT /media/upload?key&part&offset&size&exp&sig`: writes exactly
//!   `size` bytes at `offset` of the upload (`413` past it, `400` short of
//!   it; `409` once the upload was completed).
//! - `GET /media/file?key&type&name&inline&exp&sig`: the object, with the
//!   media type and file name the link was signed with, ranges supported.
//!
//! A wrong or altered signature and an expired link are both `403`.

use std::{
    path::{Path, PathBuf},
    sync::Arc,
};

use async_trait::async_trait;
use axum::{
    Router,
    body::Body,
    extract::{Query, Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, put},
};
use chrono::{DateTime, Utc};
use futures::StreamExt;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;
use tokio::io::{AsyncSeekExt, AsyncWriteExt};
use tower::ServiceExt;
use tower_http::{
    cors::{Any, CorsLayer},
    services::ServeFile,
};
use uuid::Uuid;

use super::{
    Download, ObjectReader, Presigned, Storage, StorageError, content_disposition, raw_key,
};

/// The route uploads are sent to.
pub const UPLOAD_PATH: &str = "/media/upload";
/// The route downloads are served from.
pub const FILE_PATH: &str = "/media/file";

/// Signs and checks the URLs of local storage.
#[derive(Clone)]
pub struct UrlSigner {
    key: [u8; 32],
    base_url: String,
}

impl UrlSigner {
    /// Signs with `key`; URLs start with `base_url` (`http://host:port`).
    pub fn new(key: [u8; 32], base_url: &str) -> Self {
        Self {
            key,
            base_url: base_url.trim_end_matches('/').to_owned(),
        }
    }

    fn mac(&self, parts: &[&str]) -> String {
        #[allow(clippy::expect_used)] // HMAC takes keys of any length.
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("any key length");
        for part in parts {
            mac.update(part.as_bytes());
            mac.update(b"\n");
        }
        hex::encode(mac.finalize().into_bytes())
    }

    fn verify(&self, parts: &[&str], sig: &str) -> bool {
        #[allow(clippy::expect_used)] // HMAC takes keys of any length.
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("any key length");
        for part in parts {
            mac.update(part.as_bytes());
            mac.update(b"\n");
        }
        hex::decode(sig).is_ok_and(|sig| mac.verify_slice(&sig).is_ok())
    }

    fn url(&self, path: &str, params: &[(&str, &str)]) -> String {
        let mut url = format!("{}{path}?", self.base_url);
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(params)
            .finish();
        url.push_str(&query);
        url
    }

    /// The URL that writes `size` bytes at `offset` of `key` (part `part`,
    /// 0 for a single upload) until `expires_at`.
    pub fn put_url(
        &self,
        key: &str,
        part: i32,
        offset: u64,
        size: u64,
        expires_at: DateTime<Utc>,
    ) -> String {
        let (part, offset, size, exp) = (
            part.to_string(),
            offset.to_string(),
            size.to_string(),
            expires_at.timestamp().to_string(),
        );
        let sig = self.mac(&["PUT", key, &part, &offset, &size, &exp]);
        self.url(
            UPLOAD_PATH,
            &[
                ("key", key),
                ("part", &part),
                ("offset", &offset),
                ("size", &size),
                ("exp", &exp),
                ("sig", &sig),
            ],
        )
    }

    /// The URL that downloads `key` as `download` describes.
    pub fn get_url(&self, key: &str, download: &Download<'_>) -> String {
        let inline = if download.inline { "1" } else { "0" };
        let exp = download.expires_at.timestamp().to_string();
        let sig = self.mac(&[
            "GET",
            key,
            download.content_type,
            download.filename,
            inline,
            &exp,
        ]);
        self.url(
            FILE_PATH,
            &[
                ("key", key),
                ("type", download.content_type),
                ("name", download.filename),
                ("inline", inline),
                ("exp", &exp),
                ("sig", &sig),
            ],
        )
    }
}

/// Files under a directory.
pub struct LocalStorage {
    root: PathBuf,
    signer: UrlSigner,
}

impl LocalStorage {
    /// Storage under `root`, its URLs signed by `signer`.
    pub fn new(root: PathBuf, signer: UrlSigner) -> Self {
        Self { root, signer }
    }

    fn path(&self, key: &str) -> Result<PathBuf, StorageError> {
        if !valid_key(key) {
            return Err(StorageError::Other(anyhow::anyhow!("invalid key {key:?}")));
        }
        Ok(self.root.join(key))
    }

    fn parts_dir(&self, key: &str) -> Result<PathBuf, StorageError> {
        Ok(self.path(key)?.with_extension("parts"))
    }

    /// The upload and download routes of this storage. Browsers may call
    /// them from any origin: a signed URL is the whole credential (no
    /// cookies, nothing ambient), as with a presigned S3 URL.
    pub fn routes(self: Arc<Self>) -> Router {
        let cors = CorsLayer::new()
            .allow_origin(Any)
            .allow_methods([Method::GET, Method::HEAD, Method::PUT])
            .allow_headers(Any)
            .expose_headers([header::ETAG, header::CONTENT_LENGTH, header::CONTENT_RANGE])
            .max_age(std::time::Duration::from_secs(3600));
        Router::new()
            .route(UPLOAD_PATH, put(receive))
            .route(FILE_PATH, get(serve))
            .layer(cors)
            .with_state(self)
    }
}

/// Keys are `uploads/<uuid>` or `files/<uuid>/<lowercase word>`: nothing
/// that could leave the directory.
fn valid_key(key: &str) -> bool {
    let mut parts = key.split('/');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some("uploads"), Some(id), None, None) => Uuid::parse_str(id).is_ok(),
        (Some("files"), Some(id), Some(name), None) => {
            Uuid::parse_str(id).is_ok()
                && !name.is_empty()
                && name.chars().all(|c| c.is_ascii_lowercase())
        }
        _ => false,
    }
}

async fn ensure_parent(path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        tokio::fs::create_dir_all(dir).await?;
    }
    Ok(())
}

#[async_trait]
impl Storage for LocalStorage {
    fn kind(&self) -> &'static str {
        "local"
    }

    async fn start_multipart(
        &self,
        key: &str,
        _content_type: &str,
    ) -> Result<String, StorageError> {
        tokio::fs::create_dir_all(self.parts_dir(key)?).await?;
        Ok("local".to_owned())
    }

    async fn presign_put(
        &self,
        key: &str,
        content_type: &str,
        size: u64,
        expires_at: DateTime<Utc>,
    ) -> Result<Presigned, StorageError> {
        self.path(key)?;
        Ok(Presigned {
            url: self.signer.put_url(key, 0, 0, size, expires_at),
            headers: vec![("content-type".to_owned(), content_type.to_owned())],
        })
    }

    async fn presign_part(
        &self,
        key: &str,
        _upload_id: &str,
        number: i32,
        offset: u64,
        size: u64,
        expires_at: DateTime<Utc>,
    ) -> Result<Presigned, StorageError> {
        self.path(key)?;
        Ok(Presigned {
            url: self.signer.put_url(key, number, offset, size, expires_at),
            headers: Vec::new(),
        })
    }

    async fn finish_multipart(
        &self,
        key: &str,
        _upload_id: &str,
        parts: i32,
    ) -> Result<(), StorageError> {
        let dir = self.parts_dir(key)?;
        let mut missing = Vec::new();
        for number in 1..=parts {
            if !tokio::fs::try_exists(dir.join(number.to_string())).await? {
                missing.push(number);
            }
        }
        if !missing.is_empty() {
            return Err(StorageError::MissingParts(missing));
        }
        tokio::fs::remove_dir_all(&dir).await?;
        Ok(())
    }

    async fn abort_multipart(&self, key: &str, _upload_id: &str) -> Result<(), StorageError> {
        match tokio::fs::remove_dir_all(self.parts_dir(key)?).await {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err.into()),
            _ => self.delete(key).await,
        }
    }

    async fn size(&self, key: &str) -> Result<Option<u64>, StorageError> {
        match tokio::fs::metadata(self.path(key)?).await {
            Ok(meta) => Ok(Some(meta.len())),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(err.into()),
        }
    }

    async fn head_bytes(&self, key: &str, len: usize) -> Result<Vec<u8>, StorageError> {
        use tokio::io::AsyncReadExt;
        let mut reader = self.reader(key).await?.take(len as u64);
        let mut bytes = Vec::with_capacity(len);
        reader.read_to_end(&mut bytes).await?;
        Ok(bytes)
    }

    async fn reader(&self, key: &str) -> Result<ObjectReader, StorageError> {
        match tokio::fs::File::open(self.path(key)?).await {
            Ok(file) => Ok(Box::pin(file)),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                Err(StorageError::Missing(key.to_owned()))
            }
            Err(err) => Err(err.into()),
        }
    }

    async fn put(
        &self,
        key: &str,
        bytes: Vec<u8>,
        _content_type: &str,
    ) -> Result<(), StorageError> {
        let path = self.path(key)?;
        ensure_parent(&path).await?;
        // Written whole, then renamed: readers never see half a file.
        let partial = path.with_extension("partial");
        tokio::fs::write(&partial, bytes).await?;
        tokio::fs::rename(&partial, &path).await?;
        Ok(())
    }

    async fn rename(&self, from: &str, to: &str) -> Result<(), StorageError> {
        let (from_path, to_path) = (self.path(from)?, self.path(to)?);
        ensure_parent(&to_path).await?;
        match tokio::fs::rename(&from_path, &to_path).await {
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                Err(StorageError::Missing(from.to_owned()))
            }
            other => Ok(other?),
        }
    }

    async fn delete(&self, key: &str) -> Result<(), StorageError> {
        let path = self.path(key)?;
        match tokio::fs::remove_file(&path).await {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => return Err(err.into()),
            _ => {}
        }
        // Drop the asset's directory once it is empty.
        if key.starts_with("files/")
            && let Some(dir) = path.parent()
        {
            let _ = tokio::fs::remove_dir(dir).await;
        }
        Ok(())
    }

    async fn presign_get(
        &self,
        key: &str,
        download: &Download<'_>,
    ) -> Result<String, StorageError> {
        self.path(key)?;
        Ok(self.signer.get_url(key, download))
    }
}

#[derive(Deserialize)]
struct PutParams {
    key: String,
    part: i32,
    offset: u64,
    size: u64,
    exp: i64,
    sig: String,
}

fn refuse(status: StatusCode, message: &'static str) -> Response {
    (status, message).into_response()
}

async fn receive(
    State(storage): State<Arc<LocalStorage>>,
    Query(params): Query<PutParams>,
    body: Body,
) -> Response {
    let fields = [
        "PUT",
        params.key.as_str(),
        &params.part.to_string(),
        &params.offset.to_string(),
        &params.size.to_string(),
        &params.exp.to_string(),
    ];
    if !storage.signer.verify(&fields, &params.sig) {
        return refuse(StatusCode::FORBIDDEN, "invalid signature");
    }
    if params.exp < Utc::now().timestamp() {
        return refuse(StatusCode::FORBIDDEN, "this link has expired");
    }
    let Ok(path) = storage.path(&params.key) else {
        return refuse(StatusCode::BAD_REQUEST, "invalid key");
    };
    let Some(asset) = params
        .key
        .strip_prefix("uploads/")
        .and_then(|id| Uuid::parse_str(id).ok())
    else {
        return refuse(StatusCode::BAD_REQUEST, "not an upload");
    };
    if matches!(storage.size(&raw_key(asset)).await, Ok(Some(_))) {
        return refuse(StatusCode::CONFLICT, "this upload is already complete");
    }
    match write_part(&storage, &path, &params, body).await {
        Ok(()) => StatusCode::OK.into_response(),
        Err(response) => response,
    }
}

async fn write_part(
    storage: &LocalStorage,
    path: &Path,
    params: &PutParams,
    body: Body,
) -> Result<(), Response> {
    let internal = |err: std::io::Error| {
        tracing::error!(error = %err, "writing an upload failed");
        refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            "could not store the upload",
        )
    };
    ensure_parent(path).await.map_err(internal)?;
    let mut file = tokio::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .await
        .map_err(internal)?;
    if params.part == 0 {
        // A single upload replaces whatever an earlier attempt left.
        file.set_len(0).await.map_err(internal)?;
    }
    file.seek(std::io::SeekFrom::Start(params.offset))
        .await
        .map_err(internal)?;
    let mut written: u64 = 0;
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|_| refuse(StatusCode::BAD_REQUEST, "the upload broke off"))?;
        written += chunk.len() as u64;
        if written > params.size {
            return Err(refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                "more bytes than this upload was declared with",
            ));
        }
        file.write_all(&chunk).await.map_err(internal)?;
    }
    if written < params.size {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "fewer bytes than this upload was declared with",
        ));
    }
    file.flush().await.map_err(internal)?;
    if params.part > 0 {
        let marker = storage
            .parts_dir(&params.key)
            .map_err(|_| refuse(StatusCode::BAD_REQUEST, "invalid key"))?
            .join(params.part.to_string());
        tokio::fs::write(marker, b"").await.map_err(internal)?;
    }
    Ok(())
}

#[derive(Deserialize)]
struct GetParams {
    key: String,
    #[serde(rename = "type")]
    content_type: String,
    name: String,
    inline: String,
    exp: i64,
    sig: String,
}

async fn serve(
    State(storage): State<Arc<LocalStorage>>,
    Query(params): Query<GetParams>,
    request: Request,
) -> Response {
    let fields = [
        "GET",
        params.key.as_str(),
        params.content_type.as_str(),
        params.name.as_str(),
        params.inline.as_str(),
        &params.exp.to_string(),
    ];
    if !storage.signer.verify(&fields, &params.sig) {
        return refuse(StatusCode::FORBIDDEN, "invalid signature");
    }
    let now = Utc::now().timestamp();
    if params.exp < now {
        return refuse(StatusCode::FORBIDDEN, "this link has expired");
    }
    let Ok(path) = storage.path(&params.key) else {
        return refuse(StatusCode::BAD_REQUEST, "invalid key");
    };
    let Ok(mut response) = ServeFile::new(path).oneshot(request).await;
    if response.status() == StatusCode::NOT_FOUND {
        return refuse(StatusCode::NOT_FOUND, "no such file");
    }
    let headers = response.headers_mut();
    let pairs = [
        (header::CONTENT_TYPE, params.content_type.clone()),
        (
            header::CONTENT_DISPOSITION,
            content_disposition(&params.name, params.inline == "1"),
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; sandbox".to_owned(),
        ),
        (
            header::CACHE_CONTROL,
            format!("private, max-age={}", (params.exp - now).max(0)),
        ),
    ];
    for (name, value) in pairs {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    }
    response.map(Body::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_stay_inside_the_directory() {
        let id = Uuid::now_v7();
        assert!(valid_key(&format!("uploads/{id}")));
        assert!(valid_key(&format!("files/{id}/thumbnail")));
        assert!(!valid_key(&format!("files/{id}/../../etc")));
        assert!(!valid_key("uploads/../../etc/passwd"));
        assert!(!valid_key(&format!("files/{id}/Raw")));
        assert!(!valid_key(&format!("/files/{id}/raw")));
    }

    #[test]
    fn signatures_cover_every_field() {
        let signer = UrlSigner::new([7; 32], "http://127.0.0.1:1");
        let fields = ["PUT", "uploads/x", "0", "0", "10", "99"];
        let sig = signer.mac(&fields);
        assert!(signer.verify(&fields, &sig));
        for i in 0..fields.len() {
            let mut changed = fields;
            changed[i] = "11";
            assert!(!signer.verify(&changed, &sig), "field {i}");
        }
        assert!(!signer.verify(&fields, "zz"));
        let other = UrlSigner::new([8; 32], "http://127.0.0.1:1");
        assert!(!other.verify(&fields, &sig));
    }
}
