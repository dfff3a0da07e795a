// Shared facts about the Electron-ABI build of better-sqlite3 (built by
// build-electron-sqlite.cjs, checked by check-electron-abi.cjs, loaded by
// main/electron-native-binding.ts through better-sqlite3's `nativeBinding` option).
// Pure functions of a project root, so tests can point them at a temp folder.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const DEFAULT_ROOT = path.resolve(__dirname, '..', '..');
/** The one line `npm start` prints when Electron or the Electron-ABI build is missing. */
const MISSING_MESSAGE = 'Electron binary/ABI build missing: run `npm run rebuild:electron`';

/** Inside node_modules: wiped by `npm ci`, rebuilt by postinstall, never committed. */
function nativePaths(root = DEFAULT_ROOT) {
  const nativeDir = path.join(root, 'node_modules', '.privacyscope-electron');
  return {
    nativeDir,
    bindingPath: path.join(nativeDir, 'better_sqlite3.node'),
    // Holds exactly the Electron version the build is for (main/electron-native-binding.ts compares it).
    stampPath: path.join(nativeDir, 'electron-version.txt'),
  };
}

const readText = (file) => {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
};

/** The installed electron package's version, or undefined (e.g. `npm install --omit=dev`). */
function readElectronVersion(root = DEFAULT_ROOT) {
  const text = readText(path.join(root, 'node_modules', 'electron', 'package.json'));
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text).version;
  } catch {
    return undefined;
  }
}

/** NODE_MODULE_VERSION of the installed Electron (the package ships it), or undefined. */
function readElectronAbi(root = DEFAULT_ROOT) {
  const text = readText(path.join(root, 'node_modules', 'electron', 'abi_version'));
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** Path of the downloaded Electron executable when present (as electron/index.js finds it). */
function electronExecutable(root = DEFAULT_ROOT, env = process.env) {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const relative = readText(path.join(electronDir, 'path.txt'));
  if (relative === undefined) return undefined;
  const base = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const executable = path.join(base, relative);
  return fs.existsSync(executable) ? executable : undefined;
}

/** The stamp's Electron version, '' when absent. */
function readStamp(stampPath) {
  return readText(stampPath) ?? '';
}

/** True when the binding exists and its stamp names this Electron version. */
function isBuildCurrent({ bindingPath, stampPath, electronVersion }) {
  return (
    electronVersion !== undefined && fs.existsSync(bindingPath) && readStamp(stampPath) === electronVersion
  );
}

/**
 * Reads what loading a native module in Node printed: `{ kind: 'node' }` when it loaded (a
 * Node-ABI build: the `nodedir` trap), `{ kind: 'abi', abi }` from Node's
 * NODE_MODULE_VERSION mismatch message, otherwise `{ kind: 'unknown', message }`.
 */
function parseDlopenOutput(output) {
  if (output === 'loaded') return { kind: 'node' };
  const match = /compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (\d+)/.exec(
    output,
  );
  if (match) return { kind: 'abi', abi: Number(match[1]) };
  return { kind: 'unknown', message: output.trim() };
}

/** Which ABI a native module was built for, found by loading it in a child Node process. */
function detectModuleAbi(file, { execPath = process.execPath, timeoutMs = 10_000 } = {}) {
  const script =
    'try { process.dlopen({ exports: {} }, process.argv[1]); process.stdout.write("loaded") } ' +
    'catch (e) { process.stdout.write(String(e && e.message)) }';
  const result = spawnSync(execPath, ['-e', script, path.resolve(file)], {
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  const output = `${result.stdout ?? ''}` || `${result.error?.message ?? result.stderr ?? ''}`;
  return parseDlopenOutput(output);
}

module.exports = {
  DEFAULT_ROOT,
  MISSING_MESSAGE,
  nativePaths,
  readElectronVersion,
  readElectronAbi,
  electronExecutable,
  readStamp,
  isBuildCurrent,
  parseDlopenOutput,
  detectModuleAbi,
};
