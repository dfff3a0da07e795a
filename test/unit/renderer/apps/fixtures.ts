// Small audited apps and scans for the Apps view-model tests (built on the overview's factory).
import type {
  AuditedApp,
  AuditedScan,
  FindingView,
  PermissionEntry,
  RulesView,
} from '../../../../preload/contract';
import { NO_SPECIAL_ACCESS, app, scan } from '../overview/scan-factory';

export const grant = (name: string, group: string, granted = true): PermissionEntry => ({
  name: `android.permission.${name}`,
  type: 'runtime',
  granted,
  flags: ['USER_SET'],
  group,
  // The reader attaches the op from the catalogue; only location's differs from the name here.
  op: name === 'ACCESS_FINE_LOCATION' ? 'FINE_LOCATION' : name,
});

export const excess = (
  permission: string,
  group: string,
  severity: FindingView['severity'] = 'high',
): FindingView => ({
  kind: 'excess-grant',
  severity,
  subject: { type: 'permission', name: `android.permission.${permission}`, group },
  rule: {
    categoryId: 'map_navigation',
    decision: 'not-necessary',
    citation: { en: 'Art. 5 item (1)', zh: '第五条第（一）项' },
  },
  explanation: { en: `${permission} is not needed`, zh: `不需要${permission}` },
  action: 'revoke',
});

const UNCLASSIFIED: AuditedApp['category'] = {
  id: 'unclassified',
  confidence: 0,
  reason: { kind: 'none', en: 'Unclassified.', zh: '未分类。', evidence: [] },
  system: false,
};

export const makeApp = (packageName: string, overrides: Partial<AuditedApp> = {}): AuditedApp =>
  app(packageName, { category: UNCLASSIFIED, ...overrides });

export const catalogued = (id: string, en: string, zh: string) => ({
  id,
  confidence: 0.95,
  reason: {
    kind: 'catalogue',
    en: `${en} is listed in the built-in catalogue as Map navigation.`,
    zh: `内置应用目录将「${zh}」列为地图导航类。`,
    evidence: [],
  },
  system: false,
  knownName: { en, zh },
});

export const amap = makeApp('com.autonavi.minimap', {
  category: catalogued('map_navigation', 'Amap', '高德地图'),
  permissions: [
    grant('ACCESS_FINE_LOCATION', 'LOCATION'),
    grant('READ_CONTACTS', 'CONTACTS'),
    grant('CAMERA', 'CAMERA', false),
  ],
  appOps: [
    { op: 'FINE_LOCATION', mode: 'allow', lastAccessForegroundMs: 1_000, lastAccessBackgroundMs: 2_000 },
    { op: 'READ_CONTACTS', mode: 'allow', lastAccessForegroundMs: 500 },
  ],
  findings: [excess('READ_CONTACTS', 'CONTACTS')],
  score: 80,
  lastUsedMs: 9_000,
});

export const calculator = makeApp('com.android.calculator2', { isSystem: true, score: 0 });

export const weibo = makeApp('com.sina.weibo', {
  category: { ...catalogued('online_community', 'Weibo', '微博'), id: 'online_community' },
  permissions: [grant('CAMERA', 'CAMERA'), grant('RECORD_AUDIO', 'MICROPHONE')],
  findings: [excess('RECORD_AUDIO', 'MICROPHONE', 'medium')],
  score: 40,
  hidden: true,
  lastUsedMs: 5_000,
});

export const makeScan = (apps: readonly AuditedApp[]): AuditedScan =>
  scan({
    takenAtMs: 10_000,
    device: {},
    apps,
    specialAccess: {
      ...NO_SPECIAL_ACCESS,
      accessibilityServices: ['com.sina.weibo/.Svc'],
      overlay: ['com.autonavi.minimap'],
    },
    summary: {
      score: 50,
      bySeverity: { high: 1, medium: 1, low: 0, info: 0 },
      rulesetVersion: 'test',
      appsWithFindings: 2,
      judgedAtMs: 10_000,
    },
  });

export const rules: RulesView = {
  rulesetVersion: 'test',
  ruleKeys: ['LOCATION', 'CONTACTS', 'CAMERA', 'overlay'],
  categories: [
    {
      id: 'map_navigation',
      number: 1,
      name: { en: 'Map navigation', zh: '地图导航类' },
      basicFunction: { en: 'Navigate', zh: '导航' },
      necessaryItems: [],
      noPersonalInfoRequired: false,
      citation: { en: 'Art. 5 item (1)', zh: '第五条第（一）项' },
      userDefined: false,
      decisions: { LOCATION: { decision: 'necessary' }, overlay: { decision: 'extended' } },
    },
    {
      id: 'online_community',
      number: 13,
      name: { en: 'Online community', zh: '网络社区类' },
      basicFunction: { en: 'Post', zh: '发帖' },
      necessaryItems: [],
      noPersonalInfoRequired: false,
      citation: { en: 'Art. 5 item (13)', zh: '第五条第（十三）项' },
      userDefined: false,
      decisions: {},
    },
    {
      id: 'unclassified',
      name: { en: 'Unclassified', zh: '未分类' },
      basicFunction: { en: '', zh: '' },
      necessaryItems: [],
      noPersonalInfoRequired: false,
      citation: { en: '', zh: '' },
      userDefined: false,
      decisions: {},
    },
  ],
};

export const categoryNames = new Map(rules.categories.map((category) => [category.id, category.name]));
