//! `stunxt.request_id`: one `x-request-id` per request, end to end.

use apollo_router::{
    plugin::{Plugin, PluginInit},
    register_plugin,
    services::router,
};
use http::HeaderValue;
use schemars::JsonSchema;
use serde::Deserialize;
use tower::{BoxError, ServiceBuilder, ServiceExt};

use stunxt_platform::telemetry::REQUEST_ID_HEADER;

const CONTEXT_KEY: &str = "stunxt::request_id";

/// Configuration of `stunxt.request_id` (none needed: `{}`).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestIdConfig {}

/// Adds an `x-request-id` to requests without a usable one and echoes it in
/// the response.
#[derive(Debug)]
pub struct RequestId;

#[async_trait::async_trait]
impl Plugin for RequestId {
    type Config = RequestIdConfig;

    async fn new(_init: PluginInit<Self::Config>) -> Result<Self, BoxError> {
        Ok(Self)
    }

    fn router_service(&self, service: router::BoxService) -> router::BoxService {
        ServiceBuilder::new()
            .map_request(|mut request: router::Request| {
                let headers = request.router_request.headers_mut();
                let id = headers
                    .get(REQUEST_ID_HEADER)
                    .and_then(|v| v.to_str().ok())
                    .filter(|v| usable(v))
                    .map(str::to_owned)
                    .unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
                if let Ok(value) = HeaderValue::from_str(&id) {
                    headers.insert(REQUEST_ID_HEADER, value);
                }
                let _ = request.context.insert(CONTEXT_KEY, id);
                request
            })
            .map_response(|mut response: router::Response| {
                let id = response
                    .context
                    .get::<_, String>(CONTEXT_KEY)
                    .ok()
                    .flatten();
                if let Some(value) = id.and_then(|id| HeaderValue::from_str(&id).ok()) {
                    response
                        .response
                        .headers_mut()
                        .insert(REQUEST_ID_HEADER, value);
                }
                response
            })
            .service(service)
            .boxed()
    }
}

register_plugin!("stunxt", "request_id", RequestId);

/// A client-sent id is kept when it is short and printable, so it cannot
/// flood or forge log lines.
fn usable(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
}

#[cfg(test)]
mod tests {
    use super::usable;

    #[test]
    fn only_short_printable_ids_are_kept() {
        assert!(usable("3f0c2a9e-1b2c-4d5e-8f90-123456789abc"));
        assert!(!usable(""));
        assert!(!usable("a b"));
        assert!(!usable("line\nbreak"));
        assert!(!usable(&"x".repeat(129)));
    }
}
