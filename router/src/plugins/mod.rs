//! Native Apollo Router plugins compiled into `stunxt` (free to use with an
//! unlicensed router), enabled under `plugins:` in `router.yaml`.
//!
//! - [`depth_limit`] (`stunxt.depth_limit`): refuses operations nested
//!   deeper than a limit before the query is planned. Subgraphs enforce the
//!   same limit on what they receive, but the router splits a query at
//!   subgraph boundaries, so only the router sees a chain that alternates
//!   between subgraphs as one deep operation.
//! - [`request_id`] (`stunxt.request_id`): gives every request an
//!   `x-request-id` (the client's, or a new one), which the router forwards
//!   to subgraphs and returns to the client, so one id names a request in
//!   every log.

pub mod depth_limit;
pub mod request_id;
