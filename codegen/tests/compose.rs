//! Composition, API schema and staleness checks against two small
//! async-graphql subgraphs shaped like identity and communities.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;

use async_graphql::{
    EmptyMutation, EmptySubscription, ID, Object, SDLExportOptions, Schema, SimpleObject,
};
use stunxt_codegen::registry::SdlFn;
use stunxt_codegen::workspace::{self, API_SCHEMA_FILE, SUPERGRAPH_FILE};
use stunxt_codegen::{CompositionErrors, SubgraphInput, api_schema, compose, compose_supergraph};

mod users {
    use super::*;

    /// A member of the platform.
    #[derive(SimpleObject)]
    pub struct User {
        pub id: ID,
        pub name: String,
    }

    pub struct Query;

    #[Object]
    impl Query {
        /// The signed-in user.
        async fn me(&self) -> User {
            User {
                id: ID::from("1"),
                name: "Ada".into(),
            }
        }

        #[graphql(entity)]
        async fn find_user_by_id(&self, id: ID) -> User {
            User {
                id,
                name: "Ada".into(),
            }
        }
    }

    pub fn sdl() -> String {
        Schema::build(Query, EmptyMutation, EmptySubscription)
            .finish()
            .sdl_with_options(SDLExportOptions::new().federation())
    }
}

mod groups {
    use super::*;

    #[derive(SimpleObject)]
    pub struct Community {
        pub id: ID,
        pub title: String,
    }

    /// The identity subgraph's user, extended with memberships.
    pub struct User {
        pub id: ID,
    }

    #[Object]
    impl User {
        async fn id(&self) -> &ID {
            &self.id
        }

        async fn communities(&self) -> Vec<Community> {
            vec![Community {
                id: ID::from("c1"),
                title: "Rustaceans".into(),
            }]
        }
    }

    pub struct Query;

    #[Object]
    impl Query {
        async fn communities(&self) -> Vec<Community> {
            Vec::new()
        }

        #[graphql(entity)]
        async fn find_user_by_id(&self, id: ID) -> User {
            User { id }
        }
    }

    pub fn sdl() -> String {
        Schema::build(Query, EmptyMutation, EmptySubscription)
            .finish()
            .sdl_with_options(SDLExportOptions::new().federation())
    }
}

fn inputs() -> Vec<SubgraphInput> {
    vec![
        SubgraphInput::new("identity", "http://127.0.0.1:4001/graphql", users::sdl()),
        SubgraphInput::new(
            "communities",
            "http://127.0.0.1:4002/graphql",
            groups::sdl(),
        ),
    ]
}

#[test]
fn composes_two_subgraphs_and_strips_federation_from_the_api_schema() {
    let composition = compose(&inputs()).unwrap_or_else(|errors| panic!("{errors}"));

    let supergraph = &composition.supergraph_sdl;
    assert!(supergraph.contains("join__Graph"), "{supergraph}");
    assert!(
        supergraph.contains(r#"url: "http://127.0.0.1:4002/graphql""#),
        "{supergraph}"
    );
    assert!(supergraph.ends_with('\n') && !supergraph.ends_with("\n\n"));

    let api = &composition.api_sdl;
    for federation_name in ["join__", "link__", "@link", "_Service", "_entities", "_Any"] {
        assert!(
            !api.contains(federation_name),
            "API schema still has {federation_name}:\n{api}"
        );
    }
    // Both subgraphs' fields reach the client schema, including the field
    // communities adds to identity's User.
    assert!(api.contains("me: User!"), "{api}");
    assert!(api.contains("communities: [Community!]!"), "{api}");
    assert!(api.contains("type User"), "{api}");
    // The API schema derived from the written supergraph matches the one
    // derived during composition.
    assert_eq!(api_schema(supergraph).unwrap(), *api);
}

#[test]
fn composition_is_deterministic_and_independent_of_input_order() {
    let first = compose(&inputs()).unwrap();
    let mut reversed = inputs();
    reversed.reverse();
    let second = compose(&reversed).unwrap();
    assert_eq!(first.supergraph_sdl, second.supergraph_sdl);
    assert_eq!(first.api_sdl, second.api_sdl);
}

#[test]
fn compose_supergraph_accepts_plain_triples() {
    let identity = users::sdl();
    let communities = groups::sdl();
    let supergraph = compose_supergraph(&[
        (
            "identity",
            "http://10.0.0.1:9001/graphql",
            identity.as_str(),
        ),
        (
            "communities",
            "http://10.0.0.2:9002/graphql",
            communities.as_str(),
        ),
    ])
    .unwrap();
    assert!(supergraph.contains("http://10.0.0.1:9001/graphql"));
    assert!(supergraph.contains("http://10.0.0.2:9002/graphql"));
}

#[test]
fn composition_errors_carry_codes() {
    // Two subgraphs define the same non-shareable field: a classic merge error.
    let a = r#"
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
        type Query { hello: String }
    "#;
    let b = r#"
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
        type Query { hello: Int }
    "#;
    let error = compose_supergraph(&[("a", "http://a", a), ("b", "http://b", b)]).unwrap_err();
    let failure = error
        .downcast_ref::<CompositionErrors>()
        .expect("composition failures are CompositionErrors");
    assert!(!failure.errors.is_empty());
    assert!(
        failure
            .errors
            .iter()
            .any(|e| e.code == "INVALID_FIELD_SHARING" || e.code == "FIELD_TYPE_MISMATCH"),
        "{failure}"
    );
    assert!(error.to_string().contains("composition failed"), "{error}");
}

#[test]
fn invalid_sdl_is_reported_with_its_subgraph() {
    let good = users::sdl();
    let errors = compose(&[
        SubgraphInput::new("identity", "http://a", good),
        SubgraphInput::new("broken", "http://b", "type Query { oops: Missing }"),
    ])
    .unwrap_err();
    assert!(
        errors
            .errors
            .iter()
            .any(|e| e.message.contains("[broken]") && !e.code.is_empty()),
        "{errors}"
    );
}

#[test]
fn normalised_sdl_is_sorted_and_stable() {
    let sdl = users::sdl();
    let once = stunxt_codegen::normalize_sdl(&sdl).unwrap();
    let twice = stunxt_codegen::normalize_sdl(&once).unwrap();
    assert_eq!(once, twice);
    assert!(once.ends_with('\n') && !once.ends_with("\n\n"));
    let query = once.find("type Query").unwrap();
    let user = once.find("type User").unwrap();
    assert!(query < user, "types are sorted by name:\n{once}");
    // The schema extension with the federation @link stays at the top.
    assert!(once.trim_start().starts_with("extend schema"), "{once}");
}

const SOURCES: &[(&str, SdlFn)] = &[("identity", users::sdl), ("communities", groups::sdl)];

const CONFIG: &str = "\
federation_version: =2.11.0
subgraphs:
  identity:
    routing_url: http://127.0.0.1:4001/graphql
    schema:
      file: ./subgraphs/identity/schema.graphql
  communities:
    routing_url: http://127.0.0.1:4002/graphql
    schema:
      file: ./subgraphs/communities/schema.graphql
";

fn temp_repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("supergraph.yaml"), CONFIG).unwrap();
    dir
}

/// What `codegen sdl` followed by `codegen compose` does, against `root`.
fn generate(root: &Path) {
    let config = workspace::load_config(root).unwrap();
    let sdl_files = workspace::export_sdl(&config, SOURCES).unwrap();
    workspace::write_files(root, &sdl_files).unwrap();
    let sdl_by_name: BTreeMap<String, String> =
        workspace::read_schema_files(root, &config).unwrap();
    let composed = workspace::compose_files(&config, &sdl_by_name).unwrap();
    workspace::write_files(root, &composed.files).unwrap();
}

#[test]
fn check_passes_on_fresh_output_and_detects_stale_files() {
    let repo = temp_repo();
    let root = repo.path();
    generate(root);

    assert_eq!(workspace::check(root, SOURCES).unwrap(), Vec::new());
    // Regenerating writes nothing: the output is byte-for-byte stable.
    let config = workspace::load_config(root).unwrap();
    let again = workspace::generate_all(&config, SOURCES).unwrap();
    assert!(
        workspace::write_files(root, &again.files)
            .unwrap()
            .is_empty()
    );

    // Edit a subgraph schema and the API schema; both must be reported.
    let identity = root.join("subgraphs/identity/schema.graphql");
    let edited = std::fs::read_to_string(&identity)
        .unwrap()
        .replace("name: String!", "name: String");
    std::fs::write(&identity, edited).unwrap();
    std::fs::remove_file(root.join(API_SCHEMA_FILE)).unwrap();

    let stale = workspace::check(root, SOURCES).unwrap();
    let paths: Vec<_> = stale
        .iter()
        .map(|s| s.path.to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        paths,
        ["subgraphs/identity/schema.graphql", API_SCHEMA_FILE],
        "{stale:#?}"
    );
    assert!(stale[0].hint.contains("name: String"), "{}", stale[0].hint);
    assert_eq!(stale[1].hint, "missing");

    // The supergraph is compared too.
    generate(root);
    std::fs::write(root.join(SUPERGRAPH_FILE), "schema { query: Query }\n").unwrap();
    let stale = workspace::check(root, SOURCES).unwrap();
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0].path, Path::new(SUPERGRAPH_FILE));
}

#[test]
fn check_fails_when_registry_and_config_disagree() {
    let repo = temp_repo();
    let error = workspace::check(repo.path(), &SOURCES[..1]).unwrap_err();
    assert!(
        format!("{error:#}").contains("`communities` is in supergraph.yaml"),
        "{error:#}"
    );
}
