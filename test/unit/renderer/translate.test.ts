import { describe, expect, it } from 'vitest';
import { createTranslator, interpolate, placeholderNames } from '../../../renderer/src/i18n/translate';

describe('interpolate', () => {
  it('fills every {name} with its parameter, numbers included', () => {
    expect(interpolate('{a} and {b}, again {a}', { a: 'x', b: 2 })).toBe('x and 2, again x');
  });

  it('leaves unknown or missing placeholders as they are', () => {
    expect(interpolate('Hello {who}', {})).toBe('Hello {who}');
    expect(interpolate('Hello {who}')).toBe('Hello {who}');
  });

  it('does not treat inherited object properties as parameters', () => {
    expect(interpolate('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });

  it('inserts parameter values literally, even when they look like placeholders or replacement patterns', () => {
    expect(interpolate('[{a}] [{b}]', { a: '{b}', b: '$& $1' })).toBe('[{b}] [$& $1]');
  });

  it('lists placeholder names once, in order of first use', () => {
    expect(placeholderNames('{b} {a} {b}')).toEqual(['b', 'a']);
    expect(placeholderNames('none')).toEqual([]);
  });
});

describe('createTranslator', () => {
  it('translates with parameters in English and Chinese', () => {
    expect(createTranslator('en')('about.devices.count', { count: 3 })).toBe('Connected devices: 3');
    expect(createTranslator('zh-CN')('about.devices.count', { count: 3 })).toBe('已连接设备：3 台');
  });

  it('translates texts without parameters', () => {
    expect(createTranslator('en')('about.title')).toBe('About & connection');
    expect(createTranslator('zh-CN')('about.title')).toBe('关于与连接');
  });

  it('checks parameters at compile time', () => {
    const t = createTranslator('en');
    // @ts-expect-error — {count} is required
    expect(t('about.devices.count')).toBe('Connected devices: {count}');
    // @ts-expect-error — 'about.title' takes no parameters
    expect(t('about.title', { count: 1 })).toBe('About & connection');
  });
});
