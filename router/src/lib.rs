//! The library behind the `stunxt` binary.
//!
//! - [`demo`]: the demo community `stunxt up --demo` creates.
//! - [`gateway`]: the Apollo Router serving the composed supergraph,
//!   started in-process from a `router.yaml`.
//! - [`plugins`]: native router plugins (depth limit, request ids).
//! - [`subgraphs`]: the subgraphs this binary runs.
//! - [`up`]: single-node mode, every subgraph and the router in one process.

pub mod demo;
pub mod gateway;
pub mod plugins;
pub mod subgraphs;
pub mod up;
