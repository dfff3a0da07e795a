import { describe, expect, it } from 'vitest';
import { devServerOrigin, isAppUrl, isSafeExternalUrl, toSafeExternalUrl } from '../../../main/trusted-url';
import type { AppOrigin } from '../../../main/trusted-url';

const filePage: AppOrigin = { kind: 'file', pageUrl: 'file:///opt/PrivacyScope/out/renderer/index.html' };
const devServer: AppOrigin = { kind: 'dev-server', origin: 'http://localhost:5173' };

describe('isAppUrl', () => {
  it.each([
    ['file:///opt/PrivacyScope/out/renderer/index.html', true],
    ['file:///opt/PrivacyScope/out/renderer/index.html#/devices', true],
    ['file:///opt/PrivacyScope/out/renderer/index.html?lang=en', true],
    ['FILE:///opt/PrivacyScope/out/renderer/index.html', true],
    ['file:///opt/PrivacyScope/out/renderer/other.html', false],
    ['file:///opt/PrivacyScope/out/renderer/index.html/../../../../etc/passwd', false],
    ['file:///etc/passwd', false],
    ['file://evil.host/opt/PrivacyScope/out/renderer/index.html', false],
    ['file:///opt/PrivacyScope/out/renderer/index.html.evil', false],
    ['https://example.com/opt/PrivacyScope/out/renderer/index.html', false],
    ['http://localhost:5173/', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['about:blank', false],
    ['not a url', false],
    ['', false],
  ])('file app: %s → %s', (url, expected) => {
    expect(isAppUrl(url, filePage)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/#/about', true],
    ['http://localhost:5173/src/main.tsx', true],
    ['HTTP://LOCALHOST:5173/', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['http://127.0.0.1:5173/', false],
    ['http://localhost:5173@evil.com/', false],
    ['http://evil.com/?http://localhost:5173/', false],
    ['http://localhost.evil.com:5173/', false],
    ['ws://localhost:5173/', false],
    ['file:///opt/PrivacyScope/out/renderer/index.html', false],
    ['javascript:alert(1)', false],
  ])('dev-server app: %s → %s', (url, expected) => {
    expect(isAppUrl(url, devServer)).toBe(expected);
  });

  it('never matches through an opaque or broken dev-server origin', () => {
    expect(isAppUrl('null', { kind: 'dev-server', origin: 'null' })).toBe(false);
    expect(isAppUrl('data:text/html,x', { kind: 'dev-server', origin: 'data:text/html,x' })).toBe(false);
    expect(isAppUrl('file:///x', { kind: 'dev-server', origin: 'file:///x' })).toBe(false);
  });
});

describe('devServerOrigin', () => {
  it.each([
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://localhost:5173/index.html', 'http://localhost:5173'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173'],
    ['http://[::1]:5173/', 'http://[::1]:5173'],
    ['https://example.com/', undefined],
    ['http://192.168.1.10:5173/', undefined],
    ['http://user:pw@localhost:5173/', undefined],
    ['file:///tmp/index.html', undefined],
    ['javascript:alert(1)', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, expected) => {
    expect(devServerOrigin(url)).toBe(expected);
  });
});

describe('isSafeExternalUrl / toSafeExternalUrl', () => {
  it.each([
    ['https://github.com/privacyscope', 'https://github.com/privacyscope'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['https://example.com:8443/x', 'https://example.com:8443/x'],
    [' https://example.com/ ', 'https://example.com/'],
    ['https:\\\\example.com\\a', 'https://example.com/a'],
    // IDN: allowed, but what reaches the browser is the punycode form.
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/'],
  ])('allows %s as %s', (url, normalised) => {
    expect(toSafeExternalUrl(url)).toBe(normalised);
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'https://evil.com@good.com/',
    'https://user:pass@good.com/',
    'https://:pass@good.com/',
    'http://example.com/',
    'HTTP://example.com/',
    'javascript:alert(1)',
    'JavaScript:alert(document.domain)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.com/',
    'mailto:someone@example.com',
    'smb://example.com/share',
    'https://',
    'https:///path-only',
    'https://x',
    'HTTPS://x',
    'https://localhost/',
    'https://127.0.0.1/',
    'https://0x7f.1/',
    'https://2130706433/',
    'https://[::1]/',
    'https://192.168.1.1/admin',
    'https://example.com./',
    '//example.com/',
    'example.com',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(toSafeExternalUrl(url)).toBeUndefined();
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each([undefined, null, 42, {}, ['https://example.com/']])('refuses non-string %s', (value) => {
    expect(isSafeExternalUrl(value)).toBe(false);
  });
});
