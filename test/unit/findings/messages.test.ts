import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../../main/findings/finding';
import { explain, FINDING_MESSAGES, MESSAGES_BY_KIND, placeholdersOf } from '../../../main/findings/messages';
import type { MessageKey } from '../../../main/findings/messages';

describe('finding messages', () => {
  it('give every kind at least one message', () => {
    for (const kind of FINDING_KINDS) expect(MESSAGES_BY_KIND[kind].length).toBeGreaterThan(0);
  });

  it('use every message for some kind', () => {
    const used = new Set(Object.values(MESSAGES_BY_KIND).flat());
    const platformOnly = new Set(['platform.role']);
    for (const key of Object.keys(FINDING_MESSAGES))
      expect(used.has(key as MessageKey) || platformOnly.has(key)).toBe(true);
  });

  it.each(Object.entries(FINDING_MESSAGES))(
    '%s exists in zh-CN and en with the same placeholders',
    (_key, message) => {
      expect(message.en.trim()).not.toBe('');
      expect(message.zh.trim()).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(message.zh)).toBe(true);
      expect(/[\u4e00-\u9fff]/.test(message.en)).toBe(false);
      expect(placeholdersOf(message.zh)).toEqual(placeholdersOf(message.en));
      expect(message.en).not.toContain('\n');
      expect(message.zh).not.toContain('\n');
    },
  );

  it('fills per-language values and leaves no placeholder behind', () => {
    const text = explain('excess-grant.not-necessary', {
      category: { en: 'Browser', zh: '浏览器类' },
      subject: { en: 'Contacts', zh: '通讯录' },
      citation: { en: 'Art. 5 item (32)', zh: '第五条第（三十二）项' },
    });
    expect(text.en).toBe(
      'Browser apps do not need Contacts for their basic function, yet it is granted (Art. 5 item (32)).',
    );
    expect(text.zh).toBe('浏览器类App的基本功能不需要“通讯录”，但已被授予（第五条第（三十二）项）。');
    expect(explain('unused-grant.idle', { subject: 'X', days: 91 }).en).toContain('91 days');
  });
});
