// Runs the Playwright end-to-end tests against the production build, first making sure a Chromium
// exists: the system one if installed, else Playwright's download, else (as root) Debian's package.
// When none can be had it stops with the exact command to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

function obtainChromium() {
  console.log("No Chromium found; trying Playwright's browser download…");
  if (run('npx', ['playwright', 'install', 'chromium']) && findChromium()) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Trying the distribution package: apt-get install -y chromium');
    run('apt-get', ['update']);
    if (run('apt-get', ['install', '-y', 'chromium']) && findChromium()) return true;
  }
  return false;
}

if (!existsSync('dist/index.html')) {
  console.error('No production build in dist/. Run `npm run build` first (npm test does this for you).');
  process.exit(1);
}
if (!findChromium() && !obtainChromium()) {
  console.error(
    [
      'The end-to-end tests need Chromium and none could be installed automatically.',
      'Install one, then run npm test again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  or:             npx playwright install chromium',
      '  or point CHROMIUM_PATH at an existing Chrome/Chromium binary.',
    ].join('\n'),
  );
  process.exit(1);
}
const passed = run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
process.exit(passed ? 0 : 1);
