// Runs first in `npm start`: Electron can only start with its binary and the Electron-ABI
// build of better-sqlite3. Says exactly what is missing instead of crashing later.
'use strict';
const fs = require('node:fs');
const {
  DEFAULT_ROOT,
  MISSING_MESSAGE,
  nativePaths,
  readElectronVersion,
  readElectronAbi,
  electronExecutable,
  readStamp,
  detectModuleAbi,
} = require('./electron-native.cjs');

/**
 * Everything that stops `electron-vite preview` from working, as readable sentences; empty
 * when all is in place. `detectAbi` is injectable for tests.
 */
function findProblems({ root = DEFAULT_ROOT, env = process.env, detectAbi = detectModuleAbi } = {}) {
  const electronVersion = readElectronVersion(root);
  if (electronVersion === undefined) {
    return ['the electron package is not installed (run `npm install` without --omit=dev)'];
  }
  const problems = [];
  if (electronExecutable(root, env) === undefined) {
    problems.push(`the Electron ${electronVersion} binary has not been downloaded`);
  }
  const { bindingPath, stampPath } = nativePaths(root);
  const stamp = readStamp(stampPath);
  if (!fs.existsSync(bindingPath)) {
    problems.push(`better-sqlite3 has no Electron build (${bindingPath} is missing)`);
  } else if (stamp !== electronVersion) {
    problems.push(
      `the better-sqlite3 Electron build is for Electron ${stamp || 'unknown'}, not ${electronVersion}`,
    );
  } else {
    const expected = readElectronAbi(root);
    const found = detectAbi(bindingPath);
    if (found.kind === 'node') {
      problems.push(
        'the better-sqlite3 "Electron" build is a Node-ABI build (npm_config_nodedir leaked into the build)',
      );
    } else if (found.kind === 'abi' && expected !== undefined && found.abi !== expected) {
      problems.push(
        `the better-sqlite3 Electron build has ABI ${found.abi}; Electron ${electronVersion} needs ${expected}`,
      );
    }
  }
  return problems;
}

/** The lines printed to stderr: the fixed first line, then each problem. */
function formatProblems(problems) {
  return [
    `privacyscope: ${MISSING_MESSAGE}`,
    ...problems.map((problem) => `  - ${problem}`),
    'It needs internet once (Electron download + native build). Everything else works without it:',
    '`npm test`, `npm run serve` (the UI in a browser) and the CLI.',
  ];
}

function main() {
  const problems = findProblems();
  if (problems.length === 0) return 0;
  for (const line of formatProblems(problems)) console.error(line);
  return 1;
}

if (require.main === module) process.exitCode = main();

module.exports = { findProblems, formatProblems, main };
