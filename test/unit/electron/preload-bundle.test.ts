// Builds the preload with the project's own electron-vite config (in memory, nothing is
// written) and checks what a sandboxed preload needs: one CommonJS file whose only
// `require` is `electron`. Then runs that file in a bare context whose `require` knows only
// `electron`, as Electron's sandbox does, and checks the API gets exposed.
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import type { Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_GLOBAL_NAME, EVENT_IPC_CHANNEL } from '../../../preload/contract';
import type { EnvelopeApi } from '../../../preload/contract';
import { createFakeElectron } from '../../fakes/fake-electron';

const root = resolve(import.meta.dirname, '../../..');

const buildPreload = async (): Promise<(Rolldown.OutputChunk | Rolldown.OutputAsset)[]> => {
  const nodeEnv = process.env['NODE_ENV'];
  try {
    const resolved = await resolveConfig(
      {
        root,
        configFile: resolve(root, 'electron.vite.config.ts'),
        logLevel: 'silent',
        build: { write: false },
      },
      'build',
      'production',
    );
    const preload = resolved.config?.preload;
    if (!preload) throw new Error('electron.vite.config.ts has no preload build');
    const result = await build({ ...preload, logLevel: 'silent' });
    if (!('output' in result)) throw new Error('expected one in-memory build result');
    return result.output;
  } finally {
    // electron-vite sets NODE_ENV for the build; leave the test process as it was.
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
};

describe('built preload (electron-vite, project config)', () => {
  let output: (Rolldown.OutputChunk | Rolldown.OutputAsset)[];
  let code: string;

  beforeAll(async () => {
    output = await buildPreload();
    const [entry] = output;
    code = entry?.type === 'chunk' ? entry.code : '';
  }, 60_000);

  it('is one entry file with no extra chunks or assets', () => {
    expect(output.map((item) => [item.type, item.fileName])).toEqual([['chunk', 'index.js']]);
    const [entry] = output;
    expect(entry?.type === 'chunk' && entry.isEntry).toBe(true);
    expect(entry?.type === 'chunk' && entry.dynamicImports).toEqual([]);
  });

  it('is CommonJS that requires only electron', () => {
    const [entry] = output;
    expect(entry?.type === 'chunk' && entry.imports).toEqual(['electron']);
    const required = [...code.matchAll(/\brequire\s*\(\s*(["'`])([^"'`]*)\1\s*\)/g)].map((match) => match[2]);
    expect(required).toEqual(['electron']);
    // No other form of loading code: computed requires, ESM syntax, dynamic import.
    expect(code.match(/\brequire\s*\(/g)).toHaveLength(1);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/\bimport\.meta\b/);
  });

  it('runs where require() knows only electron, and exposes the API', async () => {
    const electron = createFakeElectron();
    const asked: string[] = [];
    const sandboxRequire = (id: string): unknown => {
      asked.push(id);
      if (id === 'electron') return electron;
      throw new Error(`module not found: ${id}`);
    };
    const module = { exports: {} };
    runInNewContext(
      code,
      { require: sandboxRequire, module, exports: module.exports, console },
      { filename: 'index.js' },
    );
    expect(asked).toEqual(['electron']);
    expect([...electron.contextBridge.exposed.keys()]).toEqual([API_GLOBAL_NAME]);
    const api = electron.contextBridge.exposed.get(API_GLOBAL_NAME) as EnvelopeApi;
    electron.ipcRenderer.respond = () => ({ ok: true, value: { version: '0.1.0' } });
    await expect(api.app.info()).resolves.toEqual({ ok: true, value: { version: '0.1.0' } });
    expect(electron.ipcRenderer.invocations).toEqual([{ channel: 'app:info', args: [] }]);
    expect(electron.ipcRenderer.listenerCount(EVENT_IPC_CHANNEL)).toBe(1);
  });
});
