// Run before `npm start`: Electron can only start with its binary and the Electron-ABI
// build of better-sqlite3. Say exactly what is missing instead of crashing later.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { root, electronVersion, bindingPath, stampPath } = require('./electron-native.cjs');

const problems = [];
const electronDir = path.join(root, 'node_modules', 'electron');
const pathFile = path.join(electronDir, 'path.txt');
const executable = fs.existsSync(pathFile)
  ? path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim())
  : undefined;
if (!executable || !fs.existsSync(executable)) {
  problems.push(`Electron binary missing: run \`npx install-electron\` (needs internet).`);
}
const stamp = fs.existsSync(stampPath) ? fs.readFileSync(stampPath, 'utf8').trim() : '';
if (!fs.existsSync(bindingPath) || stamp !== electronVersion) {
  problems.push(
    `Electron binary/ABI build missing: run \`npm run rebuild:electron\` (builds better-sqlite3 for Electron ${electronVersion}; needs internet).`,
  );
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`privacyscope: ${problem}`);
  console.error('Everything else (tests, `npm run serve`, the CLI) works without them.');
  process.exit(1);
}
