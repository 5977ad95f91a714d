//! A real OpenID Connect and OAuth 2 provider on loopback, for testing
//! social sign-in end to end: discovery, JWKS, an authorization endpoint
//! that signs in whichever person the test chose, a token endpoint that
//! checks the client, the redirect URI and the PKCE verifier before
//! issuing an Ed25519-signed ID token, and a Graph-style profile endpoint.
//!
//! ```text
//! GET  /.well-known/openid-configuration
//! GET  /jwks
//! GET  /authorize?client_id&redirect_uri&response_type=code&scope&state&nonce&code_challenge&code_challenge_method=S256
//!      → 302 redirect_uri?code=…&state=…   (or ?error=access_denied)
//! POST /token     grant_type=authorization_code&code&redirect_uri&code_verifier (client auth: basic or body)
//! GET  /userinfo  Authorization: Bearer … → {"id","sub","name","email"}
//! ```

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use axum::{
    Form, Json, Router,
    extract::{Query, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use base64::{Engine, engine::general_purpose::STANDARD, engine::general_purpose::URL_SAFE_NO_PAD};
use ed25519_dalek::{SigningKey, pkcs8::EncodePrivateKey};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use rand::RngCore;
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tokio::{net::TcpListener, task::JoinHandle};

/// A person with an account at the provider.
#[derive(Debug, Clone)]
pub struct Person {
    /// The provider's stable id of them (`sub`).
    pub subject: String,
    /// Their address.
    pub email: Option<String>,
    /// Whether the provider vouches for the address.
    pub email_verified: bool,
    /// Their name.
    pub name: String,
}

impl Person {
    /// A person with a verified address.
    pub fn verified(subject: &str, email: &str, name: &str) -> Self {
        Self {
            subject: subject.to_owned(),
            email: Some(email.to_owned()),
            email_verified: true,
            name: name.to_owned(),
        }
    }
}

/// The client the provider knows.
const CLIENT_ID: &str = "stunxt-test-client";
const CLIENT_SECRET: &str = "stunxt-test-secret";

#[derive(Debug, Clone)]
struct Grant {
    person: Person,
    redirect_uri: String,
    nonce: Option<String>,
    challenge: String,
}

#[derive(Default)]
struct Inner {
    /// Who `/authorize` signs in next; none means the person declines.
    current: Option<Person>,
    codes: HashMap<String, Grant>,
    access_tokens: HashMap<String, Person>,
    /// Every `/authorize` query seen, for tests to inspect.
    authorize_requests: Vec<HashMap<String, String>>,
}

struct Shared {
    issuer: String,
    kid: String,
    key: EncodingKey,
    x: String,
    inner: Mutex<Inner>,
}

/// The running provider; stops when dropped.
pub struct OidcProvider {
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

impl Drop for OidcProvider {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl OidcProvider {
    /// Starts the provider on a loopback port.
    pub async fn start() -> anyhow::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let issuer = format!("http://{}", listener.local_addr()?);
        let signing = SigningKey::generate(&mut rand::rngs::OsRng);
        let der = signing
            .to_pkcs8_der()
            .map_err(|e| anyhow::anyhow!("encoding the provider key: {e}"))?;
        let x = URL_SAFE_NO_PAD.encode(signing.verifying_key().as_bytes());
        let shared = Arc::new(Shared {
            kid: format!("test-{}", &x[..8]),
            key: EncodingKey::from_ed_der(der.as_bytes()),
            x,
            issuer,
            inner: Mutex::new(Inner::default()),
        });
        let app = Router::new()
            .route("/.well-known/openid-configuration", get(discovery))
            .route("/jwks", get(jwks))
            .route("/authorize", get(authorize))
            .route("/token", post(token))
            .route("/userinfo", get(userinfo))
            .with_state(shared.clone());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Self { shared, task })
    }

    /// The issuer URL (`http://127.0.0.1:<port>`).
    pub fn issuer(&self) -> &str {
        &self.shared.issuer
    }

    /// `issuer` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.shared.issuer)
    }

    /// The client id the provider accepts.
    pub fn client_id(&self) -> &'static str {
        CLIENT_ID
    }

    /// The client secret the provider accepts.
    pub fn client_secret(&self) -> &'static str {
        CLIENT_SECRET
    }

    /// Makes `/authorize` sign `person` in (`None`: the person declines).
    pub fn sign_in_as(&self, person: Option<Person>) {
        self.lock().current = person;
    }

    /// The query of every `/authorize` request so far.
    pub fn authorize_requests(&self) -> Vec<HashMap<String, String>> {
        self.lock().authorize_requests.clone()
    }

    /// Follows `authorization_url` as the browser would, with the person
    /// set by [`OidcProvider::sign_in_as`]; returns the `Location` the
    /// provider sends the browser back to.
    pub async fn authorize(&self, authorization_url: &str) -> anyhow::Result<url::Url> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        let response = client.get(authorization_url).send().await?;
        anyhow::ensure!(
            response.status().is_redirection(),
            "the provider answered {}: {}",
            response.status(),
            response.text().await.unwrap_or_default()
        );
        let location = response
            .headers()
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| anyhow::anyhow!("no Location"))?;
        Ok(url::Url::parse(location)?)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.shared
            .inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

fn random_token() -> String {
    let mut bytes = [0u8; 24];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

async fn discovery(State(shared): State<Arc<Shared>>) -> Json<Value> {
    let issuer = &shared.issuer;
    Json(json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/authorize"),
        "token_endpoint": format!("{issuer}/token"),
        "userinfo_endpoint": format!("{issuer}/userinfo"),
        "jwks_uri": format!("{issuer}/jwks"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["EdDSA"],
        "scopes_supported": ["openid", "email", "profile"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "code_challenge_methods_supported": ["S256"],
        "claims_supported": ["sub", "email", "email_verified", "name"],
    }))
}

async fn jwks(State(shared): State<Arc<Shared>>) -> Json<Value> {
    Json(json!({ "keys": [{
        "kty": "OKP", "crv": "Ed25519", "x": shared.x, "kid": shared.kid,
        "use": "sig", "alg": "EdDSA",
    }]}))
}

fn oauth_error(status: StatusCode, error: &str) -> Response {
    (status, Json(json!({ "error": error }))).into_response()
}

async fn authorize(
    State(shared): State<Arc<Shared>>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let mut inner = shared
        .inner
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    inner.authorize_requests.push(query.clone());
    let param = |name: &str| query.get(name).map(String::as_str);
    if param("client_id") != Some(CLIENT_ID) {
        return (StatusCode::BAD_REQUEST, "unknown client_id").into_response();
    }
    let Some(redirect_uri) = param("redirect_uri") else {
        return (StatusCode::BAD_REQUEST, "redirect_uri missing").into_response();
    };
    let Ok(mut back) = url::Url::parse(redirect_uri) else {
        return (StatusCode::BAD_REQUEST, "bad redirect_uri").into_response();
    };
    let state = param("state").unwrap_or_default().to_owned();
    let refuse = |back: &mut url::Url, error: &str| {
        back.query_pairs_mut()
            .append_pair("error", error)
            .append_pair("state", &state);
        Redirect::to(back.as_str()).into_response()
    };
    if param("response_type") != Some("code") {
        return refuse(&mut back, "unsupported_response_type");
    }
    if param("code_challenge_method") != Some("S256") || param("code_challenge").is_none() {
        return refuse(&mut back, "invalid_request");
    }
    let Some(person) = inner.current.clone() else {
        return refuse(&mut back, "access_denied");
    };
    let code = random_token();
    inner.codes.insert(
        code.clone(),
        Grant {
            person,
            redirect_uri: redirect_uri.to_owned(),
            nonce: param("nonce").map(str::to_owned),
            challenge: param("code_challenge").unwrap_or_default().to_owned(),
        },
    );
    back.query_pairs_mut()
        .append_pair("code", &code)
        .append_pair("state", &state);
    Redirect::to(back.as_str()).into_response()
}

#[derive(Deserialize)]
struct TokenForm {
    grant_type: String,
    code: String,
    redirect_uri: Option<String>,
    code_verifier: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
}

/// The client credentials from HTTP Basic or the form.
fn client_credentials(headers: &HeaderMap, form: &TokenForm) -> Option<(String, String)> {
    if let Some(basic) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
    {
        let decoded = String::from_utf8(STANDARD.decode(basic).ok()?).ok()?;
        let (id, secret) = decoded.split_once(':')?;
        let unescape = |s: &str| {
            url::form_urlencoded::parse(format!("v={s}").as_bytes())
                .next()
                .map(|(_, v)| v.into_owned())
        };
        return Some((unescape(id)?, unescape(secret)?));
    }
    Some((form.client_id.clone()?, form.client_secret.clone()?))
}

async fn token(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Response {
    if client_credentials(&headers, &form) != Some((CLIENT_ID.to_owned(), CLIENT_SECRET.to_owned()))
    {
        return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client");
    }
    if form.grant_type != "authorization_code" {
        return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type");
    }
    let mut inner = shared
        .inner
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // A code works once.
    let Some(grant) = inner.codes.remove(&form.code) else {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant");
    };
    if form.redirect_uri.as_deref() != Some(grant.redirect_uri.as_str()) {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant");
    }
    let verified = form.code_verifier.as_deref().is_some_and(|verifier| {
        URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) == grant.challenge
    });
    if !verified {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant");
    }
    let now = chrono::Utc::now().timestamp();
    let person = &grant.person;
    let mut claims = json!({
        "iss": shared.issuer, "sub": person.subject, "aud": CLIENT_ID,
        "iat": now, "exp": now + 300, "name": person.name,
        "email_verified": person.email_verified,
    });
    if let Some(email) = &person.email {
        claims["email"] = json!(email);
    }
    if let Some(nonce) = &grant.nonce {
        claims["nonce"] = json!(nonce);
    }
    let mut header = Header::new(Algorithm::EdDSA);
    header.kid = Some(shared.kid.clone());
    let id_token = match jsonwebtoken::encode(&header, &claims, &shared.key) {
        Ok(token) => token,
        Err(_) => return oauth_error(StatusCode::INTERNAL_SERVER_ERROR, "server_error"),
    };
    let access_token = random_token();
    inner
        .access_tokens
        .insert(access_token.clone(), person.clone());
    Json(json!({
        "access_token": access_token, "token_type": "Bearer", "expires_in": 300,
        "id_token": id_token, "scope": "openid email profile",
    }))
    .into_response()
}

async fn userinfo(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let inner = shared
        .inner
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let Some(person) = token.and_then(|t| inner.access_tokens.get(t)) else {
        return oauth_error(StatusCode::UNAUTHORIZED, "invalid_token");
    };
    Json(json!({
        "id": person.subject, "sub": person.subject, "name": person.name,
        "email": person.email,
    }))
    .into_response()
}
