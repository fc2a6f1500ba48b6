// The lint rules (eslint.config.mjs) and the formatting (.prettierrc) as part of `npm test`: a floating
// promise, a switch that misses a case, an import across a module boundary or an unformatted file fails
// the suite with the tool's own report.
import { spawnSync } from 'node:child_process';
import { projectRoot } from './project-root.js';

describe('the code base', () => {
  it('passes ESLint: no floating promises, exhaustive switches, module boundaries kept', () => {
    const run = spawnSync(
      process.execPath,
      ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings', '0'],
      {
        cwd: projectRoot(),
        encoding: 'utf8',
      },
    );
    expect({ status: run.status, report: `${run.stdout}${run.stderr}`.trim() }).toEqual({
      status: 0,
      report: '',
    });
  }, 120_000);

  it('is formatted by Prettier (npx prettier --write fixes it)', () => {
    const run = spawnSync(
      process.execPath,
      [
        'node_modules/prettier/bin/prettier.cjs',
        '--check',
        '--log-level',
        'warn',
        'apps',
        'libs',
        'scripts',
        'test',
        'migrations',
      ],
      { cwd: projectRoot(), encoding: 'utf8' },
    );
    expect({ status: run.status, report: `${run.stdout}${run.stderr}`.trim() }).toEqual({
      status: 0,
      report: '',
    });
  }, 60_000);
});
