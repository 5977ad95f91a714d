//! How other subgraphs attach media to what they own.
//!
//! A subgraph that stores media ids (a post's attachments, a conversation's
//! files) registers the *parent* with the media subgraph and says who may
//! read what hangs on it: anyone, the people who may `READ` a community or
//! space (checked through the communities access client), or a list of
//! readers (a conversation's participants). Media then serves those assets
//! only to such readers, and deletes assets nothing holds any more after
//! `media.detached_ttl_hours`.
//!
//! The calls go to the media subgraph's internal endpoint
//! ([`PARENTS_PATH`], service token only):
//!
//! - `PUT`: registers or updates the parent and sets its attachments to
//!   exactly `assetIds`. Newly attached assets must belong to `ownerId`
//!   when it is given (the user who wrote the post), and must not have
//!   failed; otherwise `400` with an [`InternalError`] naming
//!   `attachmentIds`.
//! - `DELETE`: the parent is gone; its assets are detached.

use std::time::Duration;

use reqwest::Method;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{error::AppError, service_client::ServiceClient};

/// The media subgraph's internal endpoint for parents.
pub const PARENTS_PATH: &str = "/internal/media/parents";

/// Something in another subgraph that assets hang on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ParentRef {
    /// The subgraph that owns it (`discussions`).
    pub service: String,
    /// Its kind there (`post`, `conversation`).
    pub kind: String,
    /// Its id there.
    pub id: String,
}

/// Who may read a parent's attachments. With nothing set, only each
/// asset's owner.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ParentAccess {
    /// Anyone.
    pub public: bool,
    /// Whoever may `READ` this community …
    pub community_id: Option<Uuid>,
    /// … and this space in it.
    pub space_id: Option<Uuid>,
    /// Exactly these people (replaces the earlier list).
    pub readers: Option<Vec<Uuid>>,
}

/// `PUT` body: the parent, its access, and its attachments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetAttachments {
    /// The parent.
    pub parent: ParentRef,
    /// Who may read its attachments.
    #[serde(default)]
    pub access: ParentAccess,
    /// Newly attached assets must belong to this user.
    pub owner_id: Option<Uuid>,
    /// The parent's attachments from now on.
    pub asset_ids: Vec<Uuid>,
}

/// `DELETE` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemoveParent {
    /// The parent that is gone.
    pub parent: ParentRef,
}

/// A refusal of the internal endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InternalError {
    /// The error code (`BAD_USER_INPUT`, …).
    pub code: String,
    /// The input it concerns.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
}

/// Calls the media subgraph's internal endpoint.
#[derive(Clone)]
pub struct MediaClient {
    client: ServiceClient,
}

impl MediaClient {
    /// The media subgraph at `base_url` (`http://host:port`), authenticated
    /// with the service `token`.
    pub fn new(base_url: &str, token: SecretString) -> Self {
        Self {
            client: ServiceClient::new("media", base_url, token, Duration::from_secs(10)),
        }
    }

    /// Registers `request.parent` with its access and attachments.
    pub async fn set_attachments(&self, request: &SetAttachments) -> Result<(), AppError> {
        self.send(Method::PUT, request).await
    }

    /// Detaches everything from `parent` and forgets it.
    pub async fn remove_parent(&self, parent: &ParentRef) -> Result<(), AppError> {
        let body = RemoveParent {
            parent: parent.clone(),
        };
        self.send(Method::DELETE, &body).await
    }

    async fn send<B: Serialize>(&self, method: Method, body: &B) -> Result<(), AppError> {
        let answer = self.client.send(method, PARENTS_PATH, body).await?;
        let status = answer.status();
        if status.is_success() {
            return Ok(());
        }
        if status == reqwest::StatusCode::BAD_REQUEST {
            // Media names what is wrong with the attachments.
            return match answer.json::<InternalError>().await {
                Ok(refusal) => Err(AppError::bad_input(
                    refusal.field.unwrap_or_else(|| "attachmentIds".to_owned()),
                    refusal.message,
                )),
                Err(err) => Err(err),
            };
        }
        Err(answer.refusal())
    }
}
