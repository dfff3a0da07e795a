import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELECTRON_ABI, ELECTRON_VERSION, useFakeRoots } from './fake-root';
import type { FakeRoot } from './fake-root';
import { buildScript, electronNative } from './load-scripts';
import type { AbiResult, Env, Spawn, SpawnOptions } from './load-scripts';

const fakeRoot = useFakeRoots();

interface Call {
  readonly script: string;
  readonly args: readonly string[];
  readonly options: SpawnOptions;
}

/** A spawn that records calls; `produce` decides, per script, whether a build file appears. */
const fakeSpawn = (produce: (script: string) => boolean): { spawn: Spawn; calls: Call[] } => {
  const calls: Call[] = [];
  const spawn: Spawn = (_command, [script = '', ...args], options) => {
    calls.push({ script, args, options });
    const ok = produce(script);
    if (ok && script.endsWith(join('electron', 'install.js'))) {
      writeFileSync(join(options.cwd, 'node_modules/electron/path.txt'), 'electron');
      mkdirSync(join(options.cwd, 'node_modules/electron/dist'), { recursive: true });
      writeFileSync(join(options.cwd, 'node_modules/electron/dist/electron'), '');
    } else if (ok) {
      mkdirSync(join(options.cwd, 'build', 'Release'), { recursive: true });
      writeFileSync(join(options.cwd, 'build', 'Release', 'better_sqlite3.node'), `built by ${script}`);
    }
    return { ok };
  };
  return { spawn, calls };
};

const prepared = (): FakeRoot & { env: Env } => {
  const fake = fakeRoot();
  fake.withElectronPackage();
  fake.withBetterSqliteSources();
  const nodeGyp = fake.write('tools/node-gyp.js', '');
  return {
    ...fake,
    env: {
      PATH: process.env.PATH,
      npm_config_nodedir: '/usr',
      npm_config_node_gyp: nodeGyp,
      PRIVACYSCOPE_ELECTRON_GYP_DIR: join(fake.root, 'gyp'),
    },
  };
};

const online = async (): Promise<boolean> => true;
const offline = async (): Promise<boolean> => false;
const electronAbi = (): AbiResult => ({ kind: 'abi', abi: ELECTRON_ABI });

describe('build-electron-sqlite run()', () => {
  it('offline: says what is missing, tries nothing, exits 0 (postinstall) or 1 (--force)', async () => {
    const fake = prepared();
    const lines: string[] = [];
    const { spawn, calls } = fakeSpawn(() => true);
    const probes: number[] = [];
    const probe = async (_url: string, timeoutMs: number) => (probes.push(timeoutMs), false);
    const options = { root: fake.root, env: fake.env, probe, spawn, log: (line: string) => lines.push(line) };
    expect(await buildScript.run(options)).toBe(0);
    expect(calls).toEqual([]);
    expect(probes.every((ms) => ms <= 5000)).toBe(true);
    expect(lines.join('\n')).toMatch(
      /cannot reach.*\n.*\n.*not ready for `npm start`[\s\S]*npm run rebuild:electron/,
    );
    expect(await buildScript.run({ ...options, argv: ['--force'] })).toBe(1);
  });

  it('online: downloads Electron, builds in a staging folder, installs the build and its stamp', async () => {
    const fake = prepared();
    const { spawn, calls } = fakeSpawn(() => true);
    const code = await buildScript.run({
      root: fake.root,
      env: fake.env,
      probe: online,
      spawn,
      detectAbi: electronAbi,
      log: () => {},
    });
    expect(code).toBe(0);
    expect(calls.map((call) => call.script)).toEqual([
      join(fake.root, 'node_modules', 'electron', 'install.js'),
      join(fake.root, 'node_modules', 'prebuild-install', 'bin.js'),
    ]);
    const prebuild = calls[1];
    expect(prebuild?.args).toEqual([
      '--runtime=electron',
      `--target=${ELECTRON_VERSION}`,
      `--arch=${process.arch}`,
    ]);
    expect(prebuild?.options.env.npm_config_nodedir).toBeUndefined();
    expect(prebuild?.options.env.npm_config_runtime).toBe('electron');
    expect(prebuild?.options.cwd.startsWith(fake.root)).toBe(false);
    expect(existsSync(prebuild?.options.cwd ?? '/')).toBe(false); // staging removed
    const { bindingPath, stampPath } = electronNative.nativePaths(fake.root);
    expect(readFileSync(bindingPath, 'utf8')).toMatch(/prebuild-install/);
    expect(readFileSync(stampPath, 'utf8')).toBe(`${ELECTRON_VERSION}\n`);
  });

  it('falls back to node-gyp when no prebuilt binary exists, with Electron headers and target', async () => {
    const fake = prepared();
    fake.withElectronBinary();
    const { spawn, calls } = fakeSpawn((script) => script.endsWith('node-gyp.js'));
    const code = await buildScript.run({
      root: fake.root,
      env: fake.env,
      probe: online,
      spawn,
      detectAbi: electronAbi,
      log: () => {},
    });
    expect(code).toBe(0);
    const gyp = calls.find((call) => call.script.endsWith('node-gyp.js'));
    expect(gyp?.args).toEqual([
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${ELECTRON_VERSION}`,
      '--dist-url=https://www.electronjs.org/headers',
      `--devdir=${join(fake.root, 'gyp')}`,
    ]);
    expect(gyp?.options.timeoutMs).toBe(buildScript.TIMEOUT_MS['node-gyp']);
    expect(readFileSync(electronNative.nativePaths(fake.root).bindingPath, 'utf8')).toMatch(/node-gyp/);
  });

  it('rejects a build that turns out to be Node-ABI, and leaves no stamp', async () => {
    const fake = prepared();
    fake.withElectronBinary();
    const lines: string[] = [];
    const { spawn } = fakeSpawn(() => true);
    const code = await buildScript.run({
      argv: ['--force'],
      root: fake.root,
      env: fake.env,
      probe: online,
      spawn,
      detectAbi: () => ({ kind: 'node' }),
      log: (line) => lines.push(line),
    });
    expect(code).toBe(1);
    expect(lines.filter((line) => /Node-ABI build/.test(line))).toHaveLength(2);
    expect(existsSync(electronNative.nativePaths(fake.root).stampPath)).toBe(false);
  });

  it('does nothing when up to date, rebuilds when the stamp is stale', async () => {
    const fake = prepared();
    fake.withElectronBinary();
    fake.withBinding({});
    const { spawn, calls } = fakeSpawn(() => true);
    const lines: string[] = [];
    const options = {
      root: fake.root,
      env: fake.env,
      probe: offline,
      spawn,
      detectAbi: electronAbi,
      log: (l: string) => lines.push(l),
    };
    expect(await buildScript.run(options)).toBe(0);
    expect(lines).toEqual([`up to date for Electron ${ELECTRON_VERSION}.`]);
    fake.withBinding({ stamp: '44.0.0' });
    expect(await buildScript.run({ ...options, probe: online })).toBe(0);
    expect(calls).toHaveLength(1);
    expect(electronNative.readStamp(electronNative.nativePaths(fake.root).stampPath)).toBe(ELECTRON_VERSION);
  });
});

describe('build-electron-sqlite.cjs (as npm runs it)', () => {
  const runScript = (root: string, env: Env, args: readonly string[] = []) =>
    spawnSync(process.execPath, [join(root, '.config/scripts/build-electron-sqlite.cjs'), ...args], {
      encoding: 'utf8',
      env,
      timeout: 20_000,
    });

  it('skips at once in CI', () => {
    const fake = fakeRoot();
    fake.withScripts();
    const result = runScript(fake.root, { PATH: process.env.PATH, CI: 'true' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/skipped \(CI=true\)/);
  });

  it('never fails an install without electron (e.g. --omit=dev), but --force does', () => {
    const fake = fakeRoot();
    fake.withScripts();
    const env = { PATH: process.env.PATH };
    const result = runScript(fake.root, env);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/electron package is not installed/);
    expect(runScript(fake.root, env, ['--force']).status).toBe(1);
  });
});
