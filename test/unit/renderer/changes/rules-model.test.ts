// Categories are listed in the regulation's order with their localised names; missing
// decisions read as "not necessary".
import { describe, expect, it } from 'vitest';
import type { CategoryRuleView } from '../../../../preload/contract';
import {
  categoryLabel,
  decisionOf,
  isRuleDecision,
  ruleKeyLabel,
  sortCategories,
} from '../../../../renderer/src/views/rules/rules-model';

const category = (id: string, number: number | undefined, userDefined = false): CategoryRuleView => ({
  id,
  ...(number === undefined ? {} : { number }),
  name: { en: `Name ${id}`, zh: `名称${id}` },
  basicFunction: { en: '', zh: '' },
  necessaryItems: [],
  noPersonalInfoRequired: true,
  citation: { en: '', zh: '' },
  userDefined,
  decisions: { 'android.permission-group.LOCATION': { decision: 'necessary' } },
});

describe('rules model', () => {
  it('orders 1–39 first, then unclassified, then the user’s own', () => {
    const sorted = sortCategories([
      category('mine', undefined, true),
      category('b', 2),
      category('u', undefined),
      category('a', 1),
    ]);
    expect(sorted.map((c) => c.id)).toEqual(['a', 'b', 'u', 'mine']);
  });

  it('labels categories in the UI language', () => {
    expect(categoryLabel(category('a', 1), 'zh-CN')).toBe('1. 名称a');
    expect(categoryLabel(category('u', undefined), 'en')).toBe('Name u');
  });

  it('reads decisions and rule keys', () => {
    expect(decisionOf(category('a', 1), 'android.permission-group.LOCATION')).toBe('necessary');
    expect(decisionOf(category('a', 1), 'android.permission-group.CAMERA')).toBe('not-necessary');
    expect(ruleKeyLabel('android.permission-group.LOCATION')).toBe('LOCATION');
    expect(isRuleDecision('extended')).toBe(true);
    expect(isRuleDecision('maybe')).toBe(false);
  });
});
