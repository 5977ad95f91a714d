//! Invitations (mailed, single use; or shareable links with a use limit)
//! and join requests (to REQUEST communities and private spaces).

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait,
    sea_query::{Expr, ExprTrait},
};
use sha2::{Digest, Sha256};
use stunxt_platform::{
    ids::new_id,
    mail::{Action, Letter, Mailer},
    ratelimit::RateLimiter,
};
use uuid::Uuid;

use crate::{
    entity::{community_members, invitations, join_requests, spaces},
    error::CommunityError,
    service::{
        access::Access,
        communities::{Communities, emit},
        log::{self, Entry},
        policy::{Denial, JoinPolicy, Permission, Role, SpaceVisibility},
        spaces::add_space_member,
        validate,
    },
};

/// Default lifetime of an invitation.
pub const DEFAULT_EXPIRY_DAYS: i64 = 7;
/// The longest lifetime one may ask for.
pub const MAX_EXPIRY_DAYS: i64 = 90;
/// Invitation mails one community may send per hour.
pub const MAILS_PER_HOUR: u32 = 100;

/// A new invitation with its token (shown once).
#[derive(Debug, Clone)]
pub struct Issued {
    /// The stored invitation.
    pub invitation: invitations::Model,
    /// The secret the link carries.
    pub token: String,
    /// The link to share.
    pub url: String,
}

/// Invitation and join-request operations.
#[derive(Clone)]
pub struct Invitations {
    db: DatabaseConnection,
    access: Access,
    communities: Communities,
    mailer: Mailer,
    limiter: RateLimiter,
}

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn hash(token: &str) -> String {
    format!("{:x}", Sha256::digest(token.as_bytes()))
}

impl Invitations {
    /// Invitations stored in `db`, mailed with `mailer`.
    pub fn new(db: DatabaseConnection, mailer: Mailer, limiter: RateLimiter) -> Self {
        Self {
            access: Access::new(db.clone()),
            communities: Communities::new(db.clone()),
            db,
            mailer,
            limiter,
        }
    }

    /// Mails an invitation to `email` giving `role` (`MANAGE_MEMBERS`;
    /// roles below the inviter's).
    pub async fn invite(
        &self,
        actor: Uuid,
        community: Uuid,
        email: &str,
        role: Role,
        expires_in_days: Option<i64>,
    ) -> Result<Issued, CommunityError> {
        let email = stunxt_platform::validate::email(email)
            .ok_or_else(|| CommunityError::invalid("email", "enter a valid email address"))?;
        let issued = self
            .issue(
                actor,
                community,
                Some(email.clone()),
                role,
                Some(1),
                expires_in_days,
            )
            .await?;
        self.mail(&issued, &email).await?;
        Ok(issued)
    }

    /// A shareable invite link for `max_uses` people (unlimited if unset)
    /// giving `role` (`MANAGE_MEMBERS`).
    pub async fn create_link(
        &self,
        actor: Uuid,
        community: Uuid,
        role: Role,
        max_uses: Option<i32>,
        expires_in_days: Option<i64>,
    ) -> Result<Issued, CommunityError> {
        if max_uses.is_some_and(|n| !(1..=100_000).contains(&n)) {
            return Err(CommunityError::invalid(
                "maxUses",
                "between 1 and 100000 uses",
            ));
        }
        self.issue(actor, community, None, role, max_uses, expires_in_days)
            .await
    }

    /// Mails invitation `id` again with a new token (the old link stops
    /// working) and a fresh expiry (`MANAGE_MEMBERS`).
    pub async fn resend(&self, actor: Uuid, id: Uuid) -> Result<Issued, CommunityError> {
        let invitation = self.managed(actor, id).await?;
        let email = invitation
            .email
            .clone()
            .ok_or_else(|| CommunityError::invalid("id", "only mailed invitations are resent"))?;
        if invitation.revoked_at.is_some()
            || invitation.uses >= invitation.max_uses.unwrap_or(i32::MAX)
        {
            return Err(CommunityError::invalid(
                "id",
                "this invitation is no longer open",
            ));
        }
        let token = new_token();
        let now = Utc::now();
        let updated = invitations::Entity::update(invitations::ActiveModel {
            id: Set(id),
            token_hash: Set(hash(&token)),
            expires_at: Set(now + Duration::days(DEFAULT_EXPIRY_DAYS)),
            sent_at: Set(now),
            ..Default::default()
        })
        .exec(&self.db)
        .await?;
        let issued = Issued {
            url: self.mailer.app_link("/invite", &[("token", &token)]),
            invitation: updated,
            token,
        };
        self.mail(&issued, &email).await?;
        Ok(issued)
    }

    /// Revokes invitation `id` (`MANAGE_MEMBERS`).
    pub async fn revoke(
        &self,
        actor: Uuid,
        id: Uuid,
    ) -> Result<invitations::Model, CommunityError> {
        let invitation = self.managed(actor, id).await?;
        let updated = invitations::Entity::update(invitations::ActiveModel {
            id: Set(invitation.id),
            revoked_at: Set(Some(Utc::now())),
            ..Default::default()
        })
        .exec(&self.db)
        .await?;
        let community = self.communities.by_id(invitation.community_id).await?;
        if let Some(community) = community {
            emit(
                &self.db,
                "communities.invitation.revoked",
                &community,
                actor,
                serde_json::json!({ "invitationId": id }),
            )
            .await?;
        }
        Ok(updated)
    }

    /// Open invitations of `community` (`MANAGE_MEMBERS`), newest first.
    pub async fn pending(
        &self,
        actor: Uuid,
        community: Uuid,
    ) -> Result<Vec<invitations::Model>, CommunityError> {
        self.access
            .require(Some(actor), community, None, Permission::ManageMembers)
            .await?;
        let now = Utc::now();
        Ok(invitations::Entity::find()
            .filter(invitations::Column::CommunityId.eq(community))
            .filter(invitations::Column::RevokedAt.is_null())
            .filter(invitations::Column::ExpiresAt.gt(now))
            .filter(
                Condition::any()
                    .add(invitations::Column::MaxUses.is_null())
                    .add(
                        Expr::col(invitations::Column::Uses)
                            .lt(Expr::col(invitations::Column::MaxUses)),
                    ),
            )
            .order_by_desc(invitations::Column::CreatedAt)
            .all(&self.db)
            .await?)
    }

    /// Accepts an invitation as `user`: they join with its role. An
    /// expired, revoked or used-up token is `BAD_USER_INPUT` on `token`;
    /// a banned user is refused. Members accepting again change nothing.
    pub async fn accept(
        &self,
        user: Uuid,
        token: &str,
    ) -> Result<community_members::Model, CommunityError> {
        let invalid =
            || CommunityError::invalid("token", "this invitation is invalid, used up or expired");
        let invitation = invitations::Entity::find()
            .filter(invitations::Column::TokenHash.eq(hash(token.trim())))
            .one(&self.db)
            .await?
            .ok_or_else(invalid)?;
        let open = invitation.revoked_at.is_none()
            && invitation.expires_at > Utc::now()
            && invitation.max_uses.is_none_or(|max| invitation.uses < max);
        if !open {
            return Err(invalid());
        }
        let loaded = self
            .access
            .load(Some(user), invitation.community_id, None)
            .await?
            .ok_or_else(invalid)?;
        if let Some(member) = loaded.member {
            return Ok(member);
        }
        if loaded.banned {
            return Err(CommunityError::Denied(Denial::Banned));
        }
        if loaded.community.archived_at.is_some() {
            return Err(CommunityError::Denied(Denial::Archived));
        }
        self.communities
            .ensure_verified(&loaded.community, user)
            .await?;
        // Count the use first, guarded, so concurrent accepts cannot
        // exceed the limit.
        let mut claim = invitations::Entity::update_many()
            .col_expr(
                invitations::Column::Uses,
                Expr::col(invitations::Column::Uses).add(1),
            )
            .filter(invitations::Column::Id.eq(invitation.id));
        if let Some(max) = invitation.max_uses {
            claim = claim.filter(invitations::Column::Uses.lt(max));
        }
        if claim.exec(&self.db).await?.rows_affected == 0 {
            return Err(invalid());
        }
        let role = Role::parse(&invitation.role).unwrap_or(Role::Member);
        let member = self
            .communities
            .admit(
                &loaded.community,
                user,
                role,
                invitation.invited_by,
                "INVITATION_ACCEPTED",
            )
            .await?;
        emit(
            &self.db,
            "communities.invitation.accepted",
            &loaded.community,
            user,
            serde_json::json!({ "invitationId": invitation.id, "userId": user }),
        )
        .await?;
        Ok(member)
    }

    /// Asks to join REQUEST community `community` (or, with `space`, for
    /// access to a private space of a community one belongs to). Asking
    /// again while a request is pending returns it.
    pub async fn request(
        &self,
        user: Uuid,
        community: Uuid,
        space: Option<Uuid>,
        message: Option<&str>,
    ) -> Result<join_requests::Model, CommunityError> {
        let message = validate::reason("message", message, 1000)?;
        let loaded = self
            .access
            .load(Some(user), community, space)
            .await?
            .ok_or(CommunityError::NotFound(if space.is_some() {
                "space"
            } else {
                "community"
            }))?;
        if loaded.banned {
            return Err(CommunityError::Denied(Denial::Banned));
        }
        match &loaded.space {
            None => {
                if loaded.member.is_some() {
                    return Err(CommunityError::conflict(
                        "communityId",
                        "you are already a member",
                    ));
                }
                if crate::service::policy::Visibility::parse(&loaded.community.visibility)
                    == crate::service::policy::Visibility::Secret
                {
                    return Err(CommunityError::NotFound("community"));
                }
                if JoinPolicy::parse(&loaded.community.join_policy) != JoinPolicy::Request {
                    return Err(CommunityError::invalid(
                        "communityId",
                        "this community does not take join requests",
                    ));
                }
                self.communities
                    .ensure_verified(&loaded.community, user)
                    .await?;
            }
            Some((space, in_space)) => {
                if loaded.member.is_none() {
                    return Err(CommunityError::Denied(Denial::NotMember));
                }
                match SpaceVisibility::parse(&space.visibility) {
                    SpaceVisibility::Secret => return Err(CommunityError::NotFound("space")),
                    SpaceVisibility::Open if !space.paid => {
                        return Err(CommunityError::invalid(
                            "spaceId",
                            "this space is open to every member",
                        ));
                    }
                    _ => {}
                }
                if *in_space {
                    return Err(CommunityError::conflict(
                        "spaceId",
                        "you are already in this space",
                    ));
                }
            }
        }
        let mut existing = join_requests::Entity::find()
            .filter(join_requests::Column::CommunityId.eq(community))
            .filter(join_requests::Column::UserId.eq(user))
            .filter(join_requests::Column::Status.eq("PENDING"));
        existing = match space {
            Some(space) => existing.filter(join_requests::Column::SpaceId.eq(space)),
            None => existing.filter(join_requests::Column::SpaceId.is_null()),
        };
        if let Some(pending) = existing.one(&self.db).await? {
            return Ok(pending);
        }
        let request = join_requests::Model {
            id: new_id(),
            community_id: community,
            space_id: space,
            user_id: user,
            message,
            status: "PENDING".to_owned(),
            decided_by: None,
            reason: None,
            created_at: Utc::now(),
            decided_at: None,
        };
        let txn = self.db.begin().await?;
        join_requests::Entity::insert(join_requests::ActiveModel::from(request.clone()))
            .exec_without_returning(&txn)
            .await?;
        emit(
            &txn,
            "communities.join_request.created",
            &loaded.community,
            user,
            serde_json::json!({ "requestId": request.id, "userId": user, "spaceId": space }),
        )
        .await?;
        txn.commit().await?;
        Ok(request)
    }

    /// Approves (the person joins the community or space) or denies
    /// (`reason` given to them) a pending request: `MANAGE_MEMBERS` for
    /// the community, `MANAGE_SPACES` for a space.
    pub async fn decide(
        &self,
        actor: Uuid,
        request: Uuid,
        approve: bool,
        reason: Option<&str>,
    ) -> Result<join_requests::Model, CommunityError> {
        let found = join_requests::Entity::find_by_id(request)
            .one(&self.db)
            .await?
            .ok_or(CommunityError::NotFound("join request"))?;
        let permission = if found.space_id.is_some() {
            Permission::ManageSpaces
        } else {
            Permission::ManageMembers
        };
        let granted = self
            .access
            .require(Some(actor), found.community_id, found.space_id, permission)
            .await
            .map_err(|err| match err {
                // Outsiders learn nothing about other people's requests.
                CommunityError::Denied(_) => CommunityError::NotFound("join request"),
                other => other,
            })?;
        if found.status != "PENDING" {
            return Err(CommunityError::conflict(
                "requestId",
                "this request was already decided",
            ));
        }
        let reason = validate::reason("reason", reason, 500)?;
        if approve {
            match found.space_id {
                None => {
                    let banned = self
                        .access
                        .load(Some(found.user_id), found.community_id, None)
                        .await?
                        .is_some_and(|l| l.banned);
                    if banned {
                        return Err(CommunityError::Denied(Denial::Banned));
                    }
                    self.communities
                        .admit(
                            &granted.community,
                            found.user_id,
                            Role::Member,
                            actor,
                            "REQUEST_APPROVED",
                        )
                        .await?;
                }
                Some(space) => {
                    let space = spaces::Entity::find_by_id(space)
                        .one(&self.db)
                        .await?
                        .ok_or(CommunityError::NotFound("space"))?;
                    let still_member =
                        community_members::Entity::find_by_id((found.community_id, found.user_id))
                            .one(&self.db)
                            .await?
                            .is_some();
                    if !still_member {
                        return Err(CommunityError::conflict(
                            "requestId",
                            "they are no longer a member",
                        ));
                    }
                    add_space_member(&self.db, &space, found.user_id).await?;
                }
            }
        }
        let status = if approve { "APPROVED" } else { "DENIED" };
        let txn = self.db.begin().await?;
        let updated = join_requests::Entity::update(join_requests::ActiveModel {
            id: Set(found.id),
            status: Set(status.to_owned()),
            decided_by: Set(Some(actor)),
            reason: Set(reason.clone()),
            decided_at: Set(Some(Utc::now())),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
        let mut entry = Entry::new(
            found.community_id,
            actor,
            if approve {
                "REQUEST_APPROVED"
            } else {
                "REQUEST_DENIED"
            },
        )
        .target(found.user_id)
        .reason(reason);
        if let Some(space) = found.space_id {
            entry = entry.space(space);
        }
        log::record(&txn, entry).await?;
        emit(
            &txn,
            "communities.join_request.decided",
            &granted.community,
            actor,
            serde_json::json!({ "requestId": found.id, "userId": found.user_id, "status": status, "spaceId": found.space_id }),
        )
        .await?;
        txn.commit().await?;
        Ok(updated)
    }

    /// Pending requests of `community` the actor may decide, oldest first.
    pub async fn pending_requests(
        &self,
        actor: Uuid,
        community: Uuid,
    ) -> Result<Vec<join_requests::Model>, CommunityError> {
        let granted = self
            .access
            .require(Some(actor), community, None, Permission::Read)
            .await?;
        let members = self
            .access
            .check(Some(actor), community, None, Permission::ManageMembers)
            .await?
            .0
            .allowed();
        let spaces = self
            .access
            .check(Some(actor), community, None, Permission::ManageSpaces)
            .await?
            .0
            .allowed();
        if !members && !spaces {
            return Err(CommunityError::Denied(Denial::MissingPermission));
        }
        let mut kinds = Condition::any();
        if members {
            kinds = kinds.add(join_requests::Column::SpaceId.is_null());
        }
        if spaces {
            kinds = kinds.add(join_requests::Column::SpaceId.is_not_null());
        }
        Ok(join_requests::Entity::find()
            .filter(join_requests::Column::CommunityId.eq(granted.community.id))
            .filter(join_requests::Column::Status.eq("PENDING"))
            .filter(kinds)
            .order_by_asc(join_requests::Column::Id)
            .all(&self.db)
            .await?)
    }

    async fn issue(
        &self,
        actor: Uuid,
        community: Uuid,
        email: Option<String>,
        role: Role,
        max_uses: Option<i32>,
        expires_in_days: Option<i64>,
    ) -> Result<Issued, CommunityError> {
        let granted = self
            .access
            .require(Some(actor), community, None, Permission::ManageMembers)
            .await?;
        if role == Role::Owner || granted.role.is_none_or(|own| role >= own) {
            return Err(CommunityError::Forbidden(
                "you may only invite to roles below your own".to_owned(),
            ));
        }
        let days = expires_in_days.unwrap_or(DEFAULT_EXPIRY_DAYS);
        if !(1..=MAX_EXPIRY_DAYS).contains(&days) {
            return Err(CommunityError::invalid(
                "expiresInDays",
                format!("between 1 and {MAX_EXPIRY_DAYS} days"),
            ));
        }
        let token = new_token();
        let now = Utc::now();
        let invitation = invitations::Model {
            id: new_id(),
            community_id: community,
            kind: if email.is_some() { "EMAIL" } else { "LINK" }.to_owned(),
            email,
            token_hash: hash(&token),
            role: role.as_str().to_owned(),
            invited_by: actor,
            max_uses,
            uses: 0,
            expires_at: now + Duration::days(days),
            revoked_at: None,
            created_at: now,
            sent_at: now,
        };
        let txn = self.db.begin().await?;
        invitations::Entity::insert(invitations::ActiveModel::from(invitation.clone()))
            .exec_without_returning(&txn)
            .await?;
        log::record(
            &txn,
            Entry::new(community, actor, "INVITED").details(serde_json::json!({
                "invitationId": invitation.id, "kind": invitation.kind, "role": invitation.role,
            })),
        )
        .await?;
        emit(
            &txn,
            "communities.invitation.created",
            &granted.community,
            actor,
            serde_json::json!({ "invitationId": invitation.id, "kind": invitation.kind, "email": invitation.email }),
        )
        .await?;
        txn.commit().await?;
        Ok(Issued {
            url: self.mailer.app_link("/invite", &[("token", &token)]),
            invitation,
            token,
        })
    }

    async fn mail(&self, issued: &Issued, email: &str) -> Result<(), CommunityError> {
        self.limiter
            .check(
                &format!(
                    "communities:invite-mails:{}",
                    issued.invitation.community_id
                ),
                MAILS_PER_HOUR,
                std::time::Duration::from_secs(3600),
            )
            .await
            .map_err(CommunityError::Limited)?;
        let community = self
            .communities
            .by_id(issued.invitation.community_id)
            .await?
            .ok_or(CommunityError::NotFound("community"))?;
        let expires: DateTime<Utc> = issued.invitation.expires_at;
        self.mailer.send_in_background(
            email.to_owned(),
            Letter {
                subject: format!("You are invited to {}", community.name),
                heading: format!("Join {} on StunxtV2", community.name),
                paragraphs: vec![
                    format!(
                        "You have been invited to the community {}. Accept to join it.",
                        community.name
                    ),
                    format!(
                        "The invitation works once and until {}.",
                        expires.format("%Y-%m-%d %H:%M UTC")
                    ),
                ],
                action: Some(Action {
                    label: "Accept the invitation".to_owned(),
                    url: issued.url.clone(),
                }),
                footer: Some("If you did not expect this invitation, ignore this mail.".to_owned()),
            },
        );
        Ok(())
    }

    /// Invitation `id`, if `actor` manages members of its community.
    async fn managed(&self, actor: Uuid, id: Uuid) -> Result<invitations::Model, CommunityError> {
        let invitation = invitations::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .ok_or(CommunityError::NotFound("invitation"))?;
        self.access
            .require(
                Some(actor),
                invitation.community_id,
                None,
                Permission::ManageMembers,
            )
            .await
            .map_err(|err| match err {
                CommunityError::Denied(_) => CommunityError::NotFound("invitation"),
                other => other,
            })?;
        Ok(invitation)
    }
}
