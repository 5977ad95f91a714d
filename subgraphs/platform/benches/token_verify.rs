//! Cost of verifying one access token (Ed25519 signature, claims checks,
//! key lookup by `kid`), as every subgraph does on every request.
//! Target: at most 50 µs per verification. Run with
//! `cargo bench -p stunxt-platform --bench token_verify`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use stunxt_platform::{
    auth::{TokenSigner, TokenVerifier},
    config::AuthConfig,
};

fn verify(c: &mut Criterion) {
    let config = AuthConfig::default();
    let signer = TokenSigner::generate(&config).unwrap();
    let verifier = TokenVerifier::new(&config).trusting(&signer.jwks());
    let (token, _) = signer
        .sign(uuid::Uuid::now_v7(), Some(uuid::Uuid::now_v7()), vec![])
        .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    assert!(runtime.block_on(verifier.verify(&token)).is_ok());
    c.bench_function("verify access token", |b| {
        b.iter(|| {
            runtime
                .block_on(verifier.verify(std::hint::black_box(&token)))
                .unwrap()
        });
    });
}

criterion_group!(benches, verify);
criterion_main!(benches);
