// Fails when src/gql/ differs from what `npm run codegen` would write now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'stunxt-gql-'));
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, CODEGEN_OUT: `${fresh}/` },
  });
  const names = (dir) => readdirSync(dir).filter((n) => n.endsWith('.ts')).sort();
  const committed = names('src/gql');
  const expected = names(fresh);
  const stale = [];
  for (const name of new Set([...committed, ...expected])) {
    const a = committed.includes(name) ? readFileSync(join('src/gql', name), 'utf8') : null;
    const b = expected.includes(name) ? readFileSync(join(fresh, name), 'utf8') : null;
    if (a !== b) stale.push(name);
  }
  if (stale.length > 0) {
    console.error(`src/gql is stale (${stale.join(', ')}): run \`npm run codegen\` and commit the result`);
    process.exit(1);
  }
  console.log('src/gql is up to date');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
