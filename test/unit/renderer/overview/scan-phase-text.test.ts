import { describe, expect, it } from 'vitest';
import { DUMP_BATCH } from '../../../../main/reader/live/scan-commands';
import { createTranslator } from '../../../../renderer/src/i18n/translate';
import { scanPhaseText } from '../../../../renderer/src/views/overview/scan-phase-text';

const en = createTranslator('en');
const zh = createTranslator('zh-CN');

describe('scanPhaseText', () => {
  it('names every phase main reports in words, in both languages', () => {
    for (const phase of ['device', ...DUMP_BATCH, 'assemble', 'labels', 'audit']) {
      for (const t of [en, zh]) {
        const text = scanPhaseText(phase, t);
        expect(text, phase).not.toContain(phase);
        expect(text.length, phase).toBeGreaterThan(4);
      }
    }
    expect(scanPhaseText('dumpsys-package', en)).toBe('Reading: apps and permissions');
    expect(scanPhaseText('labels', zh)).toBe('正在读取：应用名称（仅首次扫描新装或更新的应用）');
  });

  it('shows a phase it has no words for as sent', () => {
    expect(scanPhaseText('dumpsys-battery', en)).toBe('Reading: dumpsys-battery');
  });
});
