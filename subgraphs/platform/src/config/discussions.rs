//! Limits of the discussions subgraph.

use serde::{Deserialize, Serialize};

use super::ConfigError;

/// The discussions subgraph's limits.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DiscussionsConfig {
    /// Longest post title, in characters.
    pub max_title_chars: usize,
    /// Longest post body, in characters.
    pub max_post_chars: usize,
    /// Longest comment, in characters.
    pub max_comment_chars: usize,
    /// Most attachments on a post.
    pub max_attachments: usize,
    /// Most tags on a post.
    pub max_tags: usize,
    /// Deepest reply (0 is a top-level comment).
    pub max_comment_depth: i32,
    /// Posts one member may start per window.
    pub posts_per_window: u32,
    /// Comments one member may write per window.
    pub comments_per_window: u32,
    /// The window of those two limits, in seconds.
    pub rate_window_secs: u64,
    /// How often scheduled posts are looked for, in seconds.
    pub publish_interval_secs: u64,
    /// On PostgreSQL, the newest matches of each kind (posts, comments)
    /// that search ranks: a word in half of all posts is not ranked over
    /// all of them. 0 ranks every match.
    pub search_candidates: u32,
}

impl Default for DiscussionsConfig {
    fn default() -> Self {
        Self {
            max_title_chars: 300,
            max_post_chars: 50_000,
            max_comment_chars: 10_000,
            max_attachments: 20,
            max_tags: 10,
            max_comment_depth: 8,
            posts_per_window: 6,
            comments_per_window: 30,
            rate_window_secs: 600,
            publish_interval_secs: 15,
            search_candidates: 500,
        }
    }
}

impl DiscussionsConfig {
    /// Checks what the types cannot, naming the bad key.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let bad = |key: &str, why: &str| Err(ConfigError(format!("discussions.{key}: {why}")));
        for (key, value) in [
            ("max_title_chars", self.max_title_chars),
            ("max_post_chars", self.max_post_chars),
            ("max_comment_chars", self.max_comment_chars),
        ] {
            if value == 0 {
                return bad(key, "must be at least 1");
            }
        }
        if !(0..=64).contains(&self.max_comment_depth) {
            return bad("max_comment_depth", "must be between 0 and 64");
        }
        if self.posts_per_window == 0 || self.comments_per_window == 0 || self.rate_window_secs == 0
        {
            return bad(
                "rate_window_secs",
                "posts_per_window, comments_per_window and rate_window_secs must be at least 1",
            );
        }
        if self.publish_interval_secs == 0 {
            return bad("publish_interval_secs", "must be at least 1");
        }
        Ok(())
    }
}
