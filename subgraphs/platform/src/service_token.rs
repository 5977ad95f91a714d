//! The check of internal endpoints between subgraphs: the request must
//! carry the service token (`Authorization: Bearer <auth.service_token>`).

use axum::http::{HeaderMap, header};
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

/// Accepts requests that carry the service token.
#[derive(Clone)]
pub struct ServiceTokenCheck {
    /// SHA-256 of the token: compared digest to digest, so the comparison
    /// time says nothing about the token.
    digest: [u8; 32],
}

impl ServiceTokenCheck {
    /// A check for `token`.
    pub fn new(token: &SecretString) -> Self {
        Self {
            digest: Sha256::digest(token.expose_secret().as_bytes()).into(),
        }
    }

    /// Whether `headers` carry the token.
    pub fn accepts(&self, headers: &HeaderMap) -> bool {
        headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|token| <[u8; 32]>::from(Sha256::digest(token.as_bytes())))
            == Some(self.digest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_token_passes() {
        let check = ServiceTokenCheck::new(&"s3cret".to_owned().into());
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(
                header::AUTHORIZATION,
                value.parse().unwrap_or_else(|_| unreachable!()),
            );
            headers
        };
        assert!(check.accepts(&with("Bearer s3cret")));
        assert!(!check.accepts(&with("Bearer s3cret ")));
        assert!(!check.accepts(&with("s3cret")));
        assert!(!check.accepts(&with("Bearer other")));
        assert!(!check.accepts(&HeaderMap::new()));
    }
}
