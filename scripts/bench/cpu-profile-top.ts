// The top self-time entries of V8 CPU profiles (node --cpu-prof), by function and by package.
//   node dist/scripts/bench/cpu-profile-top.js [--top 25] [--skip-idle] file.cpuprofile …
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a script belongs: an npm package (its scope kept), node's own code, or the project's file. */
export function packageOf(url: string): string {
  if (!url) return '(V8/native)';
  if (url.startsWith('node:')) return 'node (core)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const [first, second] = url.slice(nm + 'node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const dist = url.indexOf('/dist/');
  return dist >= 0
    ? `project ${url
        .slice(dist + 6)
        .split('/')
        .slice(0, 3)
        .join('/')}`
    : url;
}

/** Self time in ms per key, over every sample of every profile. */
export function selfTimes(profiles: Profile[], keyOf: (n: ProfileNode) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      if (!node) return;
      const key = keyOf(node);
      out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  return out;
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' }, 'skip-idle': { type: 'boolean', default: false } },
  });
  const top = Number(values.top);
  const profiles = positionals.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Profile);
  const fn = (n: ProfileNode) => {
    const name = n.callFrame.functionName || '(anonymous)';
    if (IDLE.has(name)) return name;
    const file = n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '');
    return `${name} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const pkg = (n: ProfileNode) =>
    IDLE.has(n.callFrame.functionName) ? n.callFrame.functionName : packageOf(n.callFrame.url);
  for (const [title, keyOf] of [
    ['function', fn],
    ['package', pkg],
  ] as const) {
    const all = selfTimes(profiles, keyOf);
    const busy = [...all].filter(([k]) => !(values['skip-idle'] && (k === '(idle)' || k === '(program)')));
    const total = busy.reduce((s, [, ms]) => s + ms, 0);
    console.log(`\n| self time by ${title} | ms | share |\n|---|---|---|`);
    for (const [key, ms] of busy.sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`| ${key} | ${ms.toFixed(0)} | ${((100 * ms) / total).toFixed(1)}% |`);
    console.log(`| total${values['skip-idle'] ? ' (idle excluded)' : ''} | ${total.toFixed(0)} | |`);
  }
}

if (process.argv[1]?.endsWith('cpu-profile-top.js')) main();
