// `privacyscope serve` in-process: the real bridge and handler table with fake services,
// the one stdout line other tests parse, shutdown on the abort signal, and the refusals.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServeCommand } from '../../../main/cli/serve-command';
import type { ComposeServicesOptions } from '../../../main/services/compose-services';
import { recordCliIo } from '../../support/cli-io';
import type { FakeServices } from './bridge-fixture';
import { createFakeServices, createRendererDir, rawRequest } from './bridge-fixture';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const setup = async () => {
  const { root, rendererDir } = await createRendererDir();
  const dataDir = join(await mkdtemp(join(tmpdir(), 'privacyscope-serve-')), 'nested', 'data');
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  cleanups.push(() => rm(join(dataDir, '..', '..'), { recursive: true, force: true }));
  const composed: ComposeServicesOptions[] = [];
  let services: FakeServices | undefined;
  const command = createServeCommand({
    compose: async (options) => {
      composed.push(options);
      services = createFakeServices();
      return services;
    },
    defaultRendererDir: rendererDir,
  });
  const controller = new AbortController();
  const { out, err, io } = recordCliIo(controller.signal);
  const run = (args: readonly string[]) => command.run(args, io);
  return { run, out, err, controller, composed, dataDir, services: () => services };
};

describe('privacyscope serve', () => {
  it('prints one URL line, serves until aborted, then closes and disposes the services', async () => {
    const { run, out, controller, composed, dataDir, services } = await setup();
    const exit = run(['--port', '0', '--data-dir', dataDir]);
    await expect.poll(() => out.length).toBe(1);
    const line = out[0] ?? '';
    expect(line).toMatch(/^PrivacyScope bridge: http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    const url = new URL(/https?:\/\/\S+token=\S+/.exec(line)?.[0] ?? '');
    expect(composed).toEqual([{ shell: 'bridge', dataDir, openExternal: expect.any(Function) }]);
    expect(await composed[0]?.openExternal('https://example.org')).toBe(false);
    expect((await stat(dataDir)).isDirectory()).toBe(true);

    const port = Number(url.port);
    const page = await rawRequest({
      port,
      path: `${url.pathname}${url.search}`,
      headers: { Host: url.host },
    });
    expect(page.status).toBe(200);
    const api = await rawRequest({
      port,
      path: '/api/app:info',
      method: 'POST',
      headers: { Host: url.host, Authorization: `Bearer ${url.searchParams.get('token')}` },
    });
    expect(JSON.parse(api.body)).toMatchObject({ ok: true, value: { shell: 'bridge' } });

    controller.abort();
    expect(await exit).toBe(0);
    expect(services()?.disposed).toBe(true);
    await expect(rawRequest({ port, path: '/', headers: { Host: url.host } })).rejects.toThrow(
      /ECONNREFUSED/,
    );
    expect(out).toHaveLength(1);
  });

  it('refuses a non-loopback host without --allow-remote: exit 2, nothing started', async () => {
    const { run, out, err, composed } = await setup();
    expect(await run(['--host', '0.0.0.0', '--port', '0'])).toBe(2);
    expect(err.join('\n')).toMatch(/non-loopback host '0\.0\.0\.0'.*--allow-remote/s);
    expect(out).toEqual([]);
    expect(composed).toEqual([]);
  });

  it('reports a missing renderer build and a busy port as failures (exit 1)', async () => {
    const first = await setup();
    expect(await first.run(['--port', '0', '--renderer-dir', join(tmpdir(), 'no-such-renderer-dir')])).toBe(
      1,
    );
    expect(first.err.join()).toMatch(/no built renderer in .*npm run build/);

    const exit = first.run(['--port', '0', '--data-dir', first.dataDir]);
    await expect.poll(() => first.out.length).toBe(1);
    const port = new URL(/https?:\/\/\S+/.exec(first.out[0] ?? '')?.[0] ?? '').port;
    const second = await setup();
    expect(await second.run(['--port', port, '--data-dir', second.dataDir])).toBe(1);
    expect(second.err.join()).toMatch(new RegExp(`port ${port} is in use`));
    expect(second.services()?.disposed).toBe(true);
    first.controller.abort();
    expect(await exit).toBe(0);
  });

  it('serves on all interfaces with --allow-remote, still behind the token', async () => {
    const { run, out, err, controller, dataDir } = await setup();
    const exit = run(['--host', '0.0.0.0', '--allow-remote', '--port', '0', '--data-dir', dataDir]);
    await expect.poll(() => out.length).toBe(1);
    expect(err.join('\n')).toMatch(/Warning: serving on 0\.0\.0\.0/);
    const url = new URL(/https?:\/\/\S+/.exec(out[0] ?? '')?.[0] ?? '');
    const port = Number(url.port);
    expect((await rawRequest({ port, path: '/', headers: { Host: url.host } })).status).toBe(401);
    expect(
      (await rawRequest({ port, path: url.pathname + url.search, headers: { Host: url.host } })).status,
    ).toBe(200);
    controller.abort();
    expect(await exit).toBe(0);
  });
});
