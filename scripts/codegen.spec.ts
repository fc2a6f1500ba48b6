// The web console's generated GraphQL code is never stale: the schema snapshot codegen reads
// (apps/web/schema.graphql) is the schema the API's resolvers serve, and apps/web/src/graphql/ is what
// codegen makes of it and of the operations in apps/web/src. `npm run codegen` fixes either.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './project-root.js';

const root = projectRoot();
const readDir = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('the web console generated GraphQL code (npm run codegen)', () => {
  let served: string;
  const tmp = mkdtempSync(join(tmpdir(), 'codegen-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  // printed by the built API code (npm test builds first; @bull-board's CommonJS cannot load Nest 12's
  // ESM inside jest's module system)
  beforeAll(() => {
    const file = join(tmp, 'served.graphql');
    const run = spawnSync(process.execPath, ['dist/scripts/print-schema.js', file], {
      cwd: root,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`print-schema failed (npm run build first?): ${run.stderr}`);
    served = readFileSync(file, 'utf8');
  }, 60_000);

  it('reads a schema snapshot equal to the schema the API serves', () => {
    expect(readFileSync(join(root, 'apps/web/schema.graphql'), 'utf8')).toBe(served);
    expect(served).toContain('serverTime: DateTime!');
  });

  it('is what codegen makes of the served schema and the operations in apps/web/src', () => {
    const schemaFile = join(tmp, 'schema.graphql');
    writeFileSync(schemaFile, served);
    const out = join(tmp, 'out');
    const run = spawnSync(
      process.execPath,
      ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'apps/web/codegen.config.mjs', '--silent'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, CODEGEN_SCHEMA: schemaFile, CODEGEN_OUT: `${out}/` },
      },
    );
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(readDir(join(root, 'apps/web/src/graphql'))).toEqual(readDir(out));
  }, 120_000);
});
