// The request guard: Host, then Origin, then token (query, cookie or Bearer).
import { describe, expect, it } from 'vitest';
import {
  createBridgeToken,
  formatSessionCookie,
  readCookies,
  tokensMatch,
} from '../../../main/bridge/bridge-token';
import { createRequestGuard } from '../../../main/bridge/request-guard';

const token = createBridgeToken();
const guard = createRequestGuard({
  hostNames: new Set(['127.0.0.1', 'localhost', '[::1]']),
  port: 7580,
  token,
});
const host = '127.0.0.1:7580';
const check = (headers: Record<string, string>, url = '/', requireOrigin = false) =>
  guard.check({ headers: { host, ...headers }, url, requireOrigin });

describe('bridge token', () => {
  it('is 32 random bytes in base64url and different every run', () => {
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(createBridgeToken()).not.toBe(token);
  });

  it('matches only the exact token', () => {
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(undefined, token)).toBe(false);
    expect(tokensMatch('', token)).toBe(false);
    expect(tokensMatch(`${token}x`, token)).toBe(false);
    expect(tokensMatch(token.slice(1), token)).toBe(false);
  });

  it('formats and reads the session cookie', () => {
    expect(formatSessionCookie({ name: 'n', token: 't' })).toBe('n=t; HttpOnly; SameSite=Strict; Path=/');
    expect(readCookies('a=1; n=t1;n=t2; nn=x', 'n')).toEqual(['t1', 't2']);
    expect(readCookies(undefined, 'n')).toEqual([]);
  });
});

describe('createRequestGuard', () => {
  it('accepts the token from the query (asking for the cookie), the cookie, or a Bearer header', () => {
    expect(check({}, `/?token=${token}`)).toEqual({ ok: true, via: 'query', setCookie: true });
    expect(check({ cookie: `${guard.cookieName}=stale; ${guard.cookieName}=${token}` })).toEqual({
      ok: true,
      via: 'cookie',
      setCookie: false,
    });
    expect(check({ cookie: `${guard.cookieName}=${token}` }, `/?token=${token}`)).toMatchObject({
      setCookie: false,
    });
    expect(check({ authorization: `bearer ${token}` })).toEqual({
      ok: true,
      via: 'bearer',
      setCookie: false,
    });
  });

  it('refuses missing and wrong tokens with 401', () => {
    expect(check({})).toMatchObject({ ok: false, status: 401 });
    expect(check({}, '/?token=')).toMatchObject({ ok: false, status: 401 });
    expect(check({ cookie: `privacyscope_bridge_7581=${token}` })).toMatchObject({ ok: false, status: 401 });
    expect(check({ authorization: `Bearer ${token} extra` })).toMatchObject({ ok: false, status: 401 });
  });

  it('checks Host before Origin before the token', () => {
    expect(
      guard.check({
        headers: { origin: 'http://evil.example' },
        url: `/?token=${token}`,
        requireOrigin: false,
      }),
    ).toMatchObject({ status: 421 });
    expect(check({ host: 'evil.example:7580' }, `/?token=${token}`)).toMatchObject({ status: 421 });
    expect(check({ origin: 'http://evil.example' })).toMatchObject({ status: 403 });
    expect(
      check({ host: 'LOCALHOST:7580', origin: 'http://localhost:7580' }, `/?token=${token}`),
    ).toMatchObject({ ok: true });
  });

  it('requires an Origin for socket upgrades only', () => {
    expect(check({}, `/ws?token=${token}`, true)).toMatchObject({ ok: false, status: 403 });
    expect(check({ origin: 'http://127.0.0.1:7580' }, `/ws?token=${token}`, true)).toMatchObject({
      ok: true,
    });
    expect([...guard.allowedOrigins].sort()).toEqual([
      'http://127.0.0.1:7580',
      'http://[::1]:7580',
      'http://localhost:7580',
    ]);
  });
});
