#!/usr/bin/env node
// GraphQL-over-HTTP compliance audit of one endpoint with graphql-http's
// auditServer. Prints every audit with its status and fails when any MUST
// requirement fails (status "error"); SHOULD/MAY findings are shown as
// warnings and notices but do not fail the run.
//
// Usage: node .ci/js/audit.mjs http://127.0.0.1:4000/graphql

import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url || process.argv.length > 3) {
  console.error('usage: node audit.mjs <graphql-url>');
  process.exit(2);
}
try {
  new URL(url);
} catch {
  console.error(`audit: not a URL: ${url}`);
  process.exit(2);
}

let results;
try {
  results = await auditServer({ url });
} catch (error) {
  // auditServer only throws on fatal problems, typically an unreachable server.
  console.error(`audit: cannot audit ${url}: ${error?.cause?.message ?? error?.message ?? error}`);
  process.exit(1);
}

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] = (counts[result.status] ?? 0) + 1;
  const line = `${result.status.padEnd(6)} ${result.name}`;
  if (result.status === 'ok') {
    console.log(line);
  } else {
    console.log(`${line}\n       ${result.reason.split('\n').join('\n       ')}`);
  }
}

console.log(
  `\n${url}: ${results.length} audits, ${counts.ok} ok, ${counts.error} error, ` +
    `${counts.warn} warn, ${counts.notice} notice`,
);
process.exit(counts.error > 0 ? 1 : 0);
