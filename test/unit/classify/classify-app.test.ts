// Precedence of the classification steps (user > catalogue > capability > token > none), the
// capability mapping, confidences and the bilingual reasons.
import { describe, expect, it } from 'vitest';
import { parseAppCatalogue } from '../../../main/classify/app-catalogue';
import { categoryNames } from '../../../main/classify/category-names';
import { classifyApp } from '../../../main/classify/classify-app';
import type { Classification } from '../../../main/classify/classification';
import { CONFIDENCE } from '../../../main/classify/classification';
import type { DeclaredCapabilities } from '../../../main/classify/declared-capabilities';
import { capabilitiesFromComponents } from '../../../main/classify/declared-capabilities';

const CJK = /[\u4e00-\u9fff]/;

const expectBilingual = (result: Classification): void => {
  expect(result.reason.en.trim()).not.toBe('');
  expect(result.reason.zh).toMatch(CJK);
  expect(result.reason.en).toMatch(/^[A-Z][a-z]+ /);
};

describe('classifyApp precedence', () => {
  // com.example.weather.map has map and weather words; the catalogue below says news.
  const catalogue = parseAppCatalogue({
    version: 1,
    description: 'test',
    apps: [
      { package: 'com.example.listed', category: 'news', zh: '示例新闻', en: 'Example News', source: 'test' },
      {
        package: 'com.example.hybrid',
        category: 'local_life',
        zh: '混合',
        en: 'Hybrid',
        source: 'test',
        confidence: 0.7,
      },
    ],
  });
  const capabilities: DeclaredCapabilities = { browser: true };

  it('1. the user choice wins over everything', () => {
    const result = classifyApp({
      packageName: 'com.example.listed',
      label: '地图',
      capabilities,
      userChoice: 'ebooks',
      catalogue,
    });
    expect(result).toMatchObject({
      categoryId: 'ebooks',
      confidence: CONFIDENCE.user,
      reason: { kind: 'user' },
    });
    expect(result.reason.zh).toContain(categoryNames('ebooks').zh);
    expectBilingual(result);
  });

  it('2. the catalogue wins over capabilities and tokens, with its own confidence when set', () => {
    const listed = classifyApp({ packageName: 'com.example.listed', label: '地图', capabilities, catalogue });
    expect(listed).toMatchObject({ categoryId: 'news', confidence: 0.95, reason: { kind: 'catalogue' } });
    expect(listed.reason.zh).toContain('示例新闻');
    expect(listed.reason.en).toContain('Example News');
    const hybrid = classifyApp({ packageName: 'com.example.hybrid', catalogue });
    expect(hybrid).toMatchObject({ categoryId: 'local_life', confidence: 0.7 });
    expect(hybrid.reason.en).toContain('other types');
    expectBilingual(hybrid);
  });

  it('3. a capability wins over tokens', () => {
    const result = classifyApp({ packageName: 'com.example.map', label: '地图', capabilities, catalogue });
    expect(result).toMatchObject({
      categoryId: 'browser',
      confidence: CONFIDENCE.capability,
      reason: { kind: 'capability' },
    });
    expect(result.reason.evidence).toEqual(['capability browser: handles web links as a browser']);
    expectBilingual(result);
  });

  it('4. tokens when nothing above applies', () => {
    const result = classifyApp({ packageName: 'com.example.map', catalogue });
    expect(result).toMatchObject({ categoryId: 'map_navigation', reason: { kind: 'token' } });
    expect(result.confidence).toBeGreaterThanOrEqual(CONFIDENCE.tokenMin);
    expect(result.confidence).toBeLessThanOrEqual(CONFIDENCE.tokenMax);
    expectBilingual(result);
  });

  it('5. unclassified with confidence 0 otherwise', () => {
    const result = classifyApp({ packageName: 'com.example.zzz', catalogue });
    expect(result).toMatchObject({
      categoryId: 'unclassified',
      confidence: 0,
      reason: { kind: 'none', evidence: [] },
    });
    expectBilingual(result);
  });

  it('uses the shipped catalogue by default', () => {
    expect(classifyApp({ packageName: 'com.autonavi.minimap' })).toMatchObject({
      categoryId: 'map_navigation',
      confidence: 0.95,
      reason: { kind: 'catalogue' },
    });
  });
});

describe('classifyApp capabilities', () => {
  const unknown = 'org.example.unknownapp';
  const withCapabilities = (capabilities: DeclaredCapabilities) =>
    classifyApp({ packageName: unknown, capabilities });

  it.each([
    [{ inputMethod: true }, 'input_method'],
    [{ browser: true }, 'browser'],
    [{ geo: true }, 'map_navigation'],
    [{ imageCapture: true }, 'photo_beautify'],
    [{ appStore: true }, 'app_store'],
    [{ inputMethod: true, geo: true }, 'input_method'],
    [{ browser: true, geo: true }, 'browser'],
    [{ geo: true, dialer: true }, 'map_navigation'],
  ] as const)('%o → %s', (capabilities, category) => {
    const result = withCapabilities(capabilities);
    expect(result.categoryId).toBe(category);
    expect(result.confidence).toBe(0.8);
    expectBilingual(result);
  });

  it.each([
    [{ dialer: true }],
    [{ sms: true }],
    [{ launcher: true }],
    [{ assistant: true }],
    [{ dialer: true, sms: true }],
  ])('platform role %o: unclassified, explained', (capabilities) => {
    const result = withCapabilities(capabilities);
    expect(result).toMatchObject({
      categoryId: 'unclassified',
      confidence: 0,
      reason: { kind: 'capability' },
    });
    expect(result.reason.en).toContain('platform');
    expect(result.reason.zh).toContain('系统');
    expect(result.reason.evidence.length).toBe(Object.keys(capabilities).length);
  });

  it('a role does not hide what the name says', () => {
    expect(classifyApp({ packageName: 'com.example.chat', capabilities: { sms: true } })).toMatchObject({
      categoryId: 'instant_messaging',
      reason: { kind: 'token' },
    });
  });

  it('reads the virtual phone component facts', () => {
    expect(
      capabilitiesFromComponents({ inputMethods: ['.Ime'], handles: ['home', 'image-capture', 'app-store'] }),
    ).toEqual({ inputMethod: true, launcher: true, imageCapture: true, appStore: true });
    expect(capabilitiesFromComponents({ inputMethods: [] })).toEqual({});
  });
});
