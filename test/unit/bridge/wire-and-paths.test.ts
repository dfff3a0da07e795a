// Pure parsing: socket messages, static paths, content types, the default data folder.
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../main/bridge/default-data-dir';
import { contentTypeFor, parseStaticPath } from '../../../main/bridge/static-files';
import { parseClientCall } from '../../../main/bridge/wire-messages';
import { requestPath } from '../../../main/bridge/http-handler';

describe('parseClientCall', () => {
  it('keeps id, channel and request as given (dispatch validates them)', () => {
    expect(parseClientCall('{"id":1,"channel":"app:info"}')).toEqual({
      id: 1,
      channel: 'app:info',
      request: undefined,
    });
    expect(parseClientCall('{"id":"a","channel":5,"request":{"x":1}}')).toEqual({
      id: 'a',
      channel: 5,
      request: { x: 1 },
    });
  });

  it.each([
    '',
    'nope',
    '[]',
    'null',
    '"x"',
    '{}',
    '{"id":null}',
    '{"id":1.5}',
    '{"id":""}',
    `{"id":"${'x'.repeat(129)}"}`,
  ])('rejects %s', (text) => expect(parseClientCall(text)).toBeUndefined());
});

describe('parseStaticPath', () => {
  it('maps / to index.html and keeps clean segments', () => {
    expect(parseStaticPath('/')).toEqual({ kind: 'file', segments: ['index.html'] });
    expect(parseStaticPath('/assets/index-Ab12.js')).toEqual({
      kind: 'file',
      segments: ['assets', 'index-Ab12.js'],
    });
    expect(parseStaticPath('/fonts/Noto%20Sans.woff2')).toEqual({
      kind: 'file',
      segments: ['fonts', 'Noto Sans.woff2'],
    });
    expect(parseStaticPath('/settings/')).toEqual({ kind: 'file', segments: ['settings'] });
  });

  it.each([
    '/..',
    '/../x',
    '/%2e%2e/x',
    '/a/%2E%2E/b',
    '/a%2f..%2fb',
    '/a\\b',
    '/a%5cb',
    '/a%00',
    '//x',
    '/./x',
    '/%',
    'x',
    '/C:%5cwin',
    '/c:',
  ])('refuses %s', (path) => expect(parseStaticPath(path)).toEqual({ kind: 'bad-path' }));

  it('gives the path of a raw request target', () => {
    expect(requestPath('/a/b?token=1#x')).toBe('/a/b');
    expect(requestPath('http://evil/a')).toBeUndefined();
    expect(requestPath(undefined)).toBeUndefined();
  });

  it('types the files the renderer build emits', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.bin')).toBe('application/octet-stream');
  });
});

describe('defaultDataDir', () => {
  it('follows XDG on Linux, ignoring a relative XDG_CONFIG_HOME', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/u' })).toBe(
      '/home/u/.config/privacyscope',
    );
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/x/cfg' }, home: '/home/u' })).toBe(
      '/x/cfg/privacyscope',
    );
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'rel' }, home: '/home/u' })).toBe(
      '/home/u/.config/privacyscope',
    );
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/u' })).toBe(
      '/Users/u/Library/Application Support/PrivacyScope',
    );
    expect(
      defaultDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' },
        home: 'C:\\Users\\u',
      }),
    ).toBe('C:\\Users\\u\\AppData\\Roaming\\PrivacyScope');
    expect(defaultDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\u' })).toBe(
      'C:\\Users\\u\\AppData\\Roaming\\PrivacyScope',
    );
  });
});
