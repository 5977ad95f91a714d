//! What a notification says and where it leads, from its stored form and
//! the names of the people and community it involves.

use serde_json::Value;

use super::kinds::Kind;

/// The names a notification's text needs.
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// Display names of the newest actors, newest first.
    pub actors: Vec<String>,
    /// How many different people acted in all.
    pub actor_count: i32,
    /// How many events it gathers.
    pub event_count: i32,
    /// The community's name.
    pub community: Option<String>,
}

fn quoted(data: &Value, field: &str) -> String {
    data[field]
        .as_str()
        .filter(|t| !t.is_empty())
        .map(|t| format!(" “{}”", shorten(t, 80)))
        .unwrap_or_default()
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max - 1).collect();
    format!("{}…", cut.trim_end())
}

/// "Ana", "Ana and Bo", "Ana, Bo and 3 others", or "Someone".
pub fn who(names: &Names) -> String {
    let shown: Vec<&str> = names
        .actors
        .iter()
        .map(String::as_str)
        .filter(|n| !n.is_empty())
        .take(2)
        .collect();
    let others = (names.actor_count as usize).saturating_sub(shown.len());
    match (shown.as_slice(), others) {
        ([], _) => "Someone".to_owned(),
        ([one], 0) => (*one).to_owned(),
        ([one, two], 0) => format!("{one} and {two}"),
        ([one], n) => format!("{one} and {n} other{}", if n == 1 { "" } else { "s" }),
        ([one, two, ..], n) => format!(
            "{one}, {two} and {n} other{}",
            if n == 1 { "" } else { "s" }
        ),
    }
}

/// The notification's sentence.
pub fn text(kind: Kind, data: &Value, names: &Names) -> String {
    let who = who(names);
    let community = names.community.as_deref().unwrap_or("a community");
    let target = if data["targetType"] == "COMMENT" || data["commentId"].is_string() {
        "comment"
    } else {
        "post"
    };
    match kind {
        Kind::Reply => format!(
            "{who} replied to your {}",
            if data["parentId"].is_string() {
                "comment"
            } else {
                "post"
            }
        ),
        Kind::Mention => {
            if data["conversationId"].is_string() {
                format!(
                    "{who} mentioned you in a message:{}",
                    quoted(data, "preview")
                )
            } else {
                format!("{who} mentioned you in a {target}")
            }
        }
        Kind::Reaction => format!(
            "{who} reacted {} to your {target}",
            data["emoji"].as_str().unwrap_or("")
        )
        .replace("  ", " "),
        Kind::NewPost => format!("{who} posted{} in {community}", quoted(data, "title")),
        Kind::PostComment => {
            if names.event_count > 1 {
                format!(
                    "{who} left {} comments on a post you follow",
                    names.event_count
                )
            } else {
                format!("{who} commented on a post you follow")
            }
        }
        Kind::Message => {
            let place = data["conversationName"]
                .as_str()
                .map(|n| format!(" in {n}"))
                .unwrap_or_default();
            if names.event_count > 1 {
                format!("{} new messages{place} from {who}", names.event_count)
            } else {
                format!("{who}{place}:{}", quoted(data, "preview"))
            }
        }
        Kind::Invitation => format!("{who} invited you to join {community}"),
        Kind::JoinRequestDecided => {
            let verdict = if data["status"] == "APPROVED" {
                "approved"
            } else {
                "declined"
            };
            format!("Your request to join {community} was {verdict}")
        }
        Kind::RoleChanged => format!(
            "You are now {} in {community}",
            data["role"].as_str().unwrap_or("a member").to_lowercase()
        ),
        Kind::Banned => format!("You were banned from {community}"),
        Kind::EmailVerified => "Your email address is verified".to_owned(),
    }
}

/// Where the app opens it (a path in the app).
pub fn link(kind: Kind, data: &Value, community_slug: Option<&str>) -> String {
    let post = data["postId"].as_str();
    let comment = data["commentId"].as_str().or_else(|| {
        (data["targetType"] == "COMMENT")
            .then(|| data["targetId"].as_str())
            .flatten()
    });
    if let Some(conversation) = data["conversationId"].as_str() {
        return format!("/conversations/{conversation}");
    }
    if let Some(post) = post {
        return match comment {
            Some(comment) => format!("/posts/{post}?comment={comment}"),
            None => format!("/posts/{post}"),
        };
    }
    match (kind, community_slug) {
        (Kind::EmailVerified, _) => "/settings/account".to_owned(),
        (_, Some(slug)) => format!("/c/{slug}"),
        _ => "/notifications".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn names(actors: &[&str], count: i32, events: i32) -> Names {
        Names {
            actors: actors.iter().map(|s| (*s).to_owned()).collect(),
            actor_count: count,
            event_count: events,
            community: Some("Rustaceans".to_owned()),
        }
    }

    #[test]
    fn aggregated_actors_read_naturally() {
        assert_eq!(who(&names(&["Ana"], 1, 1)), "Ana");
        assert_eq!(who(&names(&["Ana", "Bo"], 2, 2)), "Ana and Bo");
        assert_eq!(who(&names(&["Ana"], 4, 4)), "Ana and 3 others");
        assert_eq!(
            who(&names(&["Ana", "Bo", "Cy"], 5, 5)),
            "Ana, Bo and 3 others"
        );
        assert_eq!(who(&names(&[], 0, 1)), "Someone");
    }

    #[test]
    fn texts_name_what_happened() {
        let reaction = json!({ "emoji": "🎉", "targetType": "POST", "postId": "p" });
        assert_eq!(
            text(Kind::Reaction, &reaction, &names(&["Ana"], 4, 4)),
            "Ana and 3 others reacted 🎉 to your post"
        );
        let post = json!({ "title": "Hello", "postId": "p" });
        assert_eq!(
            text(Kind::NewPost, &post, &names(&["Ana"], 1, 1)),
            "Ana posted “Hello” in Rustaceans"
        );
        let message = json!({ "conversationId": "c", "preview": "hi there" });
        assert_eq!(
            text(Kind::Message, &message, &names(&["Ana"], 1, 3)),
            "3 new messages from Ana"
        );
        assert_eq!(
            text(Kind::Message, &message, &names(&["Ana"], 1, 1)),
            "Ana: “hi there”"
        );
    }

    #[test]
    fn links_open_what_it_is_about() {
        let comment = json!({ "postId": "p1", "commentId": "c1" });
        assert_eq!(link(Kind::Reply, &comment, None), "/posts/p1?comment=c1");
        let message = json!({ "conversationId": "k" });
        assert_eq!(link(Kind::Message, &message, None), "/conversations/k");
        assert_eq!(link(Kind::Banned, &json!({}), Some("rust")), "/c/rust");
    }
}
