// Builds better-sqlite3 for Electron's ABI into node_modules/.privacyscope-electron/, leaving the Node build
// in node_modules (tests load that one). Never fails the install: offline it prints what
// is missing and exits 0; `npm start` then refuses with a clear message.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { root, electronVersion, nativeDir, bindingPath, stampPath } = require('./electron-native.cjs');

const TIMEOUT_MS = 5 * 60_000;
const say = (line) => console.log(`[electron-sqlite] ${line}`);

function alreadyBuilt() {
  return (
    fs.existsSync(bindingPath) &&
    fs.existsSync(stampPath) &&
    fs.readFileSync(stampPath, 'utf8').trim() === electronVersion
  );
}

function stageSources() {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'privacyscope-sqlite-'));
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  for (const entry of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
    fs.cpSync(path.join(source, entry), path.join(stage, entry), { recursive: true });
  }
  return stage;
}

function run(command, args, cwd) {
  // npmrc here may set nodedir=/usr, which silently yields a Node-ABI build: drop it.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_nodedir$/i.test(key)) delete env[key];
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit', timeout: TIMEOUT_MS });
  return result.status === 0;
}

function build() {
  const stage = stageSources();
  const bin = (name) => path.join(root, 'node_modules', '.bin', name);
  const target = `--target=${electronVersion}`;
  const ok =
    run(bin('prebuild-install'), ['--runtime=electron', target, '--arch', process.arch], stage) ||
    run(
      bin('node-gyp'),
      ['rebuild', '--release', '--runtime=electron', target, '--dist-url=https://electronjs.org/headers'],
      stage,
    );
  const built = path.join(stage, 'build', 'Release', 'better_sqlite3.node');
  if (ok && fs.existsSync(built)) {
    fs.mkdirSync(nativeDir, { recursive: true });
    fs.copyFileSync(built, bindingPath);
    fs.writeFileSync(stampPath, `${electronVersion}\n`);
  }
  fs.rmSync(stage, { recursive: true, force: true });
  return ok && fs.existsSync(bindingPath);
}

function main() {
  const force = process.argv.includes('--force');
  if (!force && (process.env.PRIVACYSCOPE_SKIP_ELECTRON_NATIVE === '1' || process.env.CI === 'true')) {
    say('skipped (CI or PRIVACYSCOPE_SKIP_ELECTRON_NATIVE=1); tests use the Node build.');
    return;
  }
  if (!force && alreadyBuilt()) return say(`up to date for Electron ${electronVersion}.`);
  say(`building better-sqlite3 for Electron ${electronVersion} into node_modules/.privacyscope-electron/ …`);
  try {
    if (build()) return say('done.');
  } catch (error) {
    say(`failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  say('could not build the Electron-ABI module (offline?). Tests are unaffected;');
  say('`npm start` needs it: run `npm run rebuild:electron` when online.');
}

main();
