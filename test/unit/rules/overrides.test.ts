import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { judgeApp } from '../../../main/findings/judge-app';
import { RuleOverridesError } from '../../../main/rules/errors';
import type { RuleOverrides } from '../../../main/rules/overrides';
import { effectiveRules, emptyOverrides, parseOverrides } from '../../../main/rules/overrides';
import {
  exportOverrides,
  importOverrides,
  loadOverrides,
  saveOverrides,
} from '../../../main/rules/overrides-file';
import { builtInRules, decisionFor, RULESET_VERSION } from '../../../main/rules/rule-set';
import { NOW, makeApp, makeSnapshot } from '../findings/fixtures';

const builtIn = builtInRules();

const overrides: RuleOverrides = {
  format: 1,
  basedOn: RULESET_VERSION,
  categories: [
    {
      id: 'smart_watch_companion',
      number: 0,
      nameZh: '智能手表伴侣',
      nameEn: 'Smart-watch companion',
      basicFunction: { zh: '与手表同步', en: 'Sync with the watch' },
      necessaryPersonalInfo: [{ zh: '设备标识', en: 'device identifier' }],
      noPersonalInfoRequired: false,
      citation: { zh: '用户自定义', en: 'user-defined' },
    },
  ],
  decisions: {
    online_shopping: {
      CONTACTS: { decision: 'extended', note: { zh: '我用来分享', en: 'I share with friends' } },
    },
    smart_watch_companion: { NEARBY_DEVICES: { decision: 'necessary', piItem: '设备标识' } },
  },
};

describe('effectiveRules', () => {
  it('is the built-in set, same version, without overrides', () => {
    const rules = effectiveRules(builtIn, emptyOverrides());
    expect(rules.version).toBe(RULESET_VERSION);
    expect(decisionFor(rules, 'online_shopping', 'CONTACTS').decision).toBe('not-necessary');
  });

  it('changes verdicts and marks the version and the decisions as the user’s', () => {
    const rules = effectiveRules(builtIn, overrides);
    expect(rules.version).toBe(`${RULESET_VERSION}+user`);
    expect(decisionFor(rules, 'online_shopping', 'CONTACTS')).toMatchObject({
      decision: 'extended',
      source: 'user',
    });
    expect(decisionFor(rules, 'online_shopping', 'LOCATION').source).toBe('default');

    const app = makeApp({ packageName: 'shop', grants: ['READ_CONTACTS'] });
    const snapshot = makeSnapshot({ apps: [app] });
    const category = { categoryId: 'online_shopping', confidence: 1, reason: 'test' };
    const before = judgeApp({ app, category, snapshot, rules: builtIn, now: NOW });
    const after = judgeApp({ app, category, snapshot, rules, now: NOW });
    expect(before).toMatchObject([{ severity: 'high', rule: { decision: 'not-necessary' } }]);
    expect(after).toMatchObject([{ severity: 'medium', rule: { decision: 'extended', overridden: true } }]);

    const watch = makeApp({ packageName: 'watch', grants: ['BLUETOOTH_CONNECT', 'READ_CONTACTS'] });
    const watchCategory = { categoryId: 'smart_watch_companion', confidence: 1, reason: 'user' };
    const findings = judgeApp({ app: watch, category: watchCategory, snapshot, rules, now: NOW });
    expect(findings.map((finding) => finding.subject.name)).toEqual(['android.permission.READ_CONTACTS']);
    expect(findings[0]?.explanation.zh).toContain('智能手表伴侣');
  });

  it('rejects built-in ids for new categories, unknown categories and foreign PI items', () => {
    const reuse = { ...overrides, categories: [{ ...overrides.categories[0]!, id: 'news' }], decisions: {} };
    expect(() => effectiveRules(builtIn, reuse)).toThrow(RuleOverridesError);
    const unknown = {
      ...emptyOverrides(),
      decisions: { nope: { CAMERA: { decision: 'extended' as const } } },
    };
    expect(() => effectiveRules(builtIn, unknown)).toThrow(/unknown category nope/);
    const foreign = {
      ...emptyOverrides(),
      decisions: { news: { CAMERA: { decision: 'necessary' as const, piItem: '位置信息' } } },
    };
    expect(() => effectiveRules(builtIn, foreign)).toThrow(/not a PI item/);
  });
});

describe('parseOverrides', () => {
  it('validates the document', () => {
    expect(parseOverrides({ format: 1 })).toEqual(emptyOverrides());
    expect(() => parseOverrides({ format: 2 })).toThrow(RuleOverridesError);
    expect(() =>
      parseOverrides({ format: 1, decisions: { news: { WIFI: { decision: 'extended' } } } }),
    ).toThrow(RuleOverridesError);
    expect(() =>
      parseOverrides({ format: 1, decisions: { news: { CAMERA: { decision: 'necessary' } } } }),
    ).toThrow(/PI item/);
    expect(() =>
      parseOverrides({ format: 1, decisions: { news: { CAMERA: { decision: 'conditional' } } } }),
    ).toThrow(/condition/);
  });
});

describe('overrides file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rules-overrides-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through save/load and export/import, leaving no temp file', async () => {
    const file = join(dir, 'overrides.json');
    expect(await loadOverrides(file)).toEqual(emptyOverrides());
    await saveOverrides(file, overrides);
    expect(await readdir(dir)).toEqual(['overrides.json']);
    expect(await loadOverrides(file)).toEqual(overrides);
    expect(importOverrides(exportOverrides(overrides))).toEqual(overrides);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(overrides);
  });

  it('refuses to save or load an invalid document', async () => {
    const file = join(dir, 'overrides.json');
    await expect(saveOverrides(file, { format: 3 } as unknown as RuleOverrides)).rejects.toThrow(
      RuleOverridesError,
    );
    expect(await readdir(dir)).toEqual([]);
    await writeFile(file, '{ not json');
    await expect(loadOverrides(file)).rejects.toThrow(/not valid JSON/);
    expect(() => importOverrides('[]')).toThrow(RuleOverridesError);
  });
});
