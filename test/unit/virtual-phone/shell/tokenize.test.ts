import { describe, expect, test } from 'vitest';
import { expandWord } from '../../../../main/virtual-phone/shell/expand';
import { parseTokens } from '../../../../main/virtual-phone/shell/parse';
import { quoteArgument, tokenize } from '../../../../main/virtual-phone/shell/tokenize';
import type { ShellToken } from '../../../../main/virtual-phone/shell/tokens';
import { ShellSyntaxError } from '../../../../main/virtual-phone/shell/tokens';
import { seededRandom } from '../../../support/seeded-random';

const variables = {
  lastStatus: 7,
  pid: 1234,
  vars: new Map([
    ['HOME', '/'],
    ['X', 'a b'],
  ]),
};

/** The argv a command line's words expand to (operators shown as themselves). */
const words = (line: string): string[] =>
  tokenize(line).flatMap((token: ShellToken) => {
    if (token.kind === 'word') return expandWord(token, variables);
    if (token.kind === 'operator') return [`<${token.operator}>`];
    return [`<${token.fd}${token.operator}>`];
  });

const ALPHABET = [
  'a',
  'Z',
  '0',
  ' ',
  '\t',
  '\n',
  "'",
  '"',
  '\\',
  '$',
  '?',
  ';',
  '&',
  '|',
  '>',
  '<',
  '#',
  '=',
  '/',
  '-',
  '{',
  '}',
  '(',
  'é',
  '中',
  '\0',
  '\r',
];

describe('tokenize', () => {
  test('splits words, quotes and escapes like mksh', () => {
    expect(words(`pm  list packages -f`)).toEqual(['pm', 'list', 'packages', '-f']);
    expect(words(`echo 'a  b' "c  d" e\\ f`)).toEqual(['echo', 'a  b', 'c  d', 'e f']);
    expect(words(`echo "a\\"b" 'it'\\''s' "\\n"`)).toEqual(['echo', 'a"b', "it's", '\\n']);
    expect(words(`echo ''`)).toEqual(['echo', '']);
    expect(words(`echo a\\\nb`)).toEqual(['echo', 'ab']);
  });

  test('expands $?, $$, $NAME and ${NAME}; single quotes keep them literal', () => {
    expect(words(`echo $? $$ $HOME \${HOME}x '$HOME' "$X" $X $UNSET`)).toEqual([
      'echo',
      '7',
      '1234',
      '/',
      '/x',
      '$HOME',
      'a b',
      'a',
      'b',
    ]);
    expect(words('echo $ a$')).toEqual(['echo', '$', 'a$']);
  });

  test('recognises operators, redirections and comments', () => {
    expect(words('a;b&&c||d|e&f')).toEqual([
      'a',
      '<;>',
      'b',
      '<&&>',
      'c',
      '<||>',
      'd',
      '<|>',
      'e',
      '<&>',
      'f',
    ]);
    expect(words('getprop sys.boot_completed 2>/dev/null >>out <in 2>&1 >/dev/null')).toEqual([
      'getprop',
      'sys.boot_completed',
      '<2>>',
      '/dev/null',
      '<1>>>',
      'out',
      '<0<>',
      'in',
      '<2>&>',
      '1',
      '<1>>',
      '/dev/null',
    ]);
    expect(words('echo a # comment ; rm -rf /\necho b#c')).toEqual(['echo', 'a', '<\n>', 'echo', 'b#c']);
    expect(words('echo a2>x')).toEqual(['echo', 'a2', '<1>>', 'x']);
  });

  test('unterminated quotes and bad substitutions are syntax errors', () => {
    expect(() => tokenize(`echo "abc`)).toThrow(new ShellSyntaxError('no closing quote'));
    expect(() => tokenize(`echo 'abc`)).toThrow(ShellSyntaxError);
    expect(() => tokenize('echo ${a b}')).toThrow('bad substitution');
  });
});

describe('parse', () => {
  test('builds lists, and-or chains, pipelines and loops', () => {
    const list = parseTokens(
      tokenize('a && b || c; d | grep x\nwhile getprop k 2>/dev/null; do sleep 1; done'),
    );
    expect(list).toHaveLength(3);
    expect(list[0]?.rest.map((step) => step.operator)).toEqual(['&&', '||']);
    expect(list[1]?.first.commands).toHaveLength(2);
    expect(list[2]?.first.commands[0]?.kind).toBe('loop');
  });

  test('reports unexpected tokens like mksh', () => {
    // mksh R59c syn.c: Tf_sD_s_qs "%s: %s '%s'" with (Tsynerr, "unexpected", token).
    expect(() => parseTokens(tokenize('; ls'))).toThrow("syntax error: unexpected ';'");
    expect(() => parseTokens(tokenize('ls &&'))).toThrow('syntax error: unexpected EOF');
    expect(() => parseTokens(tokenize('while true; do ls'))).toThrow("syntax error: unmatched 'while'");
    expect(() => parseTokens(tokenize('if true; then ls'))).toThrow("syntax error: unmatched 'if'");
    expect(() => parseTokens(tokenize('done'))).toThrow("syntax error: unexpected 'done'");
  });
});

describe('tokenizer properties', () => {
  test('quoting any argv and tokenizing gives the same argv back', () => {
    const next = seededRandom(42);
    for (let round = 0; round < 500; round += 1) {
      const argv = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
        Array.from(
          { length: Math.floor(next() * 8) },
          () => ALPHABET[Math.floor(next() * ALPHABET.length)] ?? 'a',
        ).join(''),
      );
      const line = argv.map(quoteArgument).join(' ');
      const back = tokenize(line).flatMap((token) =>
        token.kind === 'word' ? expandWord(token, variables) : ['<op>'],
      );
      expect(back, JSON.stringify(line)).toEqual(argv);
    }
  });

  test('random byte strings never throw anything but ShellSyntaxError, and finish quickly', () => {
    const next = seededRandom(7);
    const started = performance.now();
    for (let round = 0; round < 2000; round += 1) {
      const length = Math.floor(next() * 40);
      const line = Array.from({ length }, () =>
        next() < 0.6
          ? (ALPHABET[Math.floor(next() * ALPHABET.length)] ?? '')
          : String.fromCharCode(Math.floor(next() * 256)),
      ).join('');
      try {
        parseTokens(tokenize(line));
      } catch (error) {
        expect(error, JSON.stringify(line)).toBeInstanceOf(ShellSyntaxError);
      }
    }
    const long = `${'"'.repeat(1)}${'a\\'.repeat(50_000)}`;
    expect(() => tokenize(long)).toThrow(ShellSyntaxError);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
