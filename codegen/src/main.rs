//! `codegen`: exports subgraph SDL, composes the supergraph and API schema,
//! and checks that the checked-in copies are current.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use stunxt_codegen::CompositionErrors;
use stunxt_codegen::registry::SUBGRAPHS;
use stunxt_codegen::workspace::{self, GeneratedFile};

/// Schema generation for the StunxtV2 supergraph. Paths are relative to the
/// repository root, found by walking up from the current directory.
#[derive(Parser)]
#[command(name = "codegen", version, about)]
struct Cli {
    /// Repository root (default: the nearest ancestor holding the workspace Cargo.toml).
    #[arg(long, global = true)]
    root: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write every subgraph's federation SDL to its `schema.file` from supergraph.yaml.
    Sdl,
    /// Compose the subgraph SDL files into router/supergraph.graphql and codegen/api.graphql.
    Compose,
    /// Run `sdl` then `compose`.
    All,
    /// Regenerate everything in memory and fail if any checked-in file differs.
    Check,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            // Composition errors are listed one per line with their codes
            // rather than squeezed into anyhow's single-line chain.
            if let Some(failure) = error.downcast_ref::<CompositionErrors>() {
                eprintln!("error: {failure}");
                for hint in &failure.hints {
                    eprintln!("hint: {hint}");
                }
            } else {
                eprintln!("error: {error:#}");
            }
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let root = match cli.root {
        Some(root) => root,
        None => default_root()?,
    };
    match cli.command {
        Command::Sdl => sdl(&root)?,
        Command::Compose => compose(&root)?,
        Command::All => {
            sdl(&root)?;
            compose(&root)?;
        }
        Command::Check => return check(&root),
    }
    Ok(ExitCode::SUCCESS)
}

fn default_root() -> Result<PathBuf> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    if let Some(root) = workspace::find_root(&cwd) {
        return Ok(root);
    }
    // Run from outside the checkout (e.g. an installed binary): fall back to
    // the checkout this binary was built from.
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    workspace::find_root(manifest_dir)
        .context("cannot find the workspace root; pass --root or run inside the repository")
}

fn sdl(root: &Path) -> Result<()> {
    let config = workspace::load_config(root)?;
    workspace::ensure_registry_matches(&config, SUBGRAPHS)?;
    let files = workspace::export_sdl(&config, SUBGRAPHS)?;
    report_written(root, &files)
}

fn compose(root: &Path) -> Result<()> {
    let config = workspace::load_config(root)?;
    let sdl_by_name = workspace::read_schema_files(root, &config)?;
    let composed = workspace::compose_files(&config, &sdl_by_name)?;
    for hint in &composed.hints {
        eprintln!("hint: {hint}");
    }
    report_written(root, &composed.files)
}

fn check(root: &Path) -> Result<ExitCode> {
    let stale = workspace::check(root, SUBGRAPHS)?;
    if stale.is_empty() {
        println!("all generated schema files are up to date");
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!("{} generated file(s) are stale:", stale.len());
    for file in &stale {
        eprintln!("  {}: {}", file.path.display(), file.hint);
    }
    eprintln!("run `cargo run -p stunxt-codegen -- all` and commit the result");
    Ok(ExitCode::FAILURE)
}

fn report_written(root: &Path, files: &[GeneratedFile]) -> Result<()> {
    let written = workspace::write_files(root, files)?;
    for file in files {
        let state = if written.contains(&file.path) {
            "wrote"
        } else {
            "unchanged"
        };
        println!("{state} {}", file.path.display());
    }
    Ok(())
}
