//! WebSocket connections run on the delivery threads, apart from the
//! threads serving HTTP: with every delivery thread busy, HTTP requests
//! are still answered, while sockets wait for a delivery thread.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use common::{Harness, next, send};
use serde_json::json;
use uuid::Uuid;

const THREADS: usize = 2;

#[tokio::test]
async fn sockets_run_on_the_delivery_threads_and_http_does_not_wait_for_them() {
    let h = Harness::start_with(|c| c.realtime.delivery_threads = THREADS).await;
    let user = Uuid::now_v7();
    let mut socket = h.socket(Some("graphql-transport-ws")).await;

    // Every delivery thread busy for a while.
    let delivery = stunxt_realtime::delivery::runtime(THREADS).unwrap();
    let (started, finished) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    for _ in 0..THREADS {
        let (started, finished) = (started.clone(), finished.clone());
        delivery.spawn(async move {
            started.fetch_add(1, Ordering::SeqCst);
            std::thread::sleep(Duration::from_secs(2));
            finished.fetch_add(1, Ordering::SeqCst);
        });
    }
    // Both run at once, so each holds a thread of its own.
    while started.load(Ordering::SeqCst) < THREADS {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }

    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": { "token": h.token(user) } }),
    )
    .await;
    // HTTP is served meanwhile...
    let answer = h.realtime_http(user, "{ __typename }", json!({})).await;
    assert_eq!(answer["data"]["__typename"], "Query", "{answer}");
    assert_eq!(
        finished.load(Ordering::SeqCst),
        0,
        "HTTP waited for the delivery threads"
    );
    // ...while the socket is answered once a delivery thread is free.
    assert_eq!(next(&mut socket).await["type"], "connection_ack");
    assert!(
        finished.load(Ordering::SeqCst) > 0,
        "the socket was served off the delivery threads"
    );
}
