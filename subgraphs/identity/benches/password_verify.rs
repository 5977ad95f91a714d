//! Cost of one argon2id password verification with the parameters identity
//! uses (the crate's defaults: m = 19 MiB, t = 2, p = 1). Every sign-in
//! attempt pays it once, so one core signs in about 1 / (this time) users
//! per second. Run with
//! `cargo bench -p stunxt-identity --bench password_verify`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use argon2::{
    Argon2, PasswordHash, PasswordHasher, PasswordVerifier,
    password_hash::{SaltString, rand_core::OsRng},
};
use criterion::{Criterion, criterion_group, criterion_main};

fn verify(c: &mut Criterion) {
    let argon2 = Argon2::default();
    let params = argon2.params();
    assert_eq!(
        (params.m_cost(), params.t_cost(), params.p_cost()),
        (19 * 1024, 2, 1),
        "OWASP's minimum"
    );
    let salt = SaltString::generate(&mut OsRng);
    let hash = argon2
        .hash_password(b"correct horse battery", &salt)
        .unwrap()
        .to_string();
    let parsed = PasswordHash::new(&hash).unwrap();
    let mut group = c.benchmark_group("argon2id");
    group.sample_size(20);
    group.bench_function("verify password", |b| {
        b.iter(|| {
            argon2
                .verify_password(std::hint::black_box(b"correct horse battery"), &parsed)
                .unwrap();
        });
    });
    group.finish();
}

criterion_group!(benches, verify);
criterion_main!(benches);
