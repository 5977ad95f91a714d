//! An S3-compatible bucket (`aws-sdk-s3`): clients upload and download
//! through presigned URLs; the subgraph itself only checks, moves and
//! deletes objects. Credentials come from `media.s3` or the usual
//! `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` variables.
//!
//! Give the bucket a lifecycle rule that expires `uploads/` after a few
//! days and aborts incomplete multipart uploads: a presigned upload URL
//! stays usable until it expires, even after the upload was completed and
//! moved away.

use std::time::Duration;

use anyhow::Context;
use async_trait::async_trait;
use aws_credential_types::Credentials;
use aws_sdk_s3::{
    Client,
    config::{BehaviorVersion, Region},
    presigning::{PresignedRequest, PresigningConfig},
    primitives::ByteStream,
    types::{CompletedMultipartUpload, CompletedPart},
};
use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};
use chrono::{DateTime, Utc};
use secrecy::ExposeSecret;
use stunxt_platform::config::S3Config;

use super::{Download, ObjectReader, Presigned, Storage, StorageError, content_disposition};

/// A bucket.
pub struct S3Storage {
    client: Client,
    bucket: String,
}

fn other(err: impl std::error::Error + Send + Sync + 'static) -> StorageError {
    StorageError::Other(anyhow::Error::new(err))
}

fn expires_in(expires_at: DateTime<Utc>) -> Result<PresigningConfig, StorageError> {
    let left = (expires_at - Utc::now())
        .to_std()
        .unwrap_or(Duration::from_secs(1));
    PresigningConfig::expires_in(left).map_err(other)
}

fn presigned(request: &PresignedRequest) -> Presigned {
    Presigned {
        url: request.uri().to_owned(),
        headers: request
            .headers()
            // Clients send these themselves (browsers may not set them).
            .filter(|(name, _)| {
                !name.eq_ignore_ascii_case("host") && !name.eq_ignore_ascii_case("content-length")
            })
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect(),
    }
}

impl S3Storage {
    /// The bucket `config` names.
    pub fn new(config: &S3Config) -> anyhow::Result<Self> {
        let access_key = config
            .access_key_id
            .clone()
            .or_else(|| std::env::var("AWS_ACCESS_KEY_ID").ok())
            .context("media.s3.access_key_id (or AWS_ACCESS_KEY_ID) is required")?;
        let secret = config
            .secret_access_key
            .as_ref()
            .map(|s| s.expose_secret().to_owned())
            .or_else(|| std::env::var("AWS_SECRET_ACCESS_KEY").ok())
            .context("media.s3.secret_access_key (or AWS_SECRET_ACCESS_KEY) is required")?;
        let http = aws_smithy_http_client::Builder::new()
            .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
            .build_https();
        let mut builder = aws_sdk_s3::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new(
                config.region.clone().unwrap_or_else(|| "us-east-1".into()),
            ))
            .credentials_provider(Credentials::new(
                access_key,
                secret,
                None,
                None,
                "stunxt-config",
            ))
            .force_path_style(config.force_path_style)
            .http_client(http);
        if let Some(endpoint) = &config.endpoint_url {
            builder = builder.endpoint_url(endpoint);
        }
        Ok(Self {
            client: Client::from_conf(builder.build()),
            bucket: config.bucket.clone(),
        })
    }

    /// The SDK client (tests create buckets with it).
    pub fn client(&self) -> &Client {
        &self.client
    }
}

#[async_trait]
impl Storage for S3Storage {
    fn kind(&self) -> &'static str {
        "s3"
    }

    async fn start_multipart(&self, key: &str, content_type: &str) -> Result<String, StorageError> {
        let started = self
            .client
            .create_multipart_upload()
            .bucket(&self.bucket)
            .key(key)
            .content_type(content_type)
            .send()
            .await
            .map_err(other)?;
        started
            .upload_id()
            .map(str::to_owned)
            .ok_or_else(|| StorageError::Other(anyhow::anyhow!("no upload id from S3")))
    }

    async fn presign_put(
        &self,
        key: &str,
        content_type: &str,
        size: u64,
        expires_at: DateTime<Utc>,
    ) -> Result<Presigned, StorageError> {
        let request = self
            .client
            .put_object()
            .bucket(&self.bucket)
            .key(key)
            .content_type(content_type)
            .content_length(size as i64)
            .presigned(expires_in(expires_at)?)
            .await
            .map_err(other)?;
        Ok(presigned(&request))
    }

    async fn presign_part(
        &self,
        key: &str,
        upload_id: &str,
        number: i32,
        _offset: u64,
        size: u64,
        expires_at: DateTime<Utc>,
    ) -> Result<Presigned, StorageError> {
        let request = self
            .client
            .upload_part()
            .bucket(&self.bucket)
            .key(key)
            .upload_id(upload_id)
            .part_number(number)
            .content_length(size as i64)
            .presigned(expires_in(expires_at)?)
            .await
            .map_err(other)?;
        Ok(presigned(&request))
    }

    async fn finish_multipart(
        &self,
        key: &str,
        upload_id: &str,
        parts: i32,
    ) -> Result<(), StorageError> {
        let mut received = Vec::new();
        let mut marker: Option<String> = None;
        loop {
            let page = self
                .client
                .list_parts()
                .bucket(&self.bucket)
                .key(key)
                .upload_id(upload_id)
                .set_part_number_marker(marker.clone())
                .send()
                .await
                .map_err(other)?;
            for part in page.parts() {
                if let (Some(number), Some(etag)) = (part.part_number(), part.e_tag()) {
                    received.push((number, etag.to_owned()));
                }
            }
            match page.next_part_number_marker() {
                Some(next) if page.is_truncated() == Some(true) => marker = Some(next.to_owned()),
                _ => break,
            }
        }
        let missing: Vec<i32> = (1..=parts)
            .filter(|n| !received.iter().any(|(number, _)| number == n))
            .collect();
        if !missing.is_empty() {
            return Err(StorageError::MissingParts(missing));
        }
        received.sort_by_key(|(number, _)| *number);
        let completed = CompletedMultipartUpload::builder()
            .set_parts(Some(
                received
                    .into_iter()
                    .filter(|(number, _)| *number <= parts)
                    .map(|(number, etag)| {
                        CompletedPart::builder()
                            .part_number(number)
                            .e_tag(etag)
                            .build()
                    })
                    .collect(),
            ))
            .build();
        self.client
            .complete_multipart_upload()
            .bucket(&self.bucket)
            .key(key)
            .upload_id(upload_id)
            .multipart_upload(completed)
            .send()
            .await
            .map_err(other)?;
        Ok(())
    }

    async fn abort_multipart(&self, key: &str, upload_id: &str) -> Result<(), StorageError> {
        let aborted = self
            .client
            .abort_multipart_upload()
            .bucket(&self.bucket)
            .key(key)
            .upload_id(upload_id)
            .send()
            .await;
        if let Err(err) = aborted {
            // Already completed or aborted: nothing left to drop.
            tracing::debug!(error = %err, key, "aborting a multipart upload");
        }
        self.delete(key).await
    }

    async fn size(&self, key: &str) -> Result<Option<u64>, StorageError> {
        match self
            .client
            .head_object()
            .bucket(&self.bucket)
            .key(key)
            .send()
            .await
        {
            Ok(head) => Ok(Some(head.content_length().unwrap_or(0).max(0) as u64)),
            Err(err) => {
                let err = err.into_service_error();
                if err.is_not_found() {
                    Ok(None)
                } else {
                    Err(other(err))
                }
            }
        }
    }

    async fn head_bytes(&self, key: &str, len: usize) -> Result<Vec<u8>, StorageError> {
        if len == 0 || self.size(key).await? == Some(0) {
            return Ok(Vec::new());
        }
        let object = self
            .client
            .get_object()
            .bucket(&self.bucket)
            .key(key)
            .range(format!("bytes=0-{}", len - 1))
            .send()
            .await
            .map_err(other)?;
        let bytes = object.body.collect().await.map_err(other)?.into_bytes();
        Ok(bytes.to_vec())
    }

    async fn reader(&self, key: &str) -> Result<ObjectReader, StorageError> {
        let object = self
            .client
            .get_object()
            .bucket(&self.bucket)
            .key(key)
            .send()
            .await
            .map_err(|err| {
                let err = err.into_service_error();
                if err.is_no_such_key() {
                    StorageError::Missing(key.to_owned())
                } else {
                    other(err)
                }
            })?;
        Ok(Box::pin(object.body.into_async_read()))
    }

    async fn put(&self, key: &str, bytes: Vec<u8>, content_type: &str) -> Result<(), StorageError> {
        self.client
            .put_object()
            .bucket(&self.bucket)
            .key(key)
            .content_type(content_type)
            .body(ByteStream::from(bytes))
            .send()
            .await
            .map_err(other)?;
        Ok(())
    }

    async fn rename(&self, from: &str, to: &str) -> Result<(), StorageError> {
        if self.size(from).await?.is_none() {
            return Err(StorageError::Missing(from.to_owned()));
        }
        self.client
            .copy_object()
            .bucket(&self.bucket)
            .copy_source(format!("{}/{from}", self.bucket))
            .key(to)
            .send()
            .await
            .map_err(other)?;
        self.delete(from).await
    }

    async fn delete(&self, key: &str) -> Result<(), StorageError> {
        self.client
            .delete_object()
            .bucket(&self.bucket)
            .key(key)
            .send()
            .await
            .map_err(other)?;
        Ok(())
    }

    async fn presign_get(
        &self,
        key: &str,
        download: &Download<'_>,
    ) -> Result<String, StorageError> {
        let request = self
            .client
            .get_object()
            .bucket(&self.bucket)
            .key(key)
            .response_content_type(download.content_type)
            .response_content_disposition(content_disposition(download.filename, download.inline))
            .presigned(expires_in(download.expires_at)?)
            .await
            .map_err(other)?;
        Ok(request.uri().to_owned())
    }
}
