// The bridge's HTTP side against a real server on 127.0.0.1:0: token, cookie, Bearer,
// Origin, Host, static files (types, headers, traversal) and POST /api/<channel>.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/content-security-policy';
import { BridgeHostRefusedError } from '../../../main/bridge';
import type { BridgeFixture } from './bridge-fixture';
import { ASSET_JS, INDEX_HTML, rawRequest, SECRET, startTestBridge } from './bridge-fixture';

let fixture: BridgeFixture;
let port: number;
let token: string;
const get = (path: string, headers: Record<string, string> = {}) =>
  rawRequest({ port, path, headers: { Host: fixture.host, ...headers } });

beforeAll(async () => {
  fixture = await startTestBridge();
  ({ port, token } = fixture.bridge);
});
afterAll(() => fixture.stop());

describe('token', () => {
  it('prints a URL with a 256-bit base64url token on 127.0.0.1', () => {
    expect(fixture.bridge.url).toBe(`http://127.0.0.1:${port}/?token=${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it.each(['/', '/index.html', '/assets/app.js', '/api/app:info', '/no-such-file.js'])(
    'refuses %s without a token: 401, no content',
    async (path) => {
      const response = await rawRequest({
        port,
        path,
        method: path.startsWith('/api') ? 'POST' : 'GET',
        headers: { Host: fixture.host },
      });
      expect(response.status).toBe(401);
      expect(response.body).toBe('');
      expect(response.headers['set-cookie']).toBeUndefined();
    },
  );

  it('refuses a wrong token in the query, cookie or Authorization header', async () => {
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const response of [
      await get(`/?token=${wrong}`),
      await get('/assets/app.js', { Cookie: `privacyscope_bridge_${port}=${wrong}` }),
      await get('/', { Authorization: `Bearer ${wrong}` }),
      await get('/', { Authorization: `Basic ${token}` }),
    ]) {
      expect(response.status).toBe(401);
      expect(response.body).toBe('');
    }
  });

  it('serves index.html for the token URL and sets an HttpOnly SameSite=Strict session cookie', async () => {
    const response = await get(`/?token=${token}`);
    expect(response.status).toBe(200);
    expect(response.body).toBe(INDEX_HTML);
    expect(response.headers['set-cookie']).toEqual([
      `privacyscope_bridge_${port}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    ]);
    const cookie = (response.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
    const asset = await get('/assets/app.js', { Cookie: `other=1; ${cookie}` });
    expect(asset.status).toBe(200);
    expect(asset.body).toBe(ASSET_JS);
    expect(asset.headers['set-cookie']).toBeUndefined();
  });

  it('accepts Authorization: Bearer for non-browser clients', async () => {
    const response = await get('/assets/app.js', { Authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.headers['set-cookie']).toBeUndefined();
  });
});

describe('origin and host', () => {
  it('refuses a foreign Origin with 403 even with the right token', async () => {
    for (const origin of [
      'http://evil.example',
      'null',
      `http://127.0.0.1:${port + 1}`,
      `https://127.0.0.1:${port}`,
    ]) {
      const response = await get(`/?token=${token}`, { Origin: origin });
      expect(response.status).toBe(403);
      expect(response.body).toBe('');
    }
  });

  it('accepts its own origin and its loopback aliases', async () => {
    for (const origin of [fixture.origin, `http://localhost:${port}`, `http://[::1]:${port}`]) {
      expect((await get('/', { Origin: origin, Authorization: `Bearer ${token}` })).status).toBe(200);
    }
  });

  it('refuses a Host header that does not name the bridge (DNS rebinding) with 421', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      const response = await rawRequest({ port, path: `/?token=${token}`, headers: { Host: host } });
      expect(response.status).toBe(421);
      expect(response.body).toBe('');
    }
    const alias = await rawRequest({
      port,
      path: `/?token=${token}`,
      headers: { Host: `localhost:${port}` },
    });
    expect(alias.status).toBe(200);
  });
});

describe('static files', () => {
  const auth = (): Record<string, string> => ({ Authorization: `Bearer ${token}` });

  it('sends types and security headers; index.html is never cached', async () => {
    const index = await get('/', auth());
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['cache-control']).toBe('no-store');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    expect(index.headers['x-frame-options']).toBe('DENY');
    const asset = await get('/assets/app.js', auth());
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const refused = await get('/');
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
    expect(refused.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers HEAD without a body, 404 for a missing asset, the shell for an app route', async () => {
    const head = await rawRequest({
      port,
      path: '/assets/app.js',
      method: 'HEAD',
      headers: { Host: fixture.host, ...auth() },
    });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(ASSET_JS.length));
    expect(head.body).toBe('');
    expect((await get('/assets/missing.js', auth())).status).toBe(404);
    expect((await get('/settings', auth())).body).toBe(INDEX_HTML);
    expect(
      (await rawRequest({ port, path: '/', method: 'DELETE', headers: { Host: fixture.host, ...auth() } }))
        .status,
    ).toBe(405);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/../../secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '//etc/passwd',
    '/index.html%00.js',
    '/%zz',
  ])('refuses traversal %s', async (path) => {
    const response = await get(path, auth());
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).toBe('');
  });
});

describe('POST /api/<channel>', () => {
  const post = (channel: string, body?: string, headers: Record<string, string> = {}) =>
    rawRequest({
      port,
      path: `/api/${channel}`,
      method: 'POST',
      headers: { Host: fixture.host, Authorization: `Bearer ${token}`, ...headers },
      ...(body === undefined ? {} : { body }),
    });
  const json = { 'Content-Type': 'application/json' };

  it('answers the same envelope as dispatch', async () => {
    const info = await post('app:info');
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({
      ok: true,
      value: { version: '9.9.9-test', shell: 'bridge' },
    });
    const updated = await post('settings:update', JSON.stringify({ theme: 'dark' }), json);
    expect(JSON.parse(updated.body)).toMatchObject({ ok: true, value: { theme: 'dark' } });
  });

  it('returns invalid-argument and unknown-channel envelopes', async () => {
    const bad = JSON.parse((await post('settings:update', JSON.stringify({ theme: 'purple' }), json)).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(bad.error.details.join()).toContain('theme');
    const unknown = JSON.parse((await post('shell:exec', undefined)).body);
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'Unknown API channel' },
    });
  });

  it('refuses non-JSON bodies, bad JSON, oversized bodies, GET and foreign origins', async () => {
    expect((await post('settings:update', '{"theme":"dark"}', { 'Content-Type': 'text/plain' })).status).toBe(
      415,
    );
    expect((await post('settings:update', '{nope', json)).status).toBe(400);
    expect((await post('settings:update', 'x'.repeat(1024 * 1024 + 1), json)).status).toBe(413);
    expect((await get('/api/app:info', { Authorization: `Bearer ${token}` })).status).toBe(405);
    expect((await post('app:info', undefined, { Origin: 'http://evil.example' })).status).toBe(403);
  });
});

describe('bind host', () => {
  it('refuses a non-loopback host without allowRemote before binding anything', async () => {
    await expect(startTestBridge({ host: '0.0.0.0' })).rejects.toBeInstanceOf(BridgeHostRefusedError);
    await expect(startTestBridge({ host: '192.0.2.1', allowRemote: false })).rejects.toThrow(
      /--allow-remote/,
    );
  });

  it('serves on the IPv6 loopback with [::1] as its host name', async () => {
    const v6 = await startTestBridge({ host: '::1' });
    try {
      const { port: v6Port, token: v6Token } = v6.bridge;
      expect(v6.bridge.url).toBe(`http://[::1]:${v6Port}/?token=${v6Token}`);
      const ok = await rawRequest({
        address: '::1',
        port: v6Port,
        path: `/?token=${v6Token}`,
        headers: { Host: `[::1]:${v6Port}` },
      });
      expect(ok.status).toBe(200);
      const none = await rawRequest({
        address: '::1',
        port: v6Port,
        path: '/',
        headers: { Host: `[::1]:${v6Port}` },
      });
      expect(none.status).toBe(401);
    } finally {
      await v6.stop();
    }
  });
});
