// `npm ci` when node_modules does not match package-lock.json; skipped when it already does, so
// that a repeated Maven build does not reinstall the same packages each time.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const installed = 'node_modules/.package-lock.json';
let upToDate = false;
if (existsSync(installed)) {
  const hidden = JSON.parse(readFileSync(installed, 'utf8'));
  const wanted = Object.entries(lock.packages ?? {}).filter(([path]) => path !== '');
  upToDate = wanted.every(
    ([path, meta]) =>
      meta.optional || (hidden.packages?.[path]?.version === meta.version && existsSync(`${path}/package.json`)),
  );
}
if (upToDate) {
  console.log('node_modules matches package-lock.json; npm ci skipped');
} else {
  execSync('npm ci --prefer-offline --no-audit --no-fund', { stdio: 'inherit' });
}
