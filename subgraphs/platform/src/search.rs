//! Full-text search queries: what a user typed, as words safe to hand to
//! PostgreSQL (`tsquery`) or SQLite (FTS5). Every word must match; the last
//! one matches as a prefix while the user is still typing it.

use crate::error::AppError;

/// The words of a query, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    /// The distinct words, lower-cased, in order.
    words: Vec<String>,
    /// Whether the last word matches as a prefix.
    prefix: bool,
}

/// Most words in a query.
const MAX_WORDS: usize = 12;
/// Longest query, in characters.
const MAX_QUERY_CHARS: usize = 256;

impl Terms {
    /// The words of `query`, or `BAD_USER_INPUT` on `query`.
    pub fn parse(query: &str) -> Result<Self, AppError> {
        if query.chars().count() > MAX_QUERY_CHARS {
            return Err(AppError::bad_input(
                "query",
                format!("a search may be at most {MAX_QUERY_CHARS} characters"),
            ));
        }
        let mut words: Vec<String> = Vec::new();
        for word in query.split(|c: char| !c.is_alphanumeric()) {
            let word = word.to_lowercase();
            if !word.is_empty() && !words.contains(&word) {
                words.push(word);
            }
        }
        if words.is_empty() {
            return Err(AppError::bad_input(
                "query",
                "a search needs at least one word of letters or digits",
            ));
        }
        if words.len() > MAX_WORDS {
            return Err(AppError::bad_input(
                "query",
                format!("a search may have at most {MAX_WORDS} words"),
            ));
        }
        let ends_word = query.chars().last().is_some_and(char::is_alphanumeric);
        let prefix = ends_word && words.last().is_some_and(|w| w.chars().count() >= 2);
        Ok(Self { words, prefix })
    }

    /// As a PostgreSQL `tsquery` (the words are letters and digits only).
    pub fn tsquery(&self) -> String {
        let last = self.words.len() - 1;
        self.words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i == last && self.prefix {
                    format!("{w}:*")
                } else {
                    w.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(" & ")
    }

    /// As an FTS5 query (each word a quoted string).
    pub fn fts5(&self) -> String {
        let last = self.words.len() - 1;
        self.words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i == last && self.prefix {
                    format!("\"{w}\"*")
                } else {
                    format!("\"{w}\"")
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_become_words_with_the_last_a_prefix() {
        let terms = Terms::parse("Rust's  async-GRAPHQL feder").unwrap();
        assert_eq!(terms.tsquery(), "rust & s & async & graphql & feder:*");
        assert_eq!(
            terms.fts5(),
            "\"rust\" \"s\" \"async\" \"graphql\" \"feder\"*"
        );
        // A finished word, or a single letter, matches whole.
        assert_eq!(Terms::parse("rust ").unwrap().tsquery(), "rust");
        assert_eq!(Terms::parse("rust a").unwrap().tsquery(), "rust & a");
        // Whatever else is typed cannot reach the query syntax.
        assert_eq!(
            Terms::parse("a:* | !b & 'c' \"d\"").unwrap().tsquery(),
            "a & b & c & d"
        );
    }

    #[test]
    fn empty_long_and_wordless_queries_are_refused() {
        let many: Vec<String> = (0..13).map(|i| format!("w{i}")).collect();
        for query in ["", "   ", "!!! ---", &many.join(" "), &"x".repeat(300)] {
            let err = Terms::parse(query).unwrap_err();
            assert_eq!(err.field(), Some("query"), "{query}");
        }
    }
}
