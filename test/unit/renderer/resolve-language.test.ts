import { describe, expect, it } from 'vitest';
import {
  languageFromLocale,
  resolveLanguage,
  systemLanguage,
} from '../../../renderer/src/i18n/resolve-language';

describe('language resolution', () => {
  it('maps every Chinese locale to zh-CN and everything else to en', () => {
    for (const locale of ['zh', 'zh-CN', 'zh-cn', 'zh-Hans', 'zh-Hans-SG', 'zh-TW', 'zh_HK', 'ZH']) {
      expect(languageFromLocale(locale), locale).toBe('zh-CN');
    }
    for (const locale of ['en', 'en-US', 'de-DE', 'ja', 'zu', 'zha', '', undefined]) {
      expect(languageFromLocale(locale), String(locale)).toBe('en');
    }
  });

  it('follows the first preferred browser language for "system"', () => {
    expect(systemLanguage(['zh-CN', 'en'])).toBe('zh-CN');
    expect(systemLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
    expect(resolveLanguage('system', ['zh-TW'])).toBe('zh-CN');
    expect(resolveLanguage(undefined, ['zh'])).toBe('zh-CN');
  });

  it('lets an explicit setting win over the browser', () => {
    expect(resolveLanguage('en', ['zh-CN'])).toBe('en');
    expect(resolveLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
  });
});
