//! A stand-in for another subgraph's internal endpoint, for the tests of
//! the clients that call one.

use std::sync::{
    Arc, Mutex,
    atomic::{AtomicUsize, Ordering},
};
use std::time::Duration;

use axum::{Json, Router, http::HeaderMap, http::StatusCode, routing::post};
use serde_json::Value;

/// How many requests the stand-in had in flight at once, at most, and in all.
#[derive(Default)]
pub struct Load {
    now: AtomicUsize,
    most: AtomicUsize,
    total: AtomicUsize,
}

impl Load {
    /// How many requests came.
    pub fn total(&self) -> usize {
        self.total.load(Ordering::SeqCst)
    }

    /// Checks that `total` requests came, never more than `limit` at once
    /// but more than one.
    pub fn assert_queued(&self, total: usize, limit: usize) {
        assert_eq!(self.total.load(Ordering::SeqCst), total);
        let most = self.most.load(Ordering::SeqCst);
        assert!(most <= limit, "{most} requests in flight at once");
        assert!(most > 1, "the requests ran one at a time");
    }
}

/// Serves `answer` to every POST on loopback after `pause`; its
/// `http://host:port` and what it counted.
pub async fn slow_endpoint(answer: Value, pause: Duration) -> (String, Arc<Load>) {
    let load = Arc::new(Load::default());
    let counted = load.clone();
    let app = Router::new().fallback(post(move || {
        let (load, answer) = (counted.clone(), answer.clone());
        async move {
            let now = load.now.fetch_add(1, Ordering::SeqCst) + 1;
            load.most.fetch_max(now, Ordering::SeqCst);
            load.total.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(pause).await;
            load.now.fetch_sub(1, Ordering::SeqCst);
            Json(answer)
        }
    }));
    (serve(app).await, load)
}

/// Answers every POST on loopback with `status` and an empty JSON object;
/// its `http://host:port` and the `Authorization` header last received.
pub async fn status_endpoint(status: u16) -> (String, Arc<Mutex<Option<String>>>) {
    let seen = Arc::new(Mutex::new(None));
    let kept = seen.clone();
    let status = StatusCode::from_u16(status).unwrap();
    let app = Router::new().fallback(post(move |headers: HeaderMap| {
        let kept = kept.clone();
        async move {
            *kept.lock().unwrap() = headers
                .get("authorization")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            (status, Json(serde_json::json!({})))
        }
    }));
    (serve(app).await, seen)
}

async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}
