//! The in-process bus: a bounded queue per running consumer. A group with
//! several consumers is served round-robin, like a Redis consumer group.
//! Nothing is persisted.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use tokio::{sync::mpsc, task::JoinHandle};
use tokio_util::sync::CancellationToken;

use super::{
    EventEnvelope,
    consumer::{Outcome, Worker},
};

/// Events a consumer may have queued before publishing waits for it.
const QUEUE_CAPACITY: usize = 1024;

/// One delivery waiting in a consumer's queue.
struct Job {
    event: EventEnvelope,
    attempt: u32,
}

/// The consumers of one group on one topic.
struct Route {
    group: Arc<str>,
    consumers: Vec<mpsc::Sender<Job>>,
    next: usize,
}

/// Routes published events to the running consumers of each group.
#[derive(Default)]
pub(crate) struct InProcessBus {
    routes: Mutex<HashMap<String, Vec<Route>>>,
}

impl InProcessBus {
    /// Queues `envelope` for one consumer of every group subscribed to its
    /// topic. Waits while a chosen consumer's queue is full.
    pub(crate) async fn publish(&self, envelope: &EventEnvelope) {
        let targets: Vec<(Arc<str>, mpsc::Sender<Job>)> = {
            let mut routes = self.routes.lock().unwrap_or_else(PoisonError::into_inner);
            let Some(groups) = routes.get_mut(&envelope.topic) else {
                return;
            };
            groups
                .iter_mut()
                .filter_map(|route| {
                    route.consumers.retain(|tx| !tx.is_closed());
                    if route.consumers.is_empty() {
                        return None;
                    }
                    route.next = (route.next + 1) % route.consumers.len();
                    Some((route.group.clone(), route.consumers[route.next].clone()))
                })
                .collect()
        };
        for (group, tx) in targets {
            let job = Job {
                event: envelope.clone(),
                attempt: 1,
            };
            if tx.send(job).await.is_err() {
                tracing::warn!(
                    consumer = %group,
                    event.id = %envelope.id,
                    event.topic = %envelope.topic,
                    "consumer stopped before delivery; event dropped"
                );
            }
        }
    }

    /// Registers a consumer of `worker.group` on `topics` and runs it until
    /// `token` is cancelled.
    pub(crate) fn spawn_consumer(
        &self,
        worker: Arc<Worker>,
        topics: &[String],
        token: CancellationToken,
    ) -> JoinHandle<()> {
        let (tx, rx) = mpsc::channel(QUEUE_CAPACITY);
        {
            let mut routes = self.routes.lock().unwrap_or_else(PoisonError::into_inner);
            for topic in topics {
                let groups = routes.entry(topic.clone()).or_default();
                match groups.iter_mut().find(|route| route.group == worker.group) {
                    Some(route) => route.consumers.push(tx.clone()),
                    None => groups.push(Route {
                        group: worker.group.clone(),
                        consumers: vec![tx.clone()],
                        next: 0,
                    }),
                }
            }
        }
        tokio::spawn(run(worker, tx, rx, token))
    }
}

async fn run(
    worker: Arc<Worker>,
    retry_tx: mpsc::Sender<Job>,
    mut rx: mpsc::Receiver<Job>,
    token: CancellationToken,
) {
    tracing::info!(consumer = %worker.group, backend = "in-process", "event consumer started");
    loop {
        let job = tokio::select! {
            biased;
            () = token.cancelled() => break,
            job = rx.recv() => match job {
                Some(job) => job,
                None => break,
            },
        };
        match worker.process(&job.event, job.attempt).await {
            Outcome::Done => {}
            Outcome::RetryAfter(delay) => {
                // Retry from the side so that later events are not held up
                // behind the backoff.
                let tx = retry_tx.clone();
                let token = token.clone();
                tokio::spawn(async move {
                    tokio::select! {
                        () = token.cancelled() => {}
                        () = tokio::time::sleep(delay) => {
                            let retry = Job { attempt: job.attempt + 1, event: job.event };
                            // Fails only when the consumer stopped meanwhile.
                            let _ = tx.send(retry).await;
                        }
                    }
                });
            }
        }
    }
    tracing::info!(consumer = %worker.group, backend = "in-process", "event consumer stopped");
}
