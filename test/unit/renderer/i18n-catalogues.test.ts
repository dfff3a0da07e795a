// The zh-CN catalogue must match the English one key for key and placeholder for placeholder,
// and actually be translated.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Catalogue, MessageKey } from '../../../renderer/src/i18n/en';
import { en } from '../../../renderer/src/i18n/en';
import { placeholderNames } from '../../../renderer/src/i18n/translate';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';

/** Keys whose text is the same in every language (names, the language's own name, "adb"). */
const SAME_IN_EVERY_LANGUAGE: readonly MessageKey[] = [
  'app.name',
  'language.en',
  'language.zhCN',
  'about.adb.heading',
];
const HAN = /\p{Script=Han}/u;
const keys = Object.keys(en) as MessageKey[];

describe('message catalogues', () => {
  it('zh-CN has exactly the keys of en', () => {
    expect(Object.keys(zhCN).sort()).toEqual([...keys].sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys) {
      expect([...placeholderNames(zhCN[key])].sort(), key).toEqual([...placeholderNames(en[key])].sort());
    }
  });

  it('has no empty or untrimmed texts', () => {
    for (const catalogue of [en, zhCN]) {
      for (const key of keys) {
        expect(catalogue[key].trim(), key).toBe(catalogue[key]);
        expect(catalogue[key].length, key).toBeGreaterThan(0);
      }
    }
  });

  it('translates every zh-CN text into Chinese, except the few that stay the same', () => {
    const untranslated = keys.filter((key) => !SAME_IN_EVERY_LANGUAGE.includes(key) && !HAN.test(zhCN[key]));
    expect(untranslated).toEqual([]);
  });

  it('uses Chinese full-width punctuation, not ASCII commas or semicolons, between Chinese words', () => {
    const offenders = keys.filter((key) => /\p{Script=Han}[,;:?!]/u.test(zhCN[key]));
    expect(offenders).toEqual([]);
  });

  it('rejects a catalogue with a missing or an extra key at compile time', () => {
    const { 'app.name': _dropped, ...missingOne } = zhCN;
    // @ts-expect-error — a key is missing
    const missing: Catalogue = missingOne;
    // @ts-expect-error — 'nav.extra' is not a key of the English catalogue
    const extra: Catalogue = { ...zhCN, 'nav.extra': '额外' };
    expect(Object.keys(missing)).toHaveLength(keys.length - 1);
    expect(Object.keys(extra)).toHaveLength(keys.length + 1);
    expectTypeOf(zhCN).toEqualTypeOf<Catalogue>();
    expectTypeOf<keyof Catalogue>().toEqualTypeOf<keyof typeof en>();
  });
});
