//! Cost of verifying one access token as every subgraph does on every
//! request: the first time a token is seen (Ed25519 signature, claims,
//! key lookup by `kid`), and again (the verifier remembers verified
//! tokens until they expire). Target: at most 50 µs per verification. Run
//! with
//! `cargo bench -p stunxt-platform --bench token_verify`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
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
    c.bench_function("verify a token seen for the first time", |b| {
        b.iter_batched(
            || {
                signer
                    .sign(uuid::Uuid::now_v7(), Some(uuid::Uuid::now_v7()), vec![])
                    .unwrap()
                    .0
            },
            |fresh| {
                runtime
                    .block_on(verifier.verify(std::hint::black_box(&fresh)))
                    .unwrap()
            },
            BatchSize::SmallInput,
        );
    });
    // For scale: the Ed25519 signature check alone, on a decoded key, as
    // the verifier makes it.
    let key = ed25519_dalek_3::SigningKey::from_bytes(&rand::random());
    let public = key.verifying_key();
    let message = token.rsplit_once('.').unwrap().0.as_bytes().to_vec();
    let signature = ed25519_dalek_3::Signer::sign(&key, &message);
    c.bench_function("ed25519 signature check alone", |b| {
        b.iter(|| {
            ed25519_dalek_3::Verifier::verify(&public, std::hint::black_box(&message), &signature)
                .unwrap()
        });
    });
    c.bench_function("verify a token seen before", |b| {
        b.iter(|| {
            runtime
                .block_on(verifier.verify(std::hint::black_box(&token)))
                .unwrap()
        });
    });
}

criterion_group!(benches, verify);
criterion_main!(benches);
