//! Polls on posts: single or multiple choice, an optional closing time,
//! one ballot per member, results shown after voting (or always).

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use stunxt_platform::{AppError, db::is_unique_violation, ids::new_id};
use uuid::Uuid;

use super::{Discussions, db_err};
use crate::entity::{poll_ballots, poll_options, poll_votes, polls};

/// A poll to put on a new post.
#[derive(Debug, Clone, Default)]
pub struct NewPoll {
    /// 2 to 10 choices.
    pub options: Vec<String>,
    /// Several may be chosen.
    pub multiple: bool,
    /// Results show before voting too.
    pub results_always: bool,
    /// No votes after this.
    pub closes_at: Option<DateTime<Utc>>,
}

/// A poll as a viewer sees it.
#[derive(Debug, Clone)]
pub struct PollView {
    /// The poll.
    pub poll: polls::Model,
    /// Its options, in order, with their votes when the viewer may see
    /// results.
    pub options: Vec<(poll_options::Model, Option<i64>)>,
    /// Ballots cast, when the viewer may see results.
    pub voters: Option<i64>,
    /// What the viewer chose.
    pub mine: Vec<Uuid>,
}

/// Checks `poll` before its post is written.
pub(crate) fn check(poll: &NewPoll, now: DateTime<Utc>) -> Result<(), AppError> {
    let count = poll.options.len();
    if !(2..=10).contains(&count) {
        return Err(AppError::bad_input(
            "poll.options",
            format!("a poll has 2 to 10 options ({count} given)"),
        ));
    }
    let mut labels: Vec<String> = poll
        .options
        .iter()
        .map(|o| o.trim().to_lowercase())
        .collect();
    if labels
        .iter()
        .any(|l| l.is_empty() || l.chars().count() > 200)
    {
        return Err(AppError::bad_input(
            "poll.options",
            "each option is 1 to 200 characters",
        ));
    }
    labels.sort();
    labels.dedup();
    if labels.len() != count {
        return Err(AppError::bad_input("poll.options", "options must differ"));
    }
    if poll.closes_at.is_some_and(|at| at <= now) {
        return Err(AppError::bad_input(
            "poll.closesAt",
            "a poll must close in the future",
        ));
    }
    Ok(())
}

/// Writes `poll` for post `post`.
pub(crate) async fn create<C: ConnectionTrait>(
    conn: &C,
    post: Uuid,
    poll: &NewPoll,
) -> Result<(), AppError> {
    polls::Entity::insert(polls::ActiveModel {
        post_id: Set(post),
        multiple: Set(poll.multiple),
        results_always: Set(poll.results_always),
        closes_at: Set(poll.closes_at),
    })
    .exec_without_returning(conn)
    .await
    .map_err(db_err)?;
    poll_options::Entity::insert_many(poll.options.iter().enumerate().map(|(i, label)| {
        poll_options::ActiveModel {
            id: Set(new_id()),
            post_id: Set(post),
            position: Set(i as i32),
            label: Set(label.trim().to_owned()),
        }
    }))
    .exec(conn)
    .await
    .map_err(db_err)?;
    Ok(())
}

impl Discussions {
    /// The poll of post `post` as `viewer` sees it (the post already
    /// known visible to them).
    pub async fn poll(
        &self,
        viewer: Option<Uuid>,
        post: Uuid,
    ) -> Result<Option<PollView>, AppError> {
        let Some(poll) = polls::Entity::find_by_id(post)
            .one(&self.db)
            .await
            .map_err(db_err)?
        else {
            return Ok(None);
        };
        let options = poll_options::Entity::find()
            .filter(poll_options::Column::PostId.eq(post))
            .order_by_asc(poll_options::Column::Position)
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let votes = poll_votes::Entity::find()
            .filter(poll_votes::Column::PostId.eq(post))
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let mine: Vec<Uuid> = votes
            .iter()
            .filter(|v| Some(v.user_id) == viewer)
            .map(|v| v.option_id)
            .collect();
        let closed = poll.closes_at.is_some_and(|at| at <= Utc::now());
        let shown = poll.results_always || closed || !mine.is_empty();
        let mut voters: Vec<Uuid> = votes.iter().map(|v| v.user_id).collect();
        voters.sort();
        voters.dedup();
        let options = options
            .into_iter()
            .map(|option| {
                let count = votes.iter().filter(|v| v.option_id == option.id).count() as i64;
                (option, shown.then_some(count))
            })
            .collect();
        Ok(Some(PollView {
            poll,
            options,
            voters: shown.then_some(voters.len() as i64),
            mine,
        }))
    }

    /// `viewer` casts their ballot in the poll of post `post`.
    pub async fn vote(
        &self,
        viewer: Uuid,
        post: Uuid,
        choices: Vec<Uuid>,
    ) -> Result<PollView, AppError> {
        let (found, _) = self.load_post(Some(viewer), post).await?;
        self.require(Some(viewer), found.space_id, "COMMENT")
            .await?;
        let poll = polls::Entity::find_by_id(post)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(|| AppError::bad_input("postId", "this post has no poll"))?;
        if poll.closes_at.is_some_and(|at| at <= Utc::now()) {
            return Err(AppError::forbidden("this poll is closed"));
        }
        let mut choices = choices;
        choices.sort();
        choices.dedup();
        if choices.is_empty() || (!poll.multiple && choices.len() > 1) {
            return Err(AppError::bad_input(
                "optionIds",
                if poll.multiple {
                    "choose at least one option"
                } else {
                    "choose exactly one option"
                },
            ));
        }
        let options = poll_options::Entity::find()
            .filter(poll_options::Column::PostId.eq(post))
            .all(&self.db)
            .await
            .map_err(db_err)?;
        if choices.iter().any(|c| !options.iter().any(|o| o.id == *c)) {
            return Err(AppError::bad_input(
                "optionIds",
                "every choice must be an option of this poll",
            ));
        }
        let now = Utc::now();
        let conflict = || AppError::conflict("postId", "you have voted in this poll");
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        // The ballot row first: of two concurrent ballots, one fails here.
        poll_ballots::Entity::insert(poll_ballots::ActiveModel {
            post_id: Set(post),
            user_id: Set(viewer),
            created_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await
        .map_err(|err| {
            if is_unique_violation(&err) {
                conflict()
            } else {
                db_err(err)
            }
        })?;
        poll_votes::Entity::insert_many(choices.iter().map(|option| poll_votes::ActiveModel {
            post_id: Set(post),
            user_id: Set(viewer),
            option_id: Set(*option),
            created_at: Set(now),
        }))
        .exec(&txn)
        .await
        .map_err(db_err)?;
        txn.commit().await.map_err(db_err)?;
        self.poll(Some(viewer), post)
            .await?
            .ok_or_else(|| AppError::not_found("no such poll"))
    }
}
