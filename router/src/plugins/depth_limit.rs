//! `stunxt.depth_limit`: operation depth measured on the whole operation.

use std::{collections::HashSet, ops::ControlFlow};

use apollo_compiler::ast::{Definition, Document, Selection};
use apollo_router::{
    graphql,
    layers::ServiceBuilderExt,
    plugin::{Plugin, PluginInit},
    register_plugin,
    services::supergraph,
};
use http::StatusCode;
use schemars::JsonSchema;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tower::{BoxError, ServiceBuilder, ServiceExt};

/// The `extensions.code` of a refused operation; the subgraphs use the same.
pub const QUERY_TOO_DEEP: &str = stunxt_platform::server::QUERY_TOO_DEEP;

/// Configuration of `stunxt.depth_limit`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DepthLimitConfig {
    /// Deepest accepted nesting of fields (`{ a { b } }` has depth 2).
    pub max_depth: usize,
}

/// Operations whose depth is remembered. Clients send the same few
/// hundred operations over and over; each is parsed here once.
const REMEMBERED: u64 = 10_000;

/// Refuses operations deeper than `max_depth`.
#[derive(Debug)]
pub struct DepthLimit {
    max_depth: usize,
    /// Depths by SHA-256 of (operation name, document).
    depths: moka::sync::Cache<[u8; 32], Option<usize>>,
}

#[async_trait::async_trait]
impl Plugin for DepthLimit {
    type Config = DepthLimitConfig;

    async fn new(init: PluginInit<Self::Config>) -> Result<Self, BoxError> {
        if init.config.max_depth == 0 {
            return Err("stunxt.depth_limit.max_depth must be at least 1".into());
        }
        Ok(Self {
            max_depth: init.config.max_depth,
            depths: moka::sync::Cache::new(REMEMBERED),
        })
    }

    fn supergraph_service(&self, service: supergraph::BoxService) -> supergraph::BoxService {
        let max_depth = self.max_depth;
        let depths = self.depths.clone();
        ServiceBuilder::new()
            .checkpoint(move |request: supergraph::Request| {
                let body = request.supergraph_request.body();
                let depth = body.query.as_deref().and_then(|query| {
                    let name = body.operation_name.as_deref();
                    depths.get_with(key(query, name), || operation_depth(query, name))
                });
                match depth {
                    Some(depth) if depth > max_depth => {
                        let error = graphql::Error::builder()
                            .message(format!(
                                "the operation is nested {depth} levels deep; the limit is {max_depth}"
                            ))
                            .extension_code(QUERY_TOO_DEEP)
                            .build();
                        let response = supergraph::Response::error_builder()
                            .error(error)
                            .status_code(StatusCode::BAD_REQUEST)
                            .context(request.context)
                            .build()?;
                        Ok(ControlFlow::Break(response))
                    }
                    _ => Ok(ControlFlow::Continue(request)),
                }
            })
            .service(service)
            .boxed()
    }
}

register_plugin!("stunxt", "depth_limit", DepthLimit);

/// What a depth is remembered by: the document and the operation name,
/// each length-prefixed so that no two pairs share a key.
fn key(query: &str, operation_name: Option<&str>) -> [u8; 32] {
    let mut hasher = Sha256::new();
    match operation_name {
        Some(name) => {
            hasher.update((name.len() as u64 + 1).to_le_bytes());
            hasher.update(name.as_bytes());
        }
        None => hasher.update(0u64.to_le_bytes()),
    }
    hasher.update(query.as_bytes());
    hasher.finalize().into()
}

/// The depth of the operation a request runs (the named one, or the
/// deepest when no name is given), following fragment spreads; `None` when
/// the document does not parse (the router then reports the syntax error).
pub fn operation_depth(query: &str, operation_name: Option<&str>) -> Option<usize> {
    let document = Document::parse(query, "operation.graphql").ok()?;
    let fragments: std::collections::HashMap<&str, &[Selection]> = document
        .definitions
        .iter()
        .filter_map(|d| match d {
            Definition::FragmentDefinition(f) => {
                Some((f.name.as_str(), f.selection_set.as_slice()))
            }
            _ => None,
        })
        .collect();
    document
        .definitions
        .iter()
        .filter_map(|d| match d {
            Definition::OperationDefinition(op)
                if operation_name.is_none()
                    || op.name.as_ref().map(|n| n.as_str()) == operation_name =>
            {
                Some(depth(&op.selection_set, &fragments, &mut HashSet::new()))
            }
            _ => None,
        })
        .max()
}

fn depth<'a>(
    selections: &'a [Selection],
    fragments: &std::collections::HashMap<&'a str, &'a [Selection]>,
    visiting: &mut HashSet<&'a str>,
) -> usize {
    selections
        .iter()
        .map(|selection| match selection {
            Selection::Field(field) => 1 + depth(&field.selection_set, fragments, visiting),
            Selection::InlineFragment(inline) => depth(&inline.selection_set, fragments, visiting),
            Selection::FragmentSpread(spread) => {
                let name = spread.fragment_name.as_str();
                // A fragment cycle is invalid GraphQL; validation reports it.
                match fragments.get(name) {
                    Some(set) if visiting.insert(name) => {
                        let d = depth(set, fragments, visiting);
                        visiting.remove(name);
                        d
                    }
                    _ => 0,
                }
            }
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_field_nesting_through_fragments() {
        assert_eq!(operation_depth("{ a }", None), Some(1));
        assert_eq!(operation_depth("{ a { b { c } } d }", None), Some(3));
        assert_eq!(
            operation_depth(
                "{ a { ...F } } fragment F on T { b { ... on U { c } } }",
                None
            ),
            Some(3)
        );
        assert_eq!(
            operation_depth("query A { a } query B { a { b } }", Some("A")),
            Some(1)
        );
        assert_eq!(
            operation_depth("query A { a } query B { a { b } }", None),
            Some(2)
        );
    }

    #[test]
    fn survives_fragment_cycles_and_bad_syntax() {
        assert_eq!(
            operation_depth("{ ...F } fragment F on Q { a { ...F } }", None),
            Some(1)
        );
        assert_eq!(operation_depth("{ a ", None), None);
    }

    #[test]
    fn remembers_each_operation_of_a_document_apart() {
        let query = "query A { a } query B { a { b } }";
        assert_ne!(key(query, Some("A")), key(query, Some("B")));
        assert_ne!(key(query, None), key(query, Some("")));
        // Name and document are not simply joined.
        assert_ne!(key("b { c }", Some("Qa")), key("a b { c }", Some("Q")));
        assert_eq!(key(query, Some("A")), key(query, Some("A")));
    }
}
