//! `stunxt up --demo`: a community to try the platform with, created
//! through the public API (so it passes the same checks as anything a
//! member does) and only once: a second start finds it and leaves it.

use anyhow::{Context, bail};
use serde_json::{Value, json};

/// The demo community's slug.
pub const SLUG: &str = "demo";
/// The password of the demo accounts. They exist only where `--demo` ran,
/// and the password is printed at start, so it is no secret.
pub const PASSWORD: &str = "stunxt-demo-2026";
/// The host (owner) and a member who has already posted.
pub const ACCOUNTS: [(&str, &str, &str); 2] = [
    ("demo", "demo@example.com", "Demo Host"),
    ("ana", "ana@example.com", "Ana Lima"),
];

/// What the seed left, for the start banner.
#[derive(Debug, Clone)]
pub struct Demo {
    pub community_id: String,
    /// False when the community was already there.
    pub created: bool,
}

struct Api {
    http: reqwest::Client,
    url: String,
}

impl Api {
    async fn call(
        &self,
        token: Option<&str>,
        query: &str,
        variables: Value,
    ) -> anyhow::Result<Value> {
        let mut request = self
            .http
            .post(&self.url)
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let body: Value = request
            .send()
            .await
            .with_context(|| format!("calling {}", self.url))?
            .json()
            .await
            .context("reading the API's answer")?;
        if let Some(errors) = body.get("errors").filter(|e| !e.is_null()) {
            bail!("the API refused: {errors}");
        }
        Ok(body["data"].clone())
    }

    /// Signs in as `username`, registering the account first if needed.
    async fn account(&self, (username, email, name): (&str, &str, &str)) -> anyhow::Result<String> {
        let login = self
            .call(
                None,
                "mutation($i: LoginInput!) { login(input: $i) { __typename ... on AuthPayload { accessToken } } }",
                json!({ "i": { "login": username, "password": PASSWORD, "deviceName": "demo seed" } }),
            )
            .await;
        if let Ok(data) = login
            && let Some(token) = data["login"]["accessToken"].as_str()
        {
            return Ok(token.to_owned());
        }
        let data = self
            .call(
                None,
                "mutation($i: RegisterInput!) { register(input: $i) { accessToken } }",
                json!({ "i": {
                    "email": email, "username": username, "displayName": name,
                    "password": PASSWORD, "deviceName": "demo seed",
                } }),
            )
            .await
            .with_context(|| format!("registering the demo account {username:?}"))?;
        text(&data["register"]["accessToken"])
    }

    /// Runs a mutation that creates something and answers its id.
    async fn create(
        &self,
        token: &str,
        field: &str,
        query: &str,
        variables: Value,
    ) -> anyhow::Result<String> {
        let data = self.call(Some(token), query, variables).await?;
        text(&data[field]["id"])
    }
}

fn text(value: &Value) -> anyhow::Result<String> {
    value
        .as_str()
        .map(str::to_owned)
        .with_context(|| format!("expected a string, got {value}"))
}

/// Creates the demo community through the router at `graphql_url`, unless
/// it exists.
pub async fn seed(graphql_url: &str) -> anyhow::Result<Demo> {
    let api = Api {
        http: reqwest::Client::new(),
        url: graphql_url.to_owned(),
    };
    let host = api.account(ACCOUNTS[0]).await?;
    let existing = api
        .call(
            Some(&host),
            "query($s: String) { community(slug: $s) { id } }",
            json!({ "s": SLUG }),
        )
        .await?;
    if let Some(id) = existing["community"]["id"].as_str() {
        return Ok(Demo {
            community_id: id.to_owned(),
            created: false,
        });
    }

    let community_id = api
        .create(
            &host,
            "createCommunity",
            "mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }",
            json!({ "i": {
                "name": "Stunxt Demo",
                "slug": SLUG,
                "description": "A place to try StunxtV2: post, comment, react and chat.",
                "visibility": "PUBLIC",
                "joinPolicy": "OPEN",
            } }),
        )
        .await?;

    let group = |name: &str| {
        api.create(
            &host,
            "createSpaceGroup",
            "mutation($c: ID!, $n: String!) { createSpaceGroup(communityId: $c, name: $n) { id } }",
            json!({ "c": community_id, "n": name }),
        )
    };
    let space = |group: &str, (name, slug, kind, about): (&str, &str, &str, &str)| {
        api.create(
            &host,
            "createSpace",
            "mutation($c: ID!, $i: SpaceInput!) { createSpace(communityId: $c, input: $i) { id } }",
            json!({ "c": community_id, "i": {
                "name": name, "slug": slug, "kind": kind, "groupId": group,
                "description": about, "visibility": "OPEN", "autoJoin": true,
            } }),
        )
    };
    let post = |space_id: &str, input: Value| {
        let mut input = input;
        input["spaceId"] = json!(space_id);
        api.create(
            &host,
            "createPost",
            "mutation($i: CreatePostInput!) { createPost(input: $i) { id } }",
            json!({ "i": input }),
        )
    };

    let start = group("Start here").await?;
    let welcome = space(
        &start,
        (
            "Welcome",
            "welcome",
            "POSTS",
            "Say hello and read the basics.",
        ),
    )
    .await?;
    let questions = space(
        &start,
        (
            "Questions",
            "questions",
            "POSTS",
            "Ask anything about the community.",
        ),
    )
    .await?;
    let hang_out = group("Hang out").await?;
    space(
        &hang_out,
        ("Lounge", "lounge", "CHAT", "Chat with everyone, live."),
    )
    .await?;
    let hello = post(
        &welcome,
        json!({
            "title": "Welcome to the demo community",
            "body": "This community is **seeded** by `stunxt up --demo`.\n\n- Introduce yourself in the comments\n- React to posts\n- Chat in the *Lounge*",
        }),
    )
    .await?;
    post(
        &questions,
        json!({
            "title": "What should we build next?",
            "body": "Vote below, or comment with your own idea.",
            "poll": { "options": ["Events", "Courses", "Both"], "multiple": false },
        }),
    )
    .await?;

    let ana = api.account(ACCOUNTS[1]).await?;
    api.call(
        Some(&ana),
        "mutation($c: ID!) { joinCommunity(communityId: $c) { role } }",
        json!({ "c": community_id }),
    )
    .await?;
    api.call(
        Some(&ana),
        "mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }",
        json!({ "i": { "postId": hello, "body": "Hi everyone! Glad to be here." } }),
    )
    .await?;
    api.call(
        Some(&ana),
        "mutation($i: ToggleReactionInput!) { toggleReaction(input: $i) }",
        json!({ "i": { "targetId": hello, "targetType": "POST", "emoji": "🎉" } }),
    )
    .await?;
    Ok(Demo {
        community_id,
        created: true,
    })
}
