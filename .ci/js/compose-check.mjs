#!/usr/bin/env node
// Cross-checks the Rust composer against Apollo's JS composer.
//
// Reads supergraph.yaml and each subgraph's checked-in SDL, composes them with
// @apollo/composition, derives the API schema with @apollo/federation-internals
// and compares it with codegen/api.graphql (written by `codegen compose`, which
// uses the Rust composer in apollo-federation). The API schema derived by JS
// from the Rust-composed router/supergraph.graphql is compared too, so a
// supergraph the JS tooling cannot read fails here.
//
// Both sides are normalised (parse, lexicographicSortSchema, printSchema), so
// only differences in the schema itself count, not definition order or layout.
//
// Usage: node .ci/js/compose-check.mjs [repo-root]   (default: two levels up)
// Exits 0 when everything matches, 1 otherwise.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { createTwoFilesPatch } from 'diff';
import { buildSchema, lexicographicSortSchema, parse, printSchema } from 'graphql';
import YAML from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? resolve(here, '../..'));

const API_SCHEMA_FILE = 'codegen/api.graphql';
const SUPERGRAPH_FILE = 'router/supergraph.graphql';

function read(relative) {
  const path = resolve(root, relative);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read ${path}: ${error.message}`);
  }
}

function fail(message) {
  console.error(`compose-check: ${message}`);
  process.exit(1);
}

/** Sorted, canonically printed form of an API schema. */
function normalise(schema) {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

/** The API schema of a supergraph, as graphql-js would serve it to clients. */
function apiSchemaOf(supergraphSdl) {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

function loadServices() {
  const config = YAML.parse(read('supergraph.yaml'));
  const subgraphs = config?.subgraphs;
  if (!subgraphs || typeof subgraphs !== 'object') {
    fail('supergraph.yaml has no `subgraphs` map');
  }
  return Object.entries(subgraphs).map(([name, entry]) => {
    const file = entry?.schema?.file;
    if (!file) fail(`subgraph \`${name}\` has no schema.file in supergraph.yaml`);
    let typeDefs;
    try {
      typeDefs = parse(read(file));
    } catch (error) {
      fail(`${file} does not parse: ${error.message}`);
    }
    return { name, url: entry.routing_url, typeDefs };
  });
}

/** Prints a diff and returns false when the two normalised schemas differ. */
function compare(label, expectedName, expected, actualName, actual) {
  if (expected === actual) {
    console.log(`ok: ${label}`);
    return true;
  }
  console.error(`MISMATCH: ${label}`);
  console.error(createTwoFilesPatch(expectedName, actualName, expected, actual, '', '', { context: 3 }));
  return false;
}

const services = loadServices();
const result = composeServices(services);
if (result.errors) {
  console.error(`@apollo/composition failed with ${result.errors.length} error(s):`);
  for (const error of result.errors) {
    console.error(`  [${error.extensions?.code ?? 'UNKNOWN'}] ${error.message}`);
  }
  process.exit(1);
}
for (const hint of result.hints ?? []) {
  console.log(`hint: [${hint.definition?.code ?? 'HINT'}] ${hint.message}`);
}
console.log(`composed ${services.map((s) => s.name).join(', ')} with @apollo/composition`);

const checkedInApiText = read(API_SCHEMA_FILE);
let checkedInApi;
try {
  checkedInApi = normalise(buildSchema(checkedInApiText));
} catch (error) {
  fail(`${API_SCHEMA_FILE} is not a valid schema: ${error.message}`);
}

let rustSupergraphApi;
try {
  rustSupergraphApi = normalise(apiSchemaOf(read(SUPERGRAPH_FILE)));
} catch (error) {
  fail(`${SUPERGRAPH_FILE} is not a supergraph the JS tooling accepts: ${error.message}`);
}

const jsApi = normalise(apiSchemaOf(result.supergraphSdl));

const same = [
  compare(
    'API schema from @apollo/composition matches codegen/api.graphql',
    `${API_SCHEMA_FILE} (Rust)`,
    checkedInApi,
    'API schema (JS composition)',
    jsApi,
  ),
  compare(
    'API schema of router/supergraph.graphql matches codegen/api.graphql',
    `${API_SCHEMA_FILE} (Rust)`,
    checkedInApi,
    `${SUPERGRAPH_FILE} API schema (JS)`,
    rustSupergraphApi,
  ),
].every(Boolean);

process.exit(same ? 0 : 1);
