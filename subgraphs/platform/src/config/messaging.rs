//! Limits of the messaging subgraph.

use serde::{Deserialize, Serialize};

use super::ConfigError;

/// The messaging subgraph's limits.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MessagingConfig {
    /// Longest message, in characters.
    pub max_message_chars: usize,
    /// Most people in a group conversation, its creator included.
    pub max_group_size: usize,
    /// Most attachments on a message.
    pub max_attachments: usize,
    /// Messages one user may send per minute, across conversations.
    pub messages_per_minute: u32,
    /// Longest group name, in characters.
    pub max_group_name_chars: usize,
}

impl Default for MessagingConfig {
    fn default() -> Self {
        Self {
            max_message_chars: 10_000,
            max_group_size: 50,
            max_attachments: 10,
            messages_per_minute: 180,
            max_group_name_chars: 100,
        }
    }
}

impl MessagingConfig {
    /// Checks what the types cannot, naming the bad key.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let bad = |key: &str, why: &str| Err(ConfigError(format!("messaging.{key}: {why}")));
        for (key, value) in [
            ("max_message_chars", self.max_message_chars),
            ("max_group_name_chars", self.max_group_name_chars),
            ("messages_per_minute", self.messages_per_minute as usize),
        ] {
            if value == 0 {
                return bad(key, "must be at least 1");
            }
        }
        if !(3..=10_000).contains(&self.max_group_size) {
            return bad("max_group_size", "must be between 3 and 10000");
        }
        Ok(())
    }
}
