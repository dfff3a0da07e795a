import { describe, expect, it } from 'vitest';
import { decodeText, TextEncodingName } from '../../../main/reader/parsers/decode-text';
import { parseGetprop } from '../../../main/reader/parsers/getprop';
import { randomBytes, seededRandom } from '../../support/seeded-random';
import { readSample } from './offline/sample-support';

const utf16 = (text: string, options: { bigEndian?: boolean; bom?: boolean } = {}): Uint8Array => {
  const little = Buffer.from(text, 'utf16le');
  const body = options.bigEndian === true ? Buffer.from(little).swap16() : little;
  if (options.bom !== true) return body;
  return Buffer.concat([Buffer.from(options.bigEndian === true ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
};

describe('decodeText', () => {
  const text = '[ro.product.model]: [Pixel 8 Pro]\r\n[ro.build.version.sdk]: [34]\r\n';

  it('decodes UTF-16LE with and without BOM (PowerShell `>` captures)', () => {
    for (const bom of [true, false]) {
      const result = decodeText(utf16(text, { bom }), 'getprop.txt');
      expect(result.value).toEqual({ text, encoding: TextEncodingName.Utf16Le, bom, replacements: 0 });
      expect(result.warnings).toEqual([]);
      expect(result.partial).toBe(false);
    }
  });

  it('decodes UTF-16BE with and without BOM', () => {
    for (const bom of [true, false]) {
      const result = decodeText(utf16(text, { bigEndian: true, bom }));
      expect(result.value.text).toBe(text);
      expect(result.value.encoding).toBe(TextEncodingName.Utf16Be);
      expect(result.value.bom).toBe(bom);
    }
  });

  it('keeps non-ASCII UTF-16 text (Chinese user names) intact', () => {
    const chinese = 'Users:\n\tUserInfo{0:机主:c13} running\n';
    expect(decodeText(utf16(chinese, { bom: true })).value.text).toBe(chinese);
  });

  it('strips a UTF-8 BOM and leaves line ends alone', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a=1\r\nb=2\r')]);
    expect(decodeText(bytes).value).toEqual({
      text: 'a=1\r\nb=2\r',
      encoding: 'utf-8',
      bom: true,
      replacements: 0,
    });
  });

  it('replaces invalid UTF-8 bytes, counts them and warns', () => {
    const bytes = Buffer.concat([
      Buffer.from('name=caf'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from('\nok=1\n'),
    ]);
    const result = decodeText(bytes, 'settings-secure.txt');
    expect(result.value.text).toBe('name=caf\uFFFD\uFFFD\nok=1\n');
    expect(result.value.replacements).toBe(2);
    expect(result.warnings).toEqual([
      { source: 'settings-secure.txt', message: '2 invalid utf-8 sequence(s) replaced with U+FFFD' },
    ]);
  });

  it('does not count a literal U+FFFD in valid UTF-8 as a replacement', () => {
    const result = decodeText(Buffer.from('x=\uFFFD\n', 'utf8'));
    expect(result.value.replacements).toBe(0);
    expect(result.warnings).toEqual([]);
  });

  it('drops the odd last byte of UTF-16 and marks the result partial', () => {
    const bytes = Buffer.concat([utf16('ab', { bom: true }), Buffer.from([0x63])]);
    const result = decodeText(bytes);
    expect(result.value.text).toBe('ab');
    expect(result.partial).toBe(true);
    expect(result.warnings[0]?.message).toMatch(/odd number of bytes/);
  });

  it('decodes real UTF-8 samples with CJK text unchanged', () => {
    const sample = readSample('pm-disable-error_unknown_9_coolapk.txt');
    const result = decodeText(Buffer.from(sample, 'utf8'));
    expect(result.value.text).toBe(sample);
    expect(result.value.encoding).toBe('utf-8');
  });

  it('round-trips a real getprop sample saved as UTF-16LE with BOM', () => {
    const sample = readSample('getprop_rockchip-tvbox_7.1.2_full.txt');
    const decoded = decodeText(utf16(sample, { bom: true }));
    expect(decoded.value.text).toBe(sample);
    expect(parseGetprop(decoded.value.text).value['ro.build.version.sdk']).toBe('25');
  });

  it('never throws on random bytes', () => {
    const next = seededRandom(13);
    for (let round = 0; round < 300; round += 1) {
      const bytes = randomBytes(next, Math.floor(next() * 200));
      const result = decodeText(bytes);
      expect(typeof result.value.text).toBe('string');
    }
  });

  it('treats empty input as empty UTF-8', () => {
    expect(decodeText(new Uint8Array()).value).toEqual({
      text: '',
      encoding: 'utf-8',
      bom: false,
      replacements: 0,
    });
  });
});
