//! The subgraphs built from this workspace and how to get their SDL.
//!
//! Adding a subgraph is one line here plus its entry in `supergraph.yaml`;
//! `codegen check` fails while the two lists disagree.

/// Returns a subgraph's federation SDL
/// (`schema.sdl_with_options(SDLExportOptions::new().federation())`).
pub type SdlFn = fn() -> String;

/// Subgraph name (as in `supergraph.yaml`) and its SDL export function.
pub const SUBGRAPHS: &[(&str, SdlFn)] = &[
    ("identity", stunxt_identity::sdl),
    ("communities", stunxt_communities::sdl),
    ("media", stunxt_media::sdl),
    ("discussions", stunxt_discussions::sdl),
    ("messaging", stunxt_messaging::sdl),
    ("realtime", stunxt_realtime::sdl),
    ("notifications", stunxt_notifications::sdl),
];
