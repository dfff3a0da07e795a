// The batch demultiplexer: any chunking gives the same sections, markers need this scan's
// nonce and an expected name, and text without a final newline stays with its section.
import { describe, expect, it } from 'vitest';
import { SectionDemuxer, markerWord } from '../../../../main/reader/live/section-demuxer';

const NONCE = '0123456789abcdef01234567';
const OTHER = 'fedcba9876543210fedcba98';
const NAMES = ['getprop', 'pm-list-users', 'date'];

const demux = (
  chunks: readonly string[],
): { sections: Record<string, string>; order: string[]; stray: string } => {
  const sections: Record<string, string> = {};
  const order: string[] = [];
  let stray = '';
  const demuxer = new SectionDemuxer({
    nonce: NONCE,
    names: NAMES,
    handlers: {
      onStart: (name) => {
        order.push(`start:${name}`);
        sections[name] = '';
      },
      onData: (name, text) => (sections[name] = (sections[name] ?? '') + text),
      onEnd: (name) => order.push(`end:${name}`),
      onStray: (text) => (stray += text),
    },
  });
  for (const chunk of chunks) demuxer.push(chunk);
  demuxer.end();
  return { sections, order, stray };
};

const marker = (name: string, nonce = NONCE): string => `${markerWord(nonce)} ${name}\n`;
const OUTPUT =
  marker('getprop') +
  '[ro.build.version.sdk]: [34]\n[persist.sys.timezone]: [Asia/Shanghai]\n' +
  marker('pm-list-users') +
  'Users:\n\tUserInfo{0:Owner:c13} running\n' +
  `spoof ${marker('date', OTHER)}` +
  `${markerWord(NONCE)} not-asked-for\n` +
  'no newline at the end' +
  marker('date') +
  '/system/bin/sh: date: not found\n';

const EXPECTED = {
  getprop: '[ro.build.version.sdk]: [34]\n[persist.sys.timezone]: [Asia/Shanghai]\n',
  'pm-list-users':
    'Users:\n\tUserInfo{0:Owner:c13} running\n' +
    `spoof ${marker('date', OTHER)}${markerWord(NONCE)} not-asked-for\nno newline at the end`,
  date: '/system/bin/sh: date: not found\n',
};

/** A seeded generator (mulberry32), so a failing split can be replayed. */
const random = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

describe('SectionDemuxer', () => {
  it('splits a whole output into its sections, in order', () => {
    const { sections, order, stray } = demux([OUTPUT]);
    expect(sections).toEqual(EXPECTED);
    expect(order).toEqual([
      'start:getprop',
      'end:getprop',
      'start:pm-list-users',
      'end:pm-list-users',
      'start:date',
      'end:date',
    ]);
    expect(stray).toBe('');
  });

  it('gives the same sections for 500 random chunkings (including 1-character chunks)', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const next = random(seed);
      const chunks: string[] = [];
      for (let at = 0; at < OUTPUT.length;) {
        const size = seed % 50 === 0 ? 1 : 1 + Math.floor(next() * 40);
        chunks.push(OUTPUT.slice(at, at + size));
        at += size;
      }
      expect(demux(chunks).sections, `seed ${seed}`).toEqual(EXPECTED);
    }
  });

  it('never splits on a marker with another nonce', () => {
    const forged = `${marker('getprop')}line\n${marker('date', OTHER)}still getprop\n`;
    expect(demux([forged]).sections).toEqual({ getprop: `line\n${marker('date', OTHER)}still getprop\n` });
  });

  it('reports text before the first marker as stray and handles CRLF marker lines', () => {
    const { sections, stray } = demux([`banner\n${markerWord(NONCE)} date\r\n1700000000123\r\n`]);
    expect(stray).toBe('banner\n');
    expect(sections).toEqual({ date: '1700000000123\r\n' });
  });
});
