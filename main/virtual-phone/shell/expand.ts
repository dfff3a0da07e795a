// Parameter expansion and field splitting of one word (POSIX 2.6.2, 2.6.5; no globbing).
import type { WordPart, WordToken } from './tokens';

export interface ShellVariables {
  readonly lastStatus: number;
  readonly pid: number;
  readonly vars: ReadonlyMap<string, string>;
  /** Output of each `$(…)` part, already run by the interpreter (trailing newlines removed). */
  readonly substitutions?: ReadonlyMap<WordPart, string>;
}

const IFS_WHITESPACE = /[ \t\n]+/;

export const parameterValue = (name: string, variables: ShellVariables): string => {
  switch (name) {
    case '?':
      return String(variables.lastStatus);
    case '$':
      return String(variables.pid);
    case '#':
      return '0';
    case '0':
      return '/system/bin/sh';
    case '-':
      return 'hc';
    default:
      return variables.vars.get(name) ?? '';
  }
};

const partValue = (part: Exclude<WordPart, { kind: 'text' }>, variables: ShellVariables): string =>
  part.kind === 'command' ? (variables.substitutions?.get(part) ?? '') : parameterValue(part.name, variables);

/** Expands a word into zero or more fields: unquoted expansions are split on blanks. */
export const expandWord = (word: WordToken, variables: ShellVariables): string[] => {
  const fields: string[] = [];
  let current = '';
  let hasCurrent = word.quoted;
  for (const part of word.parts) {
    if (part.kind === 'text') {
      current += part.text;
      hasCurrent = true;
      continue;
    }
    const value = partValue(part, variables);
    if (part.quoted) {
      current += value;
      hasCurrent = true;
      continue;
    }
    const pieces = value.split(IFS_WHITESPACE);
    pieces.forEach((piece, index) => {
      if (index > 0) {
        if (hasCurrent) fields.push(current);
        current = '';
        hasCurrent = false;
      }
      if (piece !== '') {
        current += piece;
        hasCurrent = true;
      }
    });
  }
  if (hasCurrent) fields.push(current);
  return fields;
};

/** Expands a word into exactly one string (assignments, redirect targets). */
export const expandToString = (word: WordToken, variables: ShellVariables): string =>
  word.parts.map((part) => (part.kind === 'text' ? part.text : partValue(part, variables))).join('');
