//! The threads WebSocket connections run on, apart from those serving
//! HTTP requests.
//!
//! One message to a space chat with a thousand subscribers is a thousand
//! socket writes (by the chat's feed, or by connection tasks it wakes). On
//! the runtime that serves HTTP, they queue ahead of the request sending
//! the next message, and each of its awaits (a database round trip, the
//! commit, the publish) waits its turn behind them: measured,
//! `sendMessage` took 24 ms at the median and 100 ms at p99 under that
//! load, against 4 and 23 ms without it. On threads of
//! their own, the operating system shares the cores between the two, and
//! a request that wakes up is served ahead of a burst of deliveries.
//!
//! A socket stays registered with the runtime that accepted it, which
//! tells the connection when the client has written; writes go straight
//! to the socket from the delivery threads.

use std::sync::OnceLock;

use tokio::runtime::{Builder, Handle, Runtime};

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

/// The delivery runtime, started on first use with `threads` worker
/// threads (0: one per CPU core); later calls get the same one whatever
/// they ask. It lives as long as the process.
pub fn runtime(threads: usize) -> std::io::Result<Handle> {
    if let Some(running) = RUNTIME.get() {
        return Ok(running.handle().clone());
    }
    let mut builder = Builder::new_multi_thread();
    if threads > 0 {
        builder.worker_threads(threads);
    }
    let built = builder
        .thread_name("stunxt-delivery")
        .enable_all()
        .build()?;
    if let Err(built) = RUNTIME.set(built) {
        // Another instance started it meanwhile. (Dropping a runtime
        // would block, which no async caller may.)
        built.shutdown_background();
    }
    RUNTIME
        .get()
        .map(|running| running.handle().clone())
        .ok_or_else(|| std::io::Error::other("the delivery runtime is gone"))
}
