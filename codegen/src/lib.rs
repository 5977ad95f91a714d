//! Schema tooling for the StunxtV2 supergraph.
//!
//! * [`normalize_sdl`] turns a subgraph's exported federation SDL into a stable,
//!   sorted document so the checked-in `schema.graphql` files only change when
//!   the schema does.
//! * [`compose`] / [`compose_supergraph`] compose subgraph SDL into a
//!   supergraph with the Rust composer in `apollo-federation` (the same version
//!   the Apollo Router embeds), and [`api_schema`] derives the client-facing
//!   API schema from a supergraph.
//! * [`config`] reads rover's `supergraph.yaml`; [`workspace`] generates and
//!   checks the files the `codegen` binary maintains; [`registry`] lists the
//!   subgraphs built from this workspace.
//!
//! The composition functions take SDL strings only and know nothing of the
//! repository's file layout, so the `stunxt` binary can compose at start-up for
//! the subgraph URLs it actually serves.

pub mod config;
pub mod registry;
pub mod workspace;

use std::fmt;

use anyhow::{Context, Result, anyhow};
use apollo_compiler::ast::{Definition, Document};
use apollo_federation::ApiSchemaOptions;
use apollo_federation::composition::{self, CompositionOptions, Satisfiable, Supergraph};
use apollo_federation::error::CompositionError;
use apollo_federation::subgraph::typestate::{Initial, Subgraph};

/// One subgraph to compose: its name (as in `supergraph.yaml`), the URL the
/// router sends its requests to, and its federation SDL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubgraphInput {
    /// Subgraph name; becomes a `join__Graph` value in the supergraph.
    pub name: String,
    /// Routing URL recorded in the supergraph's `join__graph` directive.
    pub url: String,
    /// Federation SDL as exported by the subgraph.
    pub sdl: String,
}

impl SubgraphInput {
    /// Bundles a subgraph's name, routing URL and SDL.
    pub fn new(name: impl Into<String>, url: impl Into<String>, sdl: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            url: url.into(),
            sdl: sdl.into(),
        }
    }
}

/// A message from the composer: an error or a hint, with its Apollo code
/// (for example `INVALID_GRAPHQL` or `INCONSISTENT_DESCRIPTION`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Apollo Federation error or hint code.
    pub code: String,
    /// Human-readable message, prefixed with the subgraph name when the
    /// composer attributes it to one subgraph.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.code, self.message)
    }
}

impl From<&CompositionError> for Diagnostic {
    fn from(error: &CompositionError) -> Self {
        Self {
            code: error.code().definition().code().to_string(),
            message: error.to_string(),
        }
    }
}

/// Composition failed; every error the composer reported is kept so callers
/// can show all of them at once rather than fixing one per run.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct CompositionErrors {
    /// The composer's errors, in the order it reported them.
    pub errors: Vec<Diagnostic>,
    /// Hints the composer produced before failing; often explain the errors.
    pub hints: Vec<Diagnostic>,
}

impl fmt::Display for CompositionErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "supergraph composition failed with {} error(s):",
            self.errors.len()
        )?;
        for error in &self.errors {
            // Diagnostics from the GraphQL parser span several lines; indent
            // them so each error stays visibly one item.
            write!(f, "\n  {}", error.to_string().replace('\n', "\n    "))?;
        }
        Ok(())
    }
}

/// A successful composition.
#[derive(Clone, Debug)]
pub struct Composition {
    /// The supergraph SDL the Apollo Router serves.
    pub supergraph_sdl: String,
    /// The client-facing API schema: the supergraph without federation
    /// machinery (`join__*`, `link__*`, `@inaccessible` elements).
    pub api_sdl: String,
    /// Non-fatal hints from the composer.
    pub hints: Vec<Diagnostic>,
}

/// Composes subgraphs into a supergraph and derives its API schema.
///
/// Subgraph order does not matter: the composer sorts subgraphs by name.
/// Errors, including SDL that does not parse, come back as
/// [`CompositionErrors`] carrying every error with its code.
pub fn compose(subgraphs: &[SubgraphInput]) -> Result<Composition, CompositionErrors> {
    let supergraph = compose_satisfiable(subgraphs)?;
    let hints = supergraph
        .hints()
        .iter()
        .map(|hint| Diagnostic {
            code: hint.code().to_string(),
            message: hint.message().to_string(),
        })
        .collect();
    let supergraph_sdl = with_trailing_newline(supergraph.schema().schema().to_string());
    let api = supergraph
        .to_api_schema(ApiSchemaOptions::default())
        .map_err(|error| CompositionErrors {
            errors: vec![Diagnostic {
                code: "API_SCHEMA".to_string(),
                message: format!("could not derive the API schema: {error}"),
            }],
            hints: Vec::new(),
        })?;
    let api_sdl = sort_definitions(&api.schema().to_string(), "api.graphql").map_err(|error| {
        CompositionErrors {
            errors: vec![Diagnostic {
                code: "API_SCHEMA".to_string(),
                message: format!("could not print the API schema: {error:#}"),
            }],
            hints: Vec::new(),
        }
    })?;
    Ok(Composition {
        supergraph_sdl,
        api_sdl,
        hints,
    })
}

/// Composes `(name, routing_url, sdl)` triples into supergraph SDL.
///
/// This is the entry point for the `stunxt` binary, which composes at start-up
/// with the URLs of the subgraphs it runs. On failure the error is a
/// [`CompositionErrors`] (reachable with `anyhow::Error::downcast_ref`) whose
/// message lists every composition error with its code.
pub fn compose_supergraph<N, U, S>(subgraphs: &[(N, U, S)]) -> Result<String>
where
    N: AsRef<str>,
    U: AsRef<str>,
    S: AsRef<str>,
{
    let inputs: Vec<SubgraphInput> = subgraphs
        .iter()
        .map(|(name, url, sdl)| SubgraphInput::new(name.as_ref(), url.as_ref(), sdl.as_ref()))
        .collect();
    let supergraph = compose_satisfiable(&inputs)?;
    Ok(with_trailing_newline(
        supergraph.schema().schema().to_string(),
    ))
}

/// Derives the client-facing API schema from supergraph SDL, with type
/// definitions sorted by name.
pub fn api_schema(supergraph_sdl: &str) -> Result<String> {
    let supergraph =
        Supergraph::parse(supergraph_sdl).context("supergraph SDL is not a valid supergraph")?;
    // The supergraph was produced by composition (or is trusted input), so
    // satisfiability was already checked; re-running it here would only cost time.
    let api = supergraph
        .assume_satisfiable()
        .to_api_schema(ApiSchemaOptions::default())
        .context("could not derive the API schema")?;
    sort_definitions(&api.schema().to_string(), "api.graphql")
}

/// Normalises exported subgraph SDL so reruns produce identical bytes.
///
/// The SDL is parsed and reprinted; the schema definition and extensions come
/// first, then directive definitions, then types, each group sorted by name.
/// Fields, arguments and enum values keep their declared order, which is
/// already stable and reads better than alphabetical order. The result ends
/// with exactly one newline.
pub fn normalize_sdl(sdl: &str) -> Result<String> {
    sort_definitions(sdl, "schema.graphql")
}

fn compose_satisfiable(
    subgraphs: &[SubgraphInput],
) -> Result<Supergraph<Satisfiable>, CompositionErrors> {
    let mut errors = Vec::new();
    let mut parsed: Vec<Subgraph<Initial>> = Vec::with_capacity(subgraphs.len());
    for input in subgraphs {
        match Subgraph::parse(&input.name, &input.url, &input.sdl) {
            Ok(subgraph) => parsed.push(subgraph),
            Err(error) => errors.extend(
                error
                    .to_composition_errors()
                    .map(|error| Diagnostic::from(&error)),
            ),
        }
    }
    if subgraphs.is_empty() {
        errors.push(Diagnostic {
            code: "NO_SUBGRAPHS".to_string(),
            message: "there are no subgraphs to compose".to_string(),
        });
    }
    // Parse errors in one subgraph are reported together with those of the
    // others, but composing a partial set would only add misleading errors.
    if !errors.is_empty() {
        return Err(CompositionErrors {
            errors,
            hints: Vec::new(),
        });
    }
    composition::compose(parsed, CompositionOptions::default()).map_err(|failure| {
        CompositionErrors {
            errors: failure.errors.iter().map(Diagnostic::from).collect(),
            hints: failure
                .hints
                .iter()
                .map(|hint| Diagnostic {
                    code: hint.code().to_string(),
                    message: hint.message().to_string(),
                })
                .collect(),
        }
    })
}

/// Reprints a type-system document with its definitions in a stable order.
fn sort_definitions(sdl: &str, source_name: &str) -> Result<String> {
    let mut document = Document::parse(sdl, source_name)
        .map_err(|invalid| anyhow!("{source_name} is not valid GraphQL:\n{}", invalid.errors))?;
    // A stable sort keeps a type's definition ahead of its extensions.
    document.definitions.sort_by(|a, b| {
        definition_group(a)
            .cmp(&definition_group(b))
            .then_with(|| definition_name(a).cmp(definition_name(b)))
    });
    Ok(with_trailing_newline(document.to_string()))
}

fn definition_group(definition: &Definition) -> u8 {
    match definition {
        Definition::SchemaDefinition(_) | Definition::SchemaExtension(_) => 0,
        Definition::DirectiveDefinition(_) => 1,
        Definition::OperationDefinition(_) | Definition::FragmentDefinition(_) => 3,
        _ => 2,
    }
}

fn definition_name(definition: &Definition) -> &str {
    definition.name().map(|name| name.as_str()).unwrap_or("")
}

fn with_trailing_newline(text: String) -> String {
    let mut text = text.trim_end().to_string();
    text.push('\n');
    text
}
