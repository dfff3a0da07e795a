// Every channel of the extended contract validates its argument before any service runs: bad
// arguments answer an `invalid-argument` envelope, good ones reach the use-case.
import { describe, expect, it } from 'vitest';
import { API_CHANNELS, ApiErrorCode } from '../../../preload/contract';
import type { ApiChannel } from '../../../preload/contract';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlerTable } from '../../../main/ipc/handlers';
import type { AppServices } from '../../../main/services/app-services';
import { EventHub } from '../../../main/services/event-hub';
import type { UseCaseServices } from '../../../main/services/use-case-services';

const calls: { channel: string; request: unknown }[] = [];
const record =
  (channel: string, answer: unknown = {}) =>
  async (request?: unknown) => {
    calls.push({ channel, request });
    return answer;
  };

const useCases = {
  devices: {
    list: record('devices:list', []),
    connect: record('devices:connect'),
    disconnect: record('devices:disconnect'),
    pair: record('devices:pair'),
  },
  demo: { profiles: () => [], start: record('demo:start'), stop: record('demo:stop', true) },
  tasks: { cancel: () => false },
  scans: {
    run: record('scan:run'),
    latest: record('scan:latest', null),
    list: record('scans:list', []),
    diff: record('scans:diff'),
    setCategory: record('apps:set-category'),
  },
  changes: {
    build: record('plan:build'),
    apply: record('plan:apply'),
    journal: record('journal:list', []),
    undo: record('journal:undo'),
    resume: record('journal:resume'),
    rollBack: record('journal:rollback'),
  },
  restore: { plan: record('plan:restore') },
  rules: {
    view: record('rules:get'),
    setDecision: record('rules:set-decision'),
    exportOverrides: record('rules:export'),
    importOverrides: record('rules:import'),
  },
  report: { export: record('report:export') },
} as unknown as UseCaseServices;

const services: AppServices = {
  info: () => ({
    name: 'PrivacyScope',
    version: '0',
    shell: 'bridge',
    platform: 'linux',
    versions: { node: '20' },
  }),
  adb: {
    status: async () => ({ found: false, serverRunning: false, serverPort: 5037 }),
    listDevices: async () => [],
  },
  settings: {
    get: async () => ({ language: 'en', theme: 'system', adbServerPort: 5037 }),
    update: async () => ({ language: 'en', theme: 'system', adbServerPort: 5037 }),
  },
  events: new EventHub(),
  useCases,
  openExternal: async () => false,
  dispose: async () => undefined,
};
const table = createHandlerTable(services);
const call = (channel: ApiChannel, request: unknown) =>
  dispatch({ table, channel, request, context: { via: 'test' } });

const device = { serial: '127.0.0.1:40001' };
const plan = {
  schemaVersion: 1,
  id: 'p1',
  createdAtMs: 1,
  device: { serial: device.serial, sdk: 34 },
  steps: [],
  skipped: [],
};

/** For each new channel: arguments that must pass, and arguments that must be refused. */
const CASES: Partial<Record<ApiChannel, { good: unknown[]; bad: unknown[] }>> = {
  'devices:list': { good: [undefined], bad: [{}, 'x'] },
  'devices:connect': {
    good: [
      { target: '192.168.1.5:5555' },
      { target: 'phone.local', server: '10.0.0.2:5037' },
      { target: '[fe80::1]:5555' },
    ],
    bad: [
      {},
      { target: 'a;reboot' },
      { target: '1.2.3.4:5555', extra: 1 },
      { target: '1.2.3.4:99999x' },
      { target: 'h:1', server: 'nope' },
    ],
  },
  'devices:disconnect': { good: [{ target: '10.0.0.9:5555' }], bad: [{ target: '' }, { target: '$(id)' }] },
  'devices:pair': {
    good: [{ target: '10.0.0.9:37000', code: '123456' }],
    bad: [
      { target: '10.0.0.9:37000', code: '12345' },
      { target: '10.0.0.9:37000', code: '12345a' },
      { target: '10.0.0.9' },
    ],
  },
  'demo:profiles': { good: [undefined], bad: [{ x: 1 }] },
  'demo:start': {
    good: [{ profile: 'cn-flagship-14' }, { profile: 'large-600' }],
    bad: [{ profile: '../etc/passwd' }, { profile: '/tmp/p.json' }, { profile: 'A' }, {}],
  },
  'demo:stop': { good: [{ serial: device.serial }], bad: [{ serial: 'a b' }, { serial: 'x'.repeat(200) }] },
  'scan:run': {
    good: [
      { device, taskId: 't-1' },
      { device: { ...device, server: '127.0.0.1:5037' }, userId: 10, taskId: 't_2' },
    ],
    bad: [
      { device, taskId: '' },
      { device, taskId: 'a b' },
      { device, userId: -1, taskId: 't' },
      { device: { serial: "x'" }, taskId: 't' },
      { device },
    ],
  },
  'scan:latest': { good: [{ device }], bad: [{ device: {} }, { device, more: true }] },
  'scans:list': { good: [{ device }], bad: [{}] },
  'scans:diff': {
    good: [{ device, fromId: 1, toId: 2 }],
    bad: [
      { device, fromId: 0, toId: 2 },
      { device, fromId: 1.5, toId: 2 },
      { device, fromId: '1', toId: 2 },
    ],
  },
  'apps:set-category': {
    good: [
      { device, packageName: 'com.example.app', categoryId: 'news' },
      { device, packageName: 'com.example.app', categoryId: null },
    ],
    bad: [
      { device, packageName: 'com.example;rm', categoryId: 'news' },
      { device, packageName: 'noDots', categoryId: 'news' },
      { device, packageName: 'com.example.app', categoryId: 'News!' },
      { device, packageName: 'com.example.app' },
    ],
  },
  'plan:restore': {
    good: [
      { device, scanId: 1 },
      { device: { ...device, server: '127.0.0.1:5037' }, scanId: 42 },
    ],
    bad: [
      { device, scanId: 0 },
      { device, scanId: 1.5 },
      { device, scanId: '1' },
      { device },
      { device, scanId: 1, extra: true },
      { device: { serial: 'a b' }, scanId: 1 },
    ],
  },
  'plan:build': {
    good: [
      {
        device,
        selections: [
          { packageName: 'com.example.app', action: 'revoke', subject: 'android.permission.CAMERA' },
          { packageName: 'com.example.app', action: 'revoke-special-access', subject: 'overlay' },
          { packageName: 'com.example.app', action: 'revoke-special-access', subject: 'SYSTEM_ALERT_WINDOW' },
          { packageName: 'com.example.app', action: 'hide' },
          { packageName: 'com.example.app', action: 'reset' },
        ],
        expertOverride: true,
      },
    ],
    bad: [
      { device, selections: [] },
      { device, selections: [{ packageName: 'com.example.app', action: 'revoke' }] },
      {
        device,
        selections: [{ packageName: 'com.example.app', action: 'revoke', subject: "CAMERA'; reboot" }],
      },
      {
        device,
        selections: [{ packageName: 'com.example.app', action: 'revoke-special-access', subject: 'x y' }],
      },
      {
        device,
        selections: [
          { packageName: 'com.example.app', action: 'hide', subject: 'android.permission.CAMERA' },
        ],
      },
      { device, selections: [{ packageName: 'com.example.app', action: 'uninstall' }] },
    ],
  },
  'plan:apply': {
    good: [{ device, plan, taskId: 'apply-1' }],
    bad: [
      { device, plan: { ...plan, schemaVersion: 2 }, taskId: 'a' },
      { device, plan: { ...plan, extra: 1 }, taskId: 'a' },
      { device, plan },
    ],
  },
  'journal:list': { good: [{ device }], bad: [{ device: { serial: '' } }] },
  'journal:undo': {
    good: [
      { device, scope: { all: true }, taskId: 'u' },
      { device, scope: { rowId: 3 }, taskId: 'u' },
      { device, scope: { batchId: '0b6c1f3e-1111-4222-8333-444455556666' }, taskId: 'u' },
    ],
    bad: [
      { device, scope: { all: false }, taskId: 'u' },
      { device, scope: { rowId: 0 }, taskId: 'u' },
      { device, scope: {}, taskId: 'u' },
      { device, scope: { batchId: 'a b' }, taskId: 'u' },
    ],
  },
  'journal:resume': {
    good: [{ device, batchId: 'b-1', taskId: 'r' }],
    bad: [
      { device, batchId: 'b/1', taskId: 'r' },
      { device, taskId: 'r' },
    ],
  },
  'journal:rollback': { good: [{ device, batchId: 'b-1', taskId: 'r' }], bad: [{ device, batchId: 'b-1' }] },
  'rules:get': { good: [undefined], bad: [{}] },
  'rules:set-decision': {
    good: [
      { categoryId: 'news', ruleKey: 'CAMERA', decision: 'extended' },
      { categoryId: 'news', ruleKey: 'overlay', decision: null },
    ],
    bad: [
      { categoryId: 'news', ruleKey: 'NOT_A_KEY', decision: 'extended' },
      { categoryId: 'news', ruleKey: 'CAMERA', decision: 'maybe' },
      { categoryId: 'news', ruleKey: 'CAMERA' },
    ],
  },
  'rules:export': { good: [undefined], bad: [{ x: 1 }] },
  'rules:import': {
    good: [{ content: '{}' }],
    bad: [{ content: '' }, { content: 'x'.repeat(1024 * 1024 + 1) }, {}],
  },
  'report:export': {
    good: [
      { device, format: 'html' },
      { device, format: 'json' },
    ],
    bad: [{ device, format: 'pdf' }, { device }],
  },
  'task:cancel': { good: [{ taskId: 'scan-1' }], bad: [{ taskId: 'x'.repeat(65) }, {}] },
};

describe('handler table validation', () => {
  it('has a handler for every contract channel', () => {
    for (const channel of API_CHANNELS) expect(table[channel], channel).toBeDefined();
  });

  for (const [channel, { good, bad }] of Object.entries(CASES) as [
    ApiChannel,
    { good: unknown[]; bad: unknown[] },
  ][]) {
    it(`${channel}: refuses bad arguments before any service runs`, async () => {
      calls.length = 0;
      for (const request of bad) {
        const result = await call(channel, request);
        expect(result.ok, `${channel} ${JSON.stringify(request)?.slice(0, 80)}`).toBe(false);
        if (!result.ok) expect(result.error.code).toBe(ApiErrorCode.InvalidArgument);
      }
      expect(calls).toEqual([]);
    });

    it(`${channel}: passes good arguments on`, async () => {
      for (const request of good) {
        const result = await call(channel, request);
        expect(result.ok, `${channel} ${JSON.stringify(result)}`).toBe(true);
      }
    });
  }

  it('answers internal (not a crash) when the process has no use-case services', async () => {
    const bare = createHandlerTable({ ...services, useCases: undefined } as unknown as AppServices);
    const result = await dispatch({
      table: bare,
      channel: 'scan:latest',
      request: { device },
      context: { via: 'test' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: ApiErrorCode.Internal } });
  });
});
