// The registry reachable here serves some packages' Linux x64 binaries only (@node-rs/jieba, @swc/core...), so `npm install` leaves the
// other platforms' optional packages out of package-lock.json and `npm ci` then refuses the lock as
// out of sync. This adds them back as optional, platform-restricted entries (never fetched on Linux,
// fetched normally elsewhere). Run it after `npm install` changes the lock: node scripts/lock-optional-binaries.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const OS = [
  'android',
  'openharmony',
  'wasm32',
  'darwin',
  'freebsd',
  'openbsd',
  'netbsd',
  'linux',
  'win32',
  'sunos',
  'aix',
];
const CPU = ['arm64', 'arm', 'x64', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];
const platformOf = (name) => {
  const parts = name.split('/').pop().split('-');
  const os = OS.find((o) => parts.includes(o));
  const cpu =
    CPU.find((c) => parts.includes(c) || parts.some((p) => p.startsWith(c))) ??
    (os === 'wasm32' ? 'wasm32' : undefined);
  return os && cpu ? [os, cpu] : null;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `${path.replace(/[^/]+(\/[^/]+)?$/, '')}${name}`.replace(/^\/?/, '');
    const where = key.startsWith('node_modules/') ? key : `node_modules/${name}`;
    if (lock.packages[where]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    const [os, cpu] = platform;
    lock.packages[where] = { version, cpu: [cpu], os: [os], optional: true };
    added += 1;
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock: ${added} optional platform binaries recorded`);
