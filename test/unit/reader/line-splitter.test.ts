import { describe, expect, it } from 'vitest';
import { LineSplitter, splitLines } from '../../../main/reader/parsers/line-splitter';
import { WarningSink } from '../../../main/reader/parsers/parse-result';
import { randomChunks, seededRandom } from '../../support/seeded-random';

describe('LineSplitter', () => {
  it('splits LF, CRLF and lone CR, and keeps empty lines', () => {
    expect(splitLines('a\nb\r\nc\rd\n\ne')).toEqual(['a', 'b', 'c', 'd', '', 'e']);
    expect(splitLines('only\n')).toEqual(['only']);
    expect(splitLines('')).toEqual([]);
  });

  it('gives the same lines whatever the chunk boundaries (CRLF split across chunks included)', () => {
    const text = 'Packages:\r\n  Package [com.a] (1):\r\n    userId=10001\n\n\rtail without newline';
    const expected = splitLines(text);
    const next = seededRandom(7);
    for (let round = 0; round < 500; round += 1) {
      const lines: string[] = [];
      const splitter = new LineSplitter((line) => lines.push(line));
      for (const chunk of randomChunks(text, next, 6)) splitter.push(chunk);
      splitter.end();
      expect(lines).toEqual(expected);
    }
  });
});

describe('WarningSink', () => {
  it('records the source and line, and caps the count', () => {
    const sink = new WarningSink('dumpsys package');
    sink.warn('odd line', 3);
    expect(sink.warnings).toEqual([{ source: 'dumpsys package', line: 3, message: 'odd line' }]);
    for (let index = 0; index < 500; index += 1) sink.warn('x');
    expect(sink.warnings).toHaveLength(WarningSink.MAX_WARNINGS + 1);
    expect(sink.warnings.at(-1)?.message).toBe(
      `${500 + 1 - WarningSink.MAX_WARNINGS} more warnings not shown`,
    );
  });
});
