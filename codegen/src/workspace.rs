//! The files `codegen` maintains in the repository, generated in memory so
//! they can be written (`codegen sdl`, `codegen compose`) or compared with
//! the checked-in copies (`codegen check`).
//!
//! Every function takes the repository root and the subgraph list explicitly,
//! so tests can run them against a temporary copy with their own schemas.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::config::{SUPERGRAPH_CONFIG, SupergraphConfig};
use crate::registry::SdlFn;
use crate::{Diagnostic, SubgraphInput, normalize_sdl};

/// The composed supergraph the router loads, relative to the repository root.
pub const SUPERGRAPH_FILE: &str = "router/supergraph.graphql";
/// The client-facing API schema, relative to the repository root.
pub const API_SCHEMA_FILE: &str = "codegen/api.graphql";

/// A file's expected contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the repository root.
    pub path: PathBuf,
    /// Full file contents.
    pub contents: String,
}

/// The output of composing: the supergraph and API schema files, plus the
/// composer's hints.
#[derive(Clone, Debug)]
pub struct ComposedFiles {
    /// `router/supergraph.graphql` and `codegen/api.graphql`.
    pub files: Vec<GeneratedFile>,
    /// Non-fatal hints from the composer.
    pub hints: Vec<Diagnostic>,
}

/// A checked-in file that differs from what would be generated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaleFile {
    /// Path relative to the repository root.
    pub path: PathBuf,
    /// Where the difference starts, for a quick look before running the generator.
    pub hint: String,
}

/// Finds the repository root: the nearest ancestor of `start` whose
/// `Cargo.toml` declares a `[workspace]`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start.ancestors().find_map(|dir| {
        let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).ok()?;
        manifest
            .lines()
            .any(|line| line.trim() == "[workspace]")
            .then(|| dir.to_path_buf())
    })
}

/// Reads `supergraph.yaml` from the repository root.
pub fn load_config(root: &Path) -> Result<SupergraphConfig> {
    SupergraphConfig::load(&root.join(SUPERGRAPH_CONFIG))
}

/// Where a subgraph's SDL lives, relative to the root: the `schema.file` from
/// `supergraph.yaml`, or `subgraphs/<name>/schema.graphql` when it is not listed.
pub fn schema_path(config: &SupergraphConfig, name: &str) -> PathBuf {
    match config.subgraph(name) {
        Some(subgraph) => clean_relative(&subgraph.schema_file),
        None => Path::new("subgraphs").join(name).join("schema.graphql"),
    }
}

/// Fails unless `supergraph.yaml` and the subgraph registry name the same
/// subgraphs, so neither can be forgotten when a subgraph is added.
pub fn ensure_registry_matches(config: &SupergraphConfig, sources: &[(&str, SdlFn)]) -> Result<()> {
    let mut problems = Vec::new();
    for subgraph in &config.subgraphs {
        if !sources.iter().any(|(name, _)| *name == subgraph.name) {
            problems.push(format!(
                "`{}` is in {SUPERGRAPH_CONFIG} but not in the codegen registry",
                subgraph.name
            ));
        }
    }
    for (name, _) in sources {
        if config.subgraph(name).is_none() {
            problems.push(format!(
                "`{name}` is in the codegen registry but not in {SUPERGRAPH_CONFIG}"
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        bail!("subgraph lists disagree:\n  {}", problems.join("\n  "))
    }
}

/// Exports and normalises every registered subgraph's SDL.
pub fn export_sdl(
    config: &SupergraphConfig,
    sources: &[(&str, SdlFn)],
) -> Result<Vec<GeneratedFile>> {
    sources
        .iter()
        .map(|(name, sdl)| {
            let contents = normalize_sdl(&sdl())
                .with_context(|| format!("subgraph `{name}` exported invalid SDL"))?;
            Ok(GeneratedFile {
                path: schema_path(config, name),
                contents,
            })
        })
        .collect()
}

/// Composes the subgraphs listed in `supergraph.yaml`, taking each one's SDL
/// from `sdl_by_name`, and returns the supergraph and API schema files.
///
/// A composition failure is returned as [`crate::CompositionErrors`] inside
/// the `anyhow::Error`.
pub fn compose_files(
    config: &SupergraphConfig,
    sdl_by_name: &BTreeMap<String, String>,
) -> Result<ComposedFiles> {
    let inputs = config
        .subgraphs
        .iter()
        .map(|subgraph| {
            let sdl = sdl_by_name
                .get(&subgraph.name)
                .with_context(|| format!("no SDL for subgraph `{}`", subgraph.name))?;
            Ok(SubgraphInput::new(
                &subgraph.name,
                &subgraph.routing_url,
                sdl,
            ))
        })
        .collect::<Result<Vec<_>>>()?;
    let composition = crate::compose(&inputs)?;
    Ok(ComposedFiles {
        files: vec![
            GeneratedFile {
                path: PathBuf::from(SUPERGRAPH_FILE),
                contents: composition.supergraph_sdl,
            },
            GeneratedFile {
                path: PathBuf::from(API_SCHEMA_FILE),
                contents: composition.api_sdl,
            },
        ],
        hints: composition.hints,
    })
}

/// Reads the checked-in SDL file of every subgraph in `supergraph.yaml`.
pub fn read_schema_files(
    root: &Path,
    config: &SupergraphConfig,
) -> Result<BTreeMap<String, String>> {
    config
        .subgraphs
        .iter()
        .map(|subgraph| {
            let path = root.join(schema_path(config, &subgraph.name));
            let sdl = std::fs::read_to_string(&path).with_context(|| {
                format!(
                    "cannot read the SDL of subgraph `{}` at {} (run `codegen sdl` first)",
                    subgraph.name,
                    path.display()
                )
            })?;
            Ok((subgraph.name.clone(), sdl))
        })
        .collect()
}

/// Generates every maintained file in memory: each subgraph's SDL, the
/// supergraph and the API schema composed from that SDL.
pub fn generate_all(config: &SupergraphConfig, sources: &[(&str, SdlFn)]) -> Result<ComposedFiles> {
    ensure_registry_matches(config, sources)?;
    let sdl_files = export_sdl(config, sources)?;
    let sdl_by_name = sources
        .iter()
        .zip(&sdl_files)
        .map(|((name, _), file)| (name.to_string(), file.contents.clone()))
        .collect();
    let composed = compose_files(config, &sdl_by_name)?;
    let mut files = sdl_files;
    files.extend(composed.files);
    Ok(ComposedFiles {
        files,
        hints: composed.hints,
    })
}

/// Compares generated files with those under `root` and lists the ones that
/// are missing or differ.
pub fn stale_files(root: &Path, files: &[GeneratedFile]) -> Vec<StaleFile> {
    files
        .iter()
        .filter_map(|file| {
            let path = root.join(&file.path);
            let hint = match std::fs::read_to_string(&path) {
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => "missing".to_string(),
                Err(error) => format!("cannot read it: {error}"),
                Ok(current) if current == file.contents => return None,
                Ok(current) => diff_hint(&current, &file.contents),
            };
            Some(StaleFile {
                path: file.path.clone(),
                hint,
            })
        })
        .collect()
}

/// Regenerates everything in memory and lists the checked-in files that differ.
pub fn check(root: &Path, sources: &[(&str, SdlFn)]) -> Result<Vec<StaleFile>> {
    let config = load_config(root)?;
    let generated = generate_all(&config, sources)?;
    Ok(stale_files(root, &generated.files))
}

/// Writes files under `root`, creating directories as needed. Files whose
/// contents are already right are left untouched, so build tools watching
/// modification times do not rebuild. Returns the paths that were written.
pub fn write_files(root: &Path, files: &[GeneratedFile]) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for file in files {
        let path = root.join(&file.path);
        if std::fs::read_to_string(&path).is_ok_and(|current| current == file.contents) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, &file.contents)
            .with_context(|| format!("cannot write {}", path.display()))?;
        written.push(file.path.clone());
    }
    Ok(written)
}

/// Describes where two texts first differ, by line.
fn diff_hint(current: &str, expected: &str) -> String {
    let mut current_lines = current.lines();
    let mut expected_lines = expected.lines();
    let mut line = 1;
    loop {
        match (current_lines.next(), expected_lines.next()) {
            (Some(a), Some(b)) if a == b => line += 1,
            (Some(a), Some(b)) => {
                return format!(
                    "first difference at line {line}:\n      checked in: {}\n      generated:  {}",
                    a.trim_end(),
                    b.trim_end()
                );
            }
            (Some(a), None) => {
                return format!(
                    "checked-in file has extra lines from line {line}: {}",
                    a.trim_end()
                );
            }
            (None, Some(b)) => {
                return format!(
                    "checked-in file ends at line {}; generated continues with: {}",
                    line - 1,
                    b.trim_end()
                );
            }
            // Same lines but different bytes: line endings or the final newline.
            (None, None) => return "differs only in line endings or trailing newline".to_string(),
        }
    }
}

/// Drops `.` components so `./subgraphs/x` and `subgraphs/x` name the same file.
fn clean_relative(path: &Path) -> PathBuf {
    path.components()
        .filter(|component| !matches!(component, Component::CurDir))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_hint_points_at_first_difference() {
        let hint = diff_hint("a\nb\nc\n", "a\nx\nc\n");
        assert!(hint.contains("line 2"), "{hint}");
        assert!(hint.contains("checked in: b"), "{hint}");
        assert!(hint.contains("generated:  x"), "{hint}");
        assert!(diff_hint("a\n", "a\nb\n").contains("ends at line 1"));
        assert!(diff_hint("a\n", "a").contains("trailing newline"));
    }

    #[test]
    fn schema_paths_drop_current_dir() {
        assert_eq!(
            clean_relative(Path::new("./subgraphs/a/schema.graphql")),
            PathBuf::from("subgraphs/a/schema.graphql")
        );
    }
}
