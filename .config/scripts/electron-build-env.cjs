// Pure decisions of build-electron-sqlite.cjs: when to skip, the environment node-gyp and
// prebuild-install run in, where node-gyp is, which steps can work with the network we have.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const DEFAULT_HEADERS_URL = 'https://www.electronjs.org/headers';
const GITHUB_URL = 'https://github.com';

/** CI=true/1/yes… counts; CI=false/0/'' does not. */
function isCi(env) {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== 'false' && value !== '0';
}

/** Why the postinstall build is skipped, or undefined. `--force` (rebuild:electron) never skips. */
function skipReason({ force, env }) {
  if (force) return undefined;
  if (env.PRIVACYSCOPE_SKIP_ELECTRON_NATIVE === '1') return 'PRIVACYSCOPE_SKIP_ELECTRON_NATIVE=1';
  if (isCi(env)) return `CI=${env.CI}`;
  return undefined;
}

/** Where Electron headers come from (override for a mirror behind a firewall). */
function headersUrl(env) {
  return env.PRIVACYSCOPE_ELECTRON_HEADERS_URL || DEFAULT_HEADERS_URL;
}

/** node-gyp's header cache for Electron, kept apart from Node's (the convention is ~/.electron-gyp). */
function electronGypDir(env, home = os.homedir()) {
  return env.PRIVACYSCOPE_ELECTRON_GYP_DIR || path.join(home, '.electron-gyp');
}

/** True when node-gyp already has the headers of this Electron version (an offline build can work). */
function headersCached(devDir, electronVersion) {
  return fs.existsSync(path.join(devDir, electronVersion, 'installVersion'));
}

// npm exports its whole config as npm_config_*; node-gyp lets those override its command
// line. This machine's npmrc sets nodedir=/usr, which silently yields a Node-ABI build.
const OVERRIDDEN = /^npm_config_(nodedir|target|runtime|disturl|dist_url|devdir|build_from_source)$/i;
const NODE_GYP_PACKAGE_CONFIG = /^npm_package_config_node_gyp_/i;

/** A copy of `env` that builds for Electron whatever npm or the user's npmrc says. */
function buildEnv(env, { electronVersion, devDir, distUrl }) {
  const result = {};
  for (const [key, value] of Object.entries(env)) {
    if (!OVERRIDDEN.test(key) && !NODE_GYP_PACKAGE_CONFIG.test(key)) result[key] = value;
  }
  return {
    ...result,
    npm_config_runtime: 'electron',
    npm_config_target: electronVersion,
    npm_config_disturl: distUrl,
    npm_config_devdir: devDir,
  };
}

/** node-gyp's script: npm's own copy (as npm uses), or one installed in the project. */
function findNodeGyp({ env, execPath, root, exists = fs.existsSync }) {
  const nodeDir = path.dirname(execPath);
  const candidates = [
    env.npm_config_node_gyp,
    path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((candidate) => candidate !== undefined && candidate !== '' && exists(candidate));
}

/** A proxy is configured: plain HTTPS probes would be wrong, let the tools try. */
function hasProxy(env) {
  return [
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'GLOBAL_AGENT_HTTPS_PROXY',
    'npm_config_https_proxy',
    'npm_config_proxy',
  ].some((key) => env[key] !== undefined && env[key] !== '');
}

/**
 * The steps that can work: `electron` (download the binary), `prebuild` (download a ready
 * better-sqlite3 build), `node-gyp` (compile it; needs headers, online or cached).
 */
function planSteps({ needElectron, needSqlite, reach, headersAreCached, nodeGyp, prebuildInstall }) {
  const steps = [];
  const notes = [];
  if (needElectron) {
    if (reach.electron) steps.push('electron');
    else notes.push('cannot reach the Electron download (github.com or ELECTRON_MIRROR)');
  }
  if (needSqlite) {
    if (reach.github && prebuildInstall) steps.push('prebuild');
    if (nodeGyp === undefined) notes.push('node-gyp not found (it comes with npm)');
    else if (reach.headers || headersAreCached) steps.push('node-gyp');
    else notes.push('cannot reach the Electron headers and none are cached');
  }
  return { steps, notes };
}

module.exports = {
  DEFAULT_HEADERS_URL,
  GITHUB_URL,
  isCi,
  skipReason,
  headersUrl,
  electronGypDir,
  headersCached,
  buildEnv,
  findNodeGyp,
  hasProxy,
  planSteps,
};
