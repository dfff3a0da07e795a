// Postinstall (and `npm run rebuild:electron`, with --force): makes `npm start` possible by
// downloading the Electron binary and building better-sqlite3 for Electron's ABI into
// node_modules/.privacyscope-electron/, leaving the Node build in place for the tests.
// As postinstall it never fails the install: skipped in CI, and offline it says in seconds
// what is missing and exits 0 (`npm start` then refuses with a clear message).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const native = require('./electron-native.cjs');
const plan = require('./electron-build-env.cjs');
const { probeUrl } = require('./net-probe.cjs');

const MINUTE = 60_000;
const TIMEOUT_MS = { electron: 10 * MINUTE, prebuild: 2 * MINUTE, 'node-gyp': 15 * MINUTE };
const PROBE_TIMEOUT_MS = 4000;

function spawnStep(command, args, { cwd, env, timeoutMs }) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit', timeout: timeoutMs });
  return { ok: result.status === 0, timedOut: result.error?.code === 'ETIMEDOUT' };
}

/** Which download hosts answer; all assumed reachable behind a proxy (the tools use it, a probe would not). */
async function probeNetwork({ env, probe }) {
  const electronUrl = env.ELECTRON_MIRROR || env.npm_config_electron_mirror || plan.GITHUB_URL;
  if (plan.hasProxy(env)) return { electron: true, github: true, headers: true };
  const [electron, github, headers] = await Promise.all(
    [electronUrl, plan.GITHUB_URL, plan.headersUrl(env)].map((url) => probe(url, PROBE_TIMEOUT_MS)),
  );
  return { electron, github, headers };
}

function stageSources(root) {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'privacyscope-sqlite-'));
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  for (const entry of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
    fs.cpSync(path.join(source, entry), path.join(stage, entry), { recursive: true });
  }
  return stage;
}

/** Accepts a staged build unless it is provably not for this Electron. */
function checkBuild(file, { expectedAbi, detectAbi }) {
  if (!fs.existsSync(file)) return { ok: false, reason: 'no better_sqlite3.node was produced' };
  const found = detectAbi(file);
  if (found.kind === 'node')
    return { ok: false, reason: 'it is a Node-ABI build (npm_config_nodedir leaked in?)' };
  if (found.kind === 'abi' && expectedAbi !== undefined && found.abi !== expectedAbi) {
    return { ok: false, reason: `it has ABI ${found.abi}, Electron needs ${expectedAbi}` };
  }
  return { ok: true };
}

/** Copies the verified build in place; the stamp is written last, so a crash leaves no false stamp. */
function install(built, { root, electronVersion }) {
  const { nativeDir, bindingPath, stampPath } = native.nativePaths(root);
  fs.mkdirSync(nativeDir, { recursive: true });
  fs.rmSync(stampPath, { force: true });
  fs.copyFileSync(built, `${bindingPath}.tmp`);
  fs.renameSync(`${bindingPath}.tmp`, bindingPath);
  fs.writeFileSync(stampPath, `${electronVersion}\n`);
}

function buildSqlite(steps, context) {
  const { root, env, electronVersion, spawn, detectAbi, log } = context;
  const devDir = plan.electronGypDir(env);
  const distUrl = plan.headersUrl(env);
  const stepEnv = plan.buildEnv(env, { electronVersion, devDir, distUrl });
  const target = `--target=${electronVersion}`;
  const commands = {
    prebuild: [context.prebuildInstall, ['--runtime=electron', target, `--arch=${process.arch}`]],
    'node-gyp': [
      context.nodeGyp,
      ['rebuild', '--release', '--runtime=electron', target, `--dist-url=${distUrl}`, `--devdir=${devDir}`],
    ],
  };
  const stage = stageSources(root);
  try {
    for (const step of steps.filter((name) => name in commands)) {
      const [script, args] = commands[step];
      log(`${step}: building better-sqlite3 for Electron ${electronVersion} …`);
      const result = spawn(context.execPath, [script, ...args], {
        cwd: stage,
        env: stepEnv,
        timeoutMs: TIMEOUT_MS[step],
      });
      if (!result.ok) {
        log(`${step}: ${result.timedOut ? `gave up after ${TIMEOUT_MS[step] / MINUTE} min` : 'failed'}.`);
        continue;
      }
      const built = path.join(stage, 'build', 'Release', 'better_sqlite3.node');
      const check = checkBuild(built, { expectedAbi: native.readElectronAbi(root), detectAbi });
      if (!check.ok) {
        log(`${step}: rejected the result: ${check.reason}.`);
        continue;
      }
      install(built, { root, electronVersion });
      return true;
    }
    return false;
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * The whole job; returns the exit code. Every side effect is injectable for tests:
 * `probe(url, ms)`, `spawn(cmd, args, {cwd, env, timeoutMs})`, `detectAbi(file)`, `log(line)`.
 */
async function run(options = {}) {
  const {
    argv = [],
    env = process.env,
    root = native.DEFAULT_ROOT,
    execPath = process.execPath,
    probe = probeUrl,
    spawn = spawnStep,
    detectAbi = native.detectModuleAbi,
    log = (line) => console.log(`[electron-sqlite] ${line}`),
  } = options;
  const force = argv.includes('--force');
  const failed = force ? 1 : 0;
  const skip = plan.skipReason({ force, env });
  if (skip !== undefined) {
    log(`skipped (${skip}): tests use the Node build; \`npm start\` needs \`npm run rebuild:electron\`.`);
    return 0;
  }
  const electronVersion = native.readElectronVersion(root);
  if (electronVersion === undefined) {
    log('skipped: the electron package is not installed (dev dependencies omitted?).');
    return failed;
  }
  const paths = native.nativePaths(root);
  const needSqlite = force || !native.isBuildCurrent({ ...paths, electronVersion });
  const needElectron = native.electronExecutable(root, env) === undefined;
  if (!needSqlite && !needElectron) {
    log(`up to date for Electron ${electronVersion}.`);
    return 0;
  }
  const wanted = [
    needElectron && `the Electron ${electronVersion} binary`,
    needSqlite && 'better-sqlite3 for Electron',
  ];
  log(`preparing \`npm start\`: ${wanted.filter(Boolean).join(' and ')} …`);
  const prebuildPath = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
  const context = {
    root,
    env,
    electronVersion,
    execPath,
    spawn,
    detectAbi,
    log,
    nodeGyp: plan.findNodeGyp({ env, execPath, root }),
    prebuildInstall: fs.existsSync(prebuildPath) ? prebuildPath : undefined,
  };
  const reach = await probeNetwork({ env, probe });
  const headersAreCached = plan.headersCached(plan.electronGypDir(env), electronVersion);
  const { steps, notes } = plan.planSteps({ needElectron, needSqlite, reach, headersAreCached, ...context });
  for (const note of notes) log(`${note}.`);
  let electronOk = !needElectron;
  if (steps.includes('electron')) {
    log(`downloading the Electron ${electronVersion} binary …`);
    const installer = path.join(root, 'node_modules', 'electron', 'install.js');
    electronOk =
      spawn(execPath, [installer], { cwd: root, env, timeoutMs: TIMEOUT_MS.electron }).ok &&
      native.electronExecutable(root, env) !== undefined;
    if (!electronOk) log('the Electron download failed.');
  }
  let sqliteOk = !needSqlite;
  if (needSqlite && steps.some((step) => step !== 'electron')) {
    try {
      sqliteOk = buildSqlite(steps, context);
    } catch (error) {
      log(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (electronOk && sqliteOk) {
    log(`ready: Electron ${electronVersion} with better-sqlite3 in node_modules/.privacyscope-electron/.`);
    return 0;
  }
  log(
    `not ready for \`npm start\` (offline? no C++ toolchain?). Tests, \`npm run serve\` and the CLI are unaffected.`,
  );
  log('When online, run `npm run rebuild:electron` (see README, "Troubleshooting").');
  return failed;
}

if (require.main === module) {
  const force = process.argv.includes('--force');
  run({ argv: process.argv.slice(2) }).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.log(
        `[electron-sqlite] unexpected error: ${error instanceof Error ? error.stack : String(error)}`,
      );
      process.exitCode = force ? 1 : 0; // never break `npm install`
    },
  );
}

module.exports = { run, checkBuild, install, probeNetwork, TIMEOUT_MS };
