import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../renderer/src/i18n/format';

describe('Intl formatters', () => {
  it('formats numbers for the language', () => {
    expect(createFormatters('en').number(1234567.5)).toBe('1,234,567.5');
    expect(createFormatters('zh-CN').number(1234567.5)).toBe('1,234,567.5');
  });

  it('formats times the way each language writes them', () => {
    const moment = new Date(2026, 10, 28, 22, 5, 9);
    expect(createFormatters('en').time(moment)).toMatch(/^10:05:09\sPM$/);
    expect(createFormatters('zh-CN').time(moment)).toBe('22:05:09');
  });

  it('formats date and time together', () => {
    const moment = new Date(2026, 10, 28, 9, 5, 9);
    expect(createFormatters('en').dateTime(moment)).toMatch(/^Nov 28, 2026,?\s9:05:09\sAM$/);
    expect(createFormatters('zh-CN').dateTime(moment)).toBe('2026年11月28日 09:05:09');
  });
});
