//! Markdown bodies: CommonMark with GFM tables, strikethrough and task
//! lists, rendered to HTML and sanitised (`ammonia`), with the `@username`
//! mentions and the links it contains.

use std::collections::BTreeSet;

use pulldown_cmark::{Event, Options, Parser, Tag, html};

/// A rendered body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Sanitised HTML.
    pub html: String,
    /// Usernames mentioned, lower-cased, once each, in order of first use.
    pub mentions: Vec<String>,
    /// Link targets, once each.
    pub links: Vec<String>,
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// Renders `markdown`.
pub fn render(markdown: &str) -> Rendered {
    let mut links = Vec::new();
    let mut mentions = Vec::new();
    let mut in_code = 0usize;
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, options())
        .inspect(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            Event::End(pulldown_cmark::TagEnd::CodeBlock) => in_code = in_code.saturating_sub(1),
            Event::Text(text) if in_code == 0 => mentions.extend(find_mentions(text)),
            _ => {}
        })
        .collect();
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events.into_iter());
    let html = ammonia::Builder::default()
        .link_rel(Some("nofollow noopener noreferrer ugc"))
        .add_tags(["input"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .clean(&unsafe_html)
        .to_string();
    Rendered {
        html,
        mentions: dedup(mentions),
        links: dedup(links),
    }
}

fn dedup(items: Vec<String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    items
        .into_iter()
        .filter(|item| seen.insert(item.clone()))
        .collect()
}

/// `@username` mentions in plain text: an `@` not preceded by a word
/// character (so e-mail addresses do not count), then 3–30 letters,
/// digits, `_` or `-`.
pub fn find_mentions(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let after_word = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        if chars[i] == '@' && !after_word {
            let name: String = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == '_' || **c == '-')
                .collect();
            if (3..=30).contains(&name.len()) {
                found.push(name.to_ascii_lowercase());
            }
            i += 1 + name.len();
        } else {
            i += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_gfm_and_strips_what_is_unsafe() {
        let rendered = render(
            "# Hi\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ - [x] done\n\n- [ ] todo\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>",
        );
        assert!(rendered.html.contains("<table>"), "{}", rendered.html);
        assert!(rendered.html.contains("<del>old</del>"));
        assert!(rendered.html.contains("type=\"checkbox\""));
        assert!(!rendered.html.contains("<script"));
        assert!(!rendered.html.contains("javascript:"));
        assert!(!rendered.html.contains("onerror"));
    }

    #[test]
    fn finds_mentions_and_links() {
        let rendered = render(
            "Thanks @Ana and @bo_b! Mail me at me@example.org, see [docs](https://example.org/docs) and @ana again.\n\n```\n@notamention\n```",
        );
        assert_eq!(rendered.mentions, ["ana", "bo_b"]);
        assert_eq!(rendered.links, ["https://example.org/docs"]);
        assert!(
            rendered
                .html
                .contains("rel=\"nofollow noopener noreferrer ugc\"")
        );
    }
}
