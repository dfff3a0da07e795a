// Splits a command line into words, control operators and redirections the way Android's
// /system/bin/sh (mksh, lex.c) does for the subset the virtual phone needs: '…' and "…" quoting,
// backslash escapes and line continuation, `$?`, `$$`, `$NAME`, `${NAME}`, `$0`–`$9`,
// `;` `&&` `||` `|` `&` newline, `>` `>>` `<` `N>` `N>&M`, and `#` comments.
// Pure and total: any input either yields tokens or throws ShellSyntaxError, in linear time.
import type { ControlOperator, RedirectOperator, ShellToken, WordPart } from './tokens';
import { ShellSyntaxError } from './tokens';

const BLANKS = new Set([' ', '\t']);
const WORD_BREAKS = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAMS = new Set(['?', '$', '#', '!', '-', '@', '*']);
/** Characters a backslash escapes inside double quotes (POSIX 2.2.3). */
const DOUBLE_QUOTE_ESCAPABLE = new Set(['$', '`', '"', '\\']);

/** mksh lex.c: `yyerror("no closing quote")` at end of input inside a quote. */
export const UNTERMINATED_QUOTE_MESSAGE = 'no closing quote';

interface Cursor {
  readonly input: string;
  index: number;
}

class WordBuilder {
  readonly parts: WordPart[] = [];
  quoted = false;
  started = false;
  #text = '';

  addText(text: string): void {
    this.started = true;
    this.#text += text;
  }

  addParam(name: string, quoted: boolean): void {
    this.started = true;
    this.#flush();
    this.parts.push({ kind: 'param', name, quoted });
  }

  addCommand(source: string, quoted: boolean): void {
    this.started = true;
    this.#flush();
    this.parts.push({ kind: 'command', source, quoted });
  }

  finish(): WordPart[] {
    this.#flush();
    return this.parts;
  }

  #flush(): void {
    if (this.#text !== '') this.parts.push({ kind: 'text', text: this.#text });
    this.#text = '';
  }
}

/** Index just past the `)` closing a `$(` whose body starts at `start`; -1 when unclosed. */
const findCommandEnd = (input: string, start: number): number => {
  let depth = 1;
  for (let index = start; index < input.length; index += 1) {
    const char = input[index];
    if (char === '\\') index += 1;
    else if (char === "'") {
      const close = input.indexOf("'", index + 1);
      if (close < 0) return -1;
      index = close;
    } else if (char === '"') {
      for (index += 1; index < input.length && input[index] !== '"'; index += 1) {
        if (input[index] === '\\') index += 1;
      }
      if (index >= input.length) return -1;
    } else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return -1;
};

/** Reads `$…` at cursor (the `$` already consumed); adds a param or a literal `$`. */
const readParameter = (cursor: Cursor, word: WordBuilder, quoted: boolean): void => {
  const { input } = cursor;
  const next = input[cursor.index];
  if (next === '(') {
    const end = findCommandEnd(input, cursor.index + 1);
    if (end < 0) throw new ShellSyntaxError(UNTERMINATED_QUOTE_MESSAGE);
    word.addCommand(input.slice(cursor.index + 1, end - 1), quoted);
    cursor.index = end;
    return;
  }
  if (next !== undefined && (SPECIAL_PARAMS.has(next) || /[0-9]/.test(next))) {
    cursor.index += 1;
    word.addParam(next, quoted);
    return;
  }
  if (next === '{') {
    const close = input.indexOf('}', cursor.index);
    const name = close < 0 ? '' : input.slice(cursor.index + 1, close);
    if (close < 0 || !/^([A-Za-z_][A-Za-z0-9_]*|[0-9?$#!@*-])$/.test(name)) {
      throw new ShellSyntaxError(`\${${name}}: bad substitution`);
    }
    cursor.index = close + 1;
    word.addParam(name, quoted);
    return;
  }
  if (next !== undefined && NAME_START.test(next)) {
    let end = cursor.index + 1;
    while (end < input.length && NAME_CHAR.test(input[end] ?? '')) end += 1;
    word.addParam(input.slice(cursor.index, end), quoted);
    cursor.index = end;
    return;
  }
  word.addText('$');
};

const readSingleQuoted = (cursor: Cursor, word: WordBuilder): void => {
  const close = cursor.input.indexOf("'", cursor.index);
  if (close < 0) throw new ShellSyntaxError(UNTERMINATED_QUOTE_MESSAGE);
  word.addText(cursor.input.slice(cursor.index, close));
  cursor.index = close + 1;
};

const readDoubleQuoted = (cursor: Cursor, word: WordBuilder): void => {
  const { input } = cursor;
  word.addText('');
  for (;;) {
    const char = input[cursor.index];
    if (char === undefined) throw new ShellSyntaxError(UNTERMINATED_QUOTE_MESSAGE);
    cursor.index += 1;
    if (char === '"') return;
    if (char === '$') {
      readParameter(cursor, word, true);
    } else if (char === '\\') {
      const escaped = input[cursor.index];
      if (escaped === '\n') {
        cursor.index += 1;
      } else if (escaped !== undefined && DOUBLE_QUOTE_ESCAPABLE.has(escaped)) {
        cursor.index += 1;
        word.addText(escaped);
      } else {
        word.addText('\\');
      }
    } else {
      word.addText(char);
    }
  }
};

const readOperator = (cursor: Cursor): ShellToken => {
  const { input } = cursor;
  const char = input[cursor.index] ?? '';
  const next = input[cursor.index + 1];
  const two = char + (next ?? '');
  if (two === '&&' || two === '||') {
    cursor.index += 2;
    return { kind: 'operator', operator: two };
  }
  cursor.index += 1;
  return { kind: 'operator', operator: char as ControlOperator };
};

const readRedirect = (cursor: Cursor, explicitFd: number | undefined): ShellToken => {
  const { input } = cursor;
  const char = input[cursor.index];
  let operator: RedirectOperator = char === '<' ? '<' : '>';
  cursor.index += 1;
  if (operator === '>' && input[cursor.index] === '>') {
    operator = '>>';
    cursor.index += 1;
  } else if (operator === '>' && input[cursor.index] === '&') {
    operator = '>&';
    cursor.index += 1;
  } else if (operator === '>' && input[cursor.index] === '|') {
    cursor.index += 1;
  }
  return { kind: 'redirect', fd: explicitFd ?? (operator === '<' ? 0 : 1), operator };
};

/** Reads one word starting at cursor; returns its token or a redirect when it was `N>`. */
const readWord = (cursor: Cursor): ShellToken => {
  const { input } = cursor;
  const word = new WordBuilder();
  const start = cursor.index;
  for (;;) {
    const char = input[cursor.index];
    if (char === undefined || WORD_BREAKS.has(char)) {
      const raw = input.slice(start, cursor.index);
      if ((char === '>' || char === '<') && /^[0-9]$/.test(raw)) {
        return readRedirect(cursor, Number(raw));
      }
      return { kind: 'word', parts: word.finish(), quoted: word.quoted };
    }
    cursor.index += 1;
    if (char === "'") {
      word.quoted = true;
      readSingleQuoted(cursor, word);
    } else if (char === '"') {
      word.quoted = true;
      readDoubleQuoted(cursor, word);
    } else if (char === '\\') {
      const escaped = input[cursor.index];
      if (escaped === undefined) {
        word.addText('\\');
      } else {
        cursor.index += 1;
        if (escaped !== '\n') {
          word.quoted = true;
          word.addText(escaped);
        }
      }
    } else if (char === '$') {
      readParameter(cursor, word, false);
    } else {
      word.addText(char);
    }
  }
};

/** Tokenizes a whole command line. Throws ShellSyntaxError for unterminated quotes. */
export const tokenize = (input: string): ShellToken[] => {
  const cursor: Cursor = { input, index: 0 };
  const tokens: ShellToken[] = [];
  while (cursor.index < input.length) {
    const char = input[cursor.index] ?? '';
    if (BLANKS.has(char)) {
      cursor.index += 1;
    } else if (char === '\\' && input[cursor.index + 1] === '\n') {
      cursor.index += 2;
    } else if (char === '#') {
      const newline = input.indexOf('\n', cursor.index);
      cursor.index = newline < 0 ? input.length : newline;
    } else if (char === ';' || char === '&' || char === '|' || char === '\n') {
      tokens.push(readOperator(cursor));
    } else if (char === '>' || char === '<') {
      tokens.push(readRedirect(cursor, undefined));
    } else {
      const before = cursor.index;
      const token = readWord(cursor);
      if (cursor.index === before) cursor.index += 1;
      tokens.push(token);
    }
  }
  return tokens;
};

/** Quotes one argument so that tokenize() gives it back unchanged (single quotes, `'\''`). */
export const quoteArgument = (argument: string): string =>
  /^[A-Za-z0-9_@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", `'\\''`)}'`;
