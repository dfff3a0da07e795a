import { beforeEach, describe, expect, it } from 'vitest';
import {
  guardWebContents,
  installWebContentsGuards,
  lockDownSession,
  openExternalSafely,
} from '../../../main/security';
import { CONTENT_SECURITY_POLICY } from '../../../main/content-security-policy';
import type { AppOrigin } from '../../../main/trusted-url';
import { FakeApp, FakeSession, FakeWebContents } from '../../fakes/fake-electron';

const appOrigin: AppOrigin = { kind: 'file', pageUrl: 'file:///app/out/renderer/index.html' };
const APP_PAGE = 'file:///app/out/renderer/index.html#/about';

/** Lets the fire-and-forget openExternal promises settle. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('web contents guards', () => {
  let contents: FakeWebContents;
  let opened: string[];
  let denied: string[];

  beforeEach(() => {
    contents = new FakeWebContents();
    opened = [];
    denied = [];
    guardWebContents(contents, {
      appOrigin,
      openExternal: async (url) => void opened.push(url),
      onDenied: (what, url) => denied.push(`${what} ${url}`),
    });
  });

  it.each(['will-navigate', 'will-redirect'] as const)('%s to another origin is prevented', (kind) => {
    for (const url of [
      'https://evil.example/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
    ]) {
      expect(contents.navigate(kind, url).defaultPrevented, url).toBe(true);
    }
    expect(denied).toHaveLength(5);
  });

  it.each(['will-navigate', 'will-redirect'] as const)('%s within the app page is allowed', (kind) => {
    expect(contents.navigate(kind, APP_PAGE).defaultPrevented).toBe(false);
    expect(denied).toEqual([]);
  });

  it('frame navigation to another origin is prevented', () => {
    expect(contents.frameNavigate('https://evil.example/').defaultPrevented).toBe(true);
    expect(contents.frameNavigate(APP_PAGE).defaultPrevented).toBe(false);
  });

  it('a link click to an https page opens in the browser instead; other schemes never do', async () => {
    contents.navigate('will-navigate', 'https://developer.android.com/');
    contents.navigate('will-navigate', 'http://developer.android.com/');
    contents.navigate('will-navigate', 'file:///etc/passwd');
    contents.navigate('will-redirect', 'https://redirected.example/');
    await settle();
    expect(opened).toEqual(['https://developer.android.com/']);
  });

  it('denies every new window and opens only safe https links externally', async () => {
    const tries = [
      'https://example.com/docs',
      'http://example.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'https://evil.com@good.com/',
      'about:blank',
      '',
    ];
    for (const url of tries) expect(contents.openWindow(url), url).toEqual({ action: 'deny' });
    await settle();
    expect(opened).toEqual(['https://example.com/docs']);
  });

  it('prevents attaching a <webview>', () => {
    expect(contents.attachWebview().defaultPrevented).toBe(true);
  });

  it('guards every web contents created through the app event', () => {
    const app = new FakeApp();
    installWebContentsGuards(app, { appOrigin, openExternal: async () => undefined });
    const later = new FakeWebContents();
    app.emit('web-contents-created', {}, later);
    expect(later.navigate('will-navigate', 'https://evil.example/').defaultPrevented).toBe(true);
    expect(later.openWindow('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('a failing openExternal does not escape as an unhandled rejection', async () => {
    const failing = new FakeWebContents();
    guardWebContents(failing, { appOrigin, openExternal: () => Promise.reject(new Error('no browser')) });
    expect(failing.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    await settle();
  });
});

describe('openExternalSafely', () => {
  it('opens the normalised URL only when it is safe', async () => {
    const opened: string[] = [];
    const open = async (url: string) => void opened.push(url);
    expect(await openExternalSafely('HTTPS://Example.com/a', open)).toBe(true);
    expect(await openExternalSafely('http://example.com/', open)).toBe(false);
    expect(await openExternalSafely('javascript:alert(1)', open)).toBe(false);
    expect(await openExternalSafely(42, open)).toBe(false);
    expect(opened).toEqual(['https://example.com/a']);
  });
});

describe('session lock-down', () => {
  it('denies every permission request and check', () => {
    const session = new FakeSession();
    lockDownSession(session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'usb',
      'hid',
      'openExternal',
    ]) {
      const answers: boolean[] = [];
      session.permissionRequestHandler?.({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(session.permissionCheckHandler?.({}, permission), permission).toBe(false);
    }
  });

  it('adds the CSP header to responses', () => {
    const session = new FakeSession();
    lockDownSession(session);
    const responses: Record<string, string[]>[] = [];
    session.headersListener?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, ({ responseHeaders }) =>
      responses.push(responseHeaders),
    );
    expect(responses).toEqual([
      { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    ]);
  });
});
