import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseRoute, routeHref, VIEW_IDS } from '../../../renderer/src/router/routes';

describe('parseRoute', () => {
  it('parses every view from its hash', () => {
    for (const view of VIEW_IDS) {
      expect(parseRoute(`#/${view}`)).toEqual({ kind: 'view', view, rest: [] });
    }
  });

  it('shows the default view (Devices) for an empty hash', () => {
    expect(DEFAULT_VIEW).toBe('devices');
    for (const hash of ['', '#', '#/', '#//']) {
      expect(parseRoute(hash), hash).toEqual({ kind: 'view', view: 'devices', rest: [] });
    }
  });

  it('accepts a missing leading slash or hash, a trailing slash and a query', () => {
    expect(parseRoute('#apps')).toEqual({ kind: 'view', view: 'apps', rest: [] });
    expect(parseRoute('/apps/')).toEqual({ kind: 'view', view: 'apps', rest: [] });
    expect(parseRoute('#/rules?category=maps')).toEqual({ kind: 'view', view: 'rules', rest: [] });
  });

  it('keeps further decoded segments for the view', () => {
    expect(parseRoute('#/apps/com.example.app/permissions')).toEqual({
      kind: 'view',
      view: 'apps',
      rest: ['com.example.app', 'permissions'],
    });
    expect(parseRoute('#/apps/a%20b')).toEqual({ kind: 'view', view: 'apps', rest: ['a b'] });
  });

  it('reports unknown paths (case-sensitive) as not found, without throwing on bad escapes', () => {
    expect(parseRoute('#/nope/x')).toEqual({ kind: 'not-found', path: '/nope/x' });
    expect(parseRoute('#/About')).toEqual({ kind: 'not-found', path: '/About' });
    expect(parseRoute('#/%E0%A4%A')).toEqual({ kind: 'not-found', path: '/%E0%A4%A' });
  });

  it('round-trips with routeHref', () => {
    const href = routeHref('apps', 'com.example/odd name');
    expect(href).toBe('#/apps/com.example%2Fodd%20name');
    expect(parseRoute(href)).toEqual({ kind: 'view', view: 'apps', rest: ['com.example/odd name'] });
  });
});
