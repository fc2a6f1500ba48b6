// The lint rules (eslint.config.mjs) as part of `npm test`: a floating promise, a switch that misses a
// case or an import across a module boundary fails the suite with ESLint's own report.
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
});
