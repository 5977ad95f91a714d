//! Reads rover's `supergraph.yaml`, the list of subgraphs to compose.
//!
//! Only the parts this workspace uses are understood: `federation_version`
//! and, per subgraph, `routing_url` and `schema.file`. Subgraph order is kept
//! as written, so output that lists subgraphs follows the file.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

/// The file name of rover's supergraph configuration at the repository root.
pub const SUPERGRAPH_CONFIG: &str = "supergraph.yaml";

/// A parsed `supergraph.yaml`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupergraphConfig {
    /// The `federation_version` field (for rover, e.g. `=2.11.0`), if set.
    pub federation_version: Option<String>,
    /// Subgraphs in the order the file lists them.
    pub subgraphs: Vec<SubgraphConfig>,
}

/// One entry under `subgraphs:`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubgraphConfig {
    /// The subgraph's name (its key under `subgraphs:`).
    pub name: String,
    /// Default URL the router sends this subgraph's requests to.
    pub routing_url: String,
    /// The SDL file, relative to the directory holding `supergraph.yaml`.
    pub schema_file: PathBuf,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    federation_version: Option<serde_yaml::Value>,
    subgraphs: serde_yaml::Mapping,
}

#[derive(Deserialize)]
struct RawSubgraph {
    routing_url: String,
    schema: RawSchema,
}

#[derive(Deserialize)]
struct RawSchema {
    file: Option<PathBuf>,
    subgraph_url: Option<String>,
    graphref: Option<String>,
}

impl SupergraphConfig {
    /// Reads and parses `supergraph.yaml` at `path`.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        Self::parse(&text).with_context(|| format!("invalid {}", path.display()))
    }

    /// Parses the text of a `supergraph.yaml`.
    pub fn parse(text: &str) -> Result<Self> {
        let raw: RawConfig = serde_yaml::from_str(text)?;
        // rover accepts `=2.11.0` as a string and `2` as a number; keep the
        // text either way since it is only informative here.
        let federation_version = match raw.federation_version {
            None => None,
            Some(serde_yaml::Value::String(version)) => Some(version),
            Some(serde_yaml::Value::Number(version)) => Some(version.to_string()),
            Some(other) => bail!("federation_version must be a string, got {other:?}"),
        };
        let mut subgraphs = Vec::with_capacity(raw.subgraphs.len());
        for (key, value) in raw.subgraphs {
            let Some(name) = key.as_str().map(str::to_owned) else {
                bail!("subgraph names must be strings, got {key:?}");
            };
            let entry: RawSubgraph = serde_yaml::from_value(value)
                .with_context(|| format!("invalid entry for subgraph `{name}`"))?;
            let schema_file = match entry.schema {
                RawSchema {
                    file: Some(file), ..
                } => file,
                RawSchema {
                    subgraph_url,
                    graphref,
                    ..
                } => {
                    let source = subgraph_url
                        .map(|url| format!("subgraph_url {url}"))
                        .or(graphref.map(|graph| format!("graphref {graph}")))
                        .unwrap_or_else(|| "no schema source".to_string());
                    bail!(
                        "subgraph `{name}` must use `schema.file`, since its SDL is generated \
                         from this workspace (found {source})"
                    );
                }
            };
            subgraphs.push(SubgraphConfig {
                name,
                routing_url: entry.routing_url,
                schema_file,
            });
        }
        Ok(Self {
            federation_version,
            subgraphs,
        })
    }

    /// Looks a subgraph up by name.
    pub fn subgraph(&self, name: &str) -> Option<&SubgraphConfig> {
        self.subgraphs.iter().find(|subgraph| subgraph.name == name)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn keeps_subgraph_order_and_fields() {
        let config = SupergraphConfig::parse(
            r#"
federation_version: =2.11.0
subgraphs:
  zeta:
    routing_url: http://127.0.0.1:1/graphql
    schema:
      file: ./subgraphs/zeta/schema.graphql
  alpha:
    routing_url: http://127.0.0.1:2/graphql
    schema:
      file: ./subgraphs/alpha/schema.graphql
"#,
        )
        .unwrap();
        assert_eq!(config.federation_version.as_deref(), Some("=2.11.0"));
        let names: Vec<_> = config.subgraphs.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["zeta", "alpha"]);
        assert_eq!(
            config.subgraph("alpha").unwrap().schema_file,
            PathBuf::from("./subgraphs/alpha/schema.graphql")
        );
    }

    #[test]
    fn rejects_non_file_schema_sources() {
        let error = SupergraphConfig::parse(
            "subgraphs:\n  a:\n    routing_url: http://x\n    schema:\n      subgraph_url: http://x\n",
        )
        .unwrap_err();
        assert!(format!("{error:#}").contains("schema.file"), "{error:#}");
    }
}
