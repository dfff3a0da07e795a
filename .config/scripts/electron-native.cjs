// Shared facts about the Electron-ABI build of better-sqlite3 (see build-electron-sqlite.cjs).
'use strict';
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const electronVersion = require(path.join(root, 'node_modules/electron/package.json')).version;
// Inside node_modules: wiped by `npm ci`, rebuilt by postinstall, never committed.
const nativeDir = path.join(root, 'node_modules', '.privacyscope-electron');
const bindingPath = path.join(nativeDir, 'better_sqlite3.node');
const stampPath = path.join(nativeDir, 'electron-version.txt');

module.exports = { root, electronVersion, nativeDir, bindingPath, stampPath };
