import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBuildEnv as plan } from './load-scripts';

describe('skipReason', () => {
  it('skips the postinstall build in CI and on request, never with --force', () => {
    expect(plan.skipReason({ force: false, env: { CI: 'true' } })).toBe('CI=true');
    expect(plan.skipReason({ force: false, env: { CI: '1' } })).toBe('CI=1');
    expect(plan.skipReason({ force: false, env: { PRIVACYSCOPE_SKIP_ELECTRON_NATIVE: '1' } })).toMatch(
      /SKIP/,
    );
    expect(plan.skipReason({ force: false, env: { CI: 'false' } })).toBeUndefined();
    expect(plan.skipReason({ force: false, env: { CI: '0' } })).toBeUndefined();
    expect(plan.skipReason({ force: false, env: {} })).toBeUndefined();
    expect(plan.skipReason({ force: true, env: { CI: 'true' } })).toBeUndefined();
  });
});

describe('buildEnv', () => {
  it('drops every npm setting that would turn the build into a Node-ABI build', () => {
    const env = {
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      Npm_Config_NodeDir: '/usr',
      npm_config_target: '20.19.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_dist_url: 'https://nodejs.org/dist',
      npm_config_build_from_source: 'true',
      npm_package_config_node_gyp_nodedir: '/usr',
      npm_config_arch: 'x64',
      npm_config_jobs: '2',
    };
    const copy = { ...env };
    const result = plan.buildEnv(env, {
      electronVersion: '45.5.0',
      devDir: '/cache/gyp',
      distUrl: 'https://h',
    });
    expect(result).toEqual({
      PATH: '/usr/bin',
      npm_config_arch: 'x64',
      npm_config_jobs: '2',
      npm_config_runtime: 'electron',
      npm_config_target: '45.5.0',
      npm_config_disturl: 'https://h',
      npm_config_devdir: '/cache/gyp',
    });
    expect(Object.keys(result).some((key) => /nodedir/i.test(key))).toBe(false);
    expect(env).toEqual(copy);
  });
});

describe('where things come from', () => {
  it('uses the headers mirror and gyp folder overrides', () => {
    expect(plan.headersUrl({})).toBe(plan.DEFAULT_HEADERS_URL);
    expect(plan.headersUrl({ PRIVACYSCOPE_ELECTRON_HEADERS_URL: 'https://mirror/h' })).toBe(
      'https://mirror/h',
    );
    expect(plan.electronGypDir({}, '/home/u')).toBe(join('/home/u', '.electron-gyp'));
    expect(plan.electronGypDir({ PRIVACYSCOPE_ELECTRON_GYP_DIR: '/g' }, '/home/u')).toBe('/g');
  });

  it('finds node-gyp: npm_config_node_gyp first, then npm next to node, then the project', () => {
    const all = (): boolean => true;
    const execPath = join('/opt', 'node', 'bin', 'node');
    expect(
      plan.findNodeGyp({ env: { npm_config_node_gyp: '/x/node-gyp.js' }, execPath, root: '/p', exists: all }),
    ).toBe('/x/node-gyp.js');
    expect(plan.findNodeGyp({ env: {}, execPath, root: '/p', exists: all })).toBe(
      join('/opt', 'node', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    );
    const projectOnly = (path: string): boolean => path.startsWith('/p');
    expect(plan.findNodeGyp({ env: {}, execPath, root: '/p', exists: projectOnly })).toBe(
      join('/p', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    );
    expect(plan.findNodeGyp({ env: {}, execPath, root: '/p', exists: () => false })).toBeUndefined();
  });

  it('knows when node-gyp has cached headers for this Electron', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacyscope-gyp-'));
    try {
      expect(plan.headersCached(dir, '45.5.0')).toBe(false);
      mkdirSync(join(dir, '45.5.0'));
      writeFileSync(join(dir, '45.5.0', 'installVersion'), '11');
      expect(plan.headersCached(dir, '45.5.0')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('detects a proxy', () => {
    expect(plan.hasProxy({})).toBe(false);
    expect(plan.hasProxy({ HTTPS_PROXY: 'http://proxy:3128' })).toBe(true);
    expect(plan.hasProxy({ npm_config_proxy: 'http://proxy:3128' })).toBe(true);
  });
});

describe('planSteps', () => {
  const base = {
    needElectron: true,
    needSqlite: true,
    headersAreCached: false,
    nodeGyp: '/g.js',
    prebuildInstall: '/p.js',
  };
  const online = { electron: true, github: true, headers: true };
  const offline = { electron: false, github: false, headers: false };

  it('online: Electron download, then a prebuilt binary, then compiling as the fallback', () => {
    expect(plan.planSteps({ ...base, reach: online })).toEqual({
      steps: ['electron', 'prebuild', 'node-gyp'],
      notes: [],
    });
  });

  it('offline: nothing to try, and says why', () => {
    const { steps, notes } = plan.planSteps({ ...base, reach: offline });
    expect(steps).toEqual([]);
    expect(notes.join(' ')).toMatch(/Electron download.*headers/);
  });

  it('offline with cached headers: compiles', () => {
    expect(
      plan.planSteps({ ...base, needElectron: false, reach: offline, headersAreCached: true }).steps,
    ).toEqual(['node-gyp']);
  });

  it('without node-gyp: only the prebuilt binary, with a note', () => {
    const result = plan.planSteps({ ...base, needElectron: false, reach: online, nodeGyp: undefined });
    expect(result.steps).toEqual(['prebuild']);
    expect(result.notes).toEqual(['node-gyp not found (it comes with npm)']);
  });

  it('only what is needed', () => {
    expect(plan.planSteps({ ...base, needSqlite: false, reach: online }).steps).toEqual(['electron']);
  });
});
