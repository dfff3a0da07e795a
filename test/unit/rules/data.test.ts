// The shipped rule data: well-formed, faithful to the reference facts, and consistent.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_IDS,
  REGULATION_CATEGORY_IDS,
  regulationItemNumber,
} from '../../../main/rules/category-ids';
import { builtInCategories } from '../../../main/rules/categories';
import decisionsData from '../../../main/rules/data/decisions.json';
import { RULE_KEYS, ruleKeyForPermission } from '../../../main/rules/rule-keys';
import { builtInRules, decisionFor, parseBuiltInRules, RULESET_VERSION } from '../../../main/rules/rule-set';
import { decisionsFileSchema } from '../../../main/rules/schema';

// The reference facts the data was written from; the check is skipped where they are absent.
const REFERENCE = '/work/shared/reference/rules/categories.json';
const reference = (
  existsSync(REFERENCE) ? JSON.parse(readFileSync(REFERENCE, 'utf8')) : { categories: [] }
) as { categories: { number: number; key: string; name_zh: string; no_personal_info_required: boolean }[] };
const hasReference = reference.categories.length === 39;

const NO_PI = [
  'womens_health',
  'live_streaming',
  'online_audio_video',
  'short_video',
  'news',
  'sports_fitness',
  'browser',
  'input_method',
  'security_management',
  'ebooks',
  'photo_beautify',
  'app_store',
  'utility_tools',
];

const rules = builtInRules();
const categories = builtInCategories();
const regulation = categories.filter((category) => category.id !== 'unclassified');

describe('category data', () => {
  it('parses against its schema', () => {
    expect(() => parseBuiltInRules()).not.toThrow();
  });

  it('has the 39 types numbered 1–39 in order, plus unclassified', () => {
    expect(categories.map((category) => category.id)).toEqual([...CATEGORY_IDS]);
    expect(regulation.map((category) => category.number)).toEqual(
      Array.from({ length: 39 }, (_, i) => i + 1),
    );
    for (const id of REGULATION_CATEGORY_IDS)
      expect(rules.categories.get(id)?.number).toBe(regulationItemNumber(id));
  });

  it('has unique ids and names, zh names ending in 类', () => {
    for (const field of ['id', 'nameZh', 'nameEn'] as const) {
      expect(new Set(categories.map((category) => category[field])).size).toBe(categories.length);
    }
    for (const category of regulation) expect(category.nameZh.endsWith('类')).toBe(true);
  });

  it('marks exactly the 13 no-PI types, and they list no PI items while the others do', () => {
    expect(
      regulation
        .filter((c) => c.noPersonalInfoRequired)
        .map((c) => c.id)
        .sort(),
    ).toEqual([...NO_PI].sort());
    for (const category of regulation) {
      expect(category.necessaryPersonalInfo.length === 0).toBe(category.noPersonalInfoRequired);
    }
  });

  it('cites Art. 5 item (N) in both languages', () => {
    for (const category of regulation) {
      expect(category.citation.en).toBe(`Art. 5 item (${category.number})`);
      expect(category.citation.zh).toMatch(/^第五条第（[一二三四五六七八九十]+）项$/);
      expect(category.basicFunction.zh).not.toBe('');
      expect(category.basicFunction.en).not.toBe('');
    }
    expect(rules.categories.get('unclassified')?.citation.en).toMatch(/^Art\. 4/);
  });

  it.runIf(hasReference)('matches the reference facts (keys, zh names, no-PI flags)', () => {
    for (const fact of reference.categories) {
      const category = rules.categories.get(fact.key);
      expect(category).toMatchObject({ number: fact.number, nameZh: fact.name_zh });
      expect(category?.noPersonalInfoRequired).toBe(fact.no_personal_info_required);
    }
  });
});

describe('decision data', () => {
  it('is versioned', () => {
    expect(decisionsFileSchema.parse(decisionsData).version).toBe(RULESET_VERSION);
    expect(rules.version).toBe(RULESET_VERSION);
  });

  it('decides only known categories and known rule keys, and every category has a table', () => {
    expect(Object.keys(decisionsData.categories).sort()).toEqual([...CATEGORY_IDS].sort());
    const keys = new Set<string>(RULE_KEYS);
    for (const table of Object.values(decisionsData.categories)) {
      for (const key of Object.keys(table)) expect(keys.has(key)).toBe(true);
    }
    for (const key of Object.keys(decisionsData.common)) expect(keys.has(key)).toBe(true);
  });

  it('names a PI item of the category for every necessary or conditional-with-item decision', () => {
    for (const [id, table] of rules.decisions) {
      const items = rules.categories.get(id)?.necessaryPersonalInfo.map((item) => item.zh) ?? [];
      for (const decision of Object.values(table)) {
        if (decision.piItem !== undefined) expect(items).toContain(decision.piItem);
        if (decision.decision === 'necessary') expect(decision.piItem).toBeDefined();
        if (decision.decision === 'conditional') expect(decision.condition?.zh).toBeTruthy();
      }
    }
  });

  it('never makes the never-necessary subjects necessary or conditional', () => {
    for (const id of CATEGORY_IDS) {
      for (const key of rules.neverNecessary) {
        expect(['extended', 'not-necessary']).toContain(decisionFor(rules, id, key).decision);
      }
    }
  });

  it('follows the mapping: location necessary only for maps and ride-hailing, conditional for vehicle use', () => {
    const location = CATEGORY_IDS.filter((id) => decisionFor(rules, id, 'LOCATION').decision === 'necessary');
    expect(location).toEqual(['map_navigation', 'ride_hailing']);
    expect(decisionFor(rules, 'vehicle_use', 'LOCATION').decision).toBe('conditional');
    expect(decisionFor(rules, 'mobile_banking', 'CAMERA').decision).toBe('conditional');
    expect(decisionFor(rules, 'instant_messaging', 'CONTACTS').decision).toBe('not-necessary');
    expect(decisionFor(rules, 'map_navigation', 'BACKGROUND_LOCATION').decision).toBe('extended');
  });

  it('has a label and sensitivity for every rule key', () => {
    for (const key of RULE_KEYS) expect(rules.subjects.get(key)?.label.zh).toBeTruthy();
  });

  it('maps permissions to rule keys: single keys first, then the group', () => {
    expect(ruleKeyForPermission('android.permission.ACCESS_BACKGROUND_LOCATION')).toBe('BACKGROUND_LOCATION');
    expect(ruleKeyForPermission('android.permission.READ_PHONE_STATE')).toBe('READ_PHONE_STATE');
    expect(ruleKeyForPermission('android.permission.ANSWER_PHONE_CALLS')).toBe('PHONE');
    expect(ruleKeyForPermission('android.permission.READ_MEDIA_IMAGES')).toBe('READ_MEDIA_VISUAL');
    expect(ruleKeyForPermission('android.permission.HAND_TRACKING')).toBeUndefined();
  });

  it('lists the major Chinese and global store installers', () => {
    for (const store of [
      'com.android.vending',
      'com.huawei.appmarket',
      'com.xiaomi.market',
      'com.heytap.market',
    ]) {
      expect(rules.storeInstallers.has(store)).toBe(true);
    }
    for (const store of ['com.bbk.appstore', 'com.tencent.android.qqdownloader', 'com.coolapk.market']) {
      expect(rules.storeInstallers.has(store)).toBe(true);
    }
  });
});
