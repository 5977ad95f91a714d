//! Push devices: registered per app install and session, pruned when the
//! push service says a token is no longer valid.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::OnConflict,
};
use stunxt_platform::{AppError, error::db_err, ids::new_id};
use uuid::Uuid;

use super::Notifications;
use crate::entity::push_devices;

/// Devices one person may have; registering another forgets the one
/// least recently used.
pub const MAX_DEVICES: usize = 20;

/// The platforms a device may be.
pub const PLATFORMS: [&str; 3] = ["IOS", "ANDROID", "WEB"];

/// Whether `token` looks like an Expo push token.
pub fn is_expo_token(token: &str) -> bool {
    let inner = token
        .strip_prefix("ExponentPushToken[")
        .or_else(|| token.strip_prefix("ExpoPushToken["))
        .and_then(|t| t.strip_suffix(']'));
    inner.is_some_and(|t| {
        !t.is_empty()
            && t.len() <= 200
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    })
}

impl Notifications {
    /// Registers `token` for `user` from `session` (a token moves to its
    /// latest owner: one install, one person).
    pub async fn register_device(
        &self,
        user: Uuid,
        session: Option<Uuid>,
        token: &str,
        platform: &str,
    ) -> Result<push_devices::Model, AppError> {
        let token = token.trim();
        if !is_expo_token(token) {
            return Err(AppError::bad_input(
                "token",
                "not an Expo push token (ExponentPushToken[…])",
            ));
        }
        if !PLATFORMS.contains(&platform) {
            return Err(AppError::bad_input(
                "platform",
                "must be IOS, ANDROID or WEB",
            ));
        }
        let now = Utc::now();
        push_devices::Entity::insert(push_devices::ActiveModel {
            id: Set(new_id()),
            user_id: Set(user),
            session_id: Set(session),
            token: Set(token.to_owned()),
            platform: Set(platform.to_owned()),
            created_at: Set(now),
            last_used_at: Set(now),
        })
        .on_conflict(
            OnConflict::column(push_devices::Column::Token)
                .update_columns([
                    push_devices::Column::UserId,
                    push_devices::Column::SessionId,
                    push_devices::Column::Platform,
                    push_devices::Column::LastUsedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&self.db)
        .await
        .map_err(db_err)?;
        let mine = self.devices(user).await?;
        if mine.len() > MAX_DEVICES {
            push_devices::Entity::delete_many()
                .filter(push_devices::Column::Id.is_in(mine.iter().skip(MAX_DEVICES).map(|d| d.id)))
                .exec(&self.db)
                .await
                .map_err(db_err)?;
        }
        push_devices::Entity::find()
            .filter(push_devices::Column::Token.eq(token))
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("device vanished")))
    }

    /// Forgets `token` if it is `user`'s; whether it was.
    pub async fn unregister_device(&self, user: Uuid, token: &str) -> Result<bool, AppError> {
        Ok(push_devices::Entity::delete_many()
            .filter(push_devices::Column::UserId.eq(user))
            .filter(push_devices::Column::Token.eq(token.trim()))
            .exec(&self.db)
            .await
            .map_err(db_err)?
            .rows_affected
            > 0)
    }

    /// `user`'s devices, newest first.
    pub async fn devices(&self, user: Uuid) -> Result<Vec<push_devices::Model>, AppError> {
        push_devices::Entity::find()
            .filter(push_devices::Column::UserId.eq(user))
            .order_by_desc(push_devices::Column::LastUsedAt)
            .all(&self.db)
            .await
            .map_err(db_err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expo_tokens_are_recognised() {
        assert!(is_expo_token("ExponentPushToken[xxxxxxxxxxxxxxxxxxxxxx]"));
        assert!(is_expo_token("ExpoPushToken[abc-DEF_123]"));
        assert!(!is_expo_token("ExponentPushToken[]"));
        assert!(!is_expo_token("ExponentPushToken[a b]"));
        assert!(!is_expo_token("fcm:abcdef"));
    }
}
