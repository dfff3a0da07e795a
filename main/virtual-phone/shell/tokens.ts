// Token shapes produced by the tokenizer and read by the parser (mksh-like, see tokenize.ts).

/** A piece of a word: literal text (quotes already removed) or a parameter expansion. */
export type WordPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'param'; readonly name: string; readonly quoted: boolean }
  /** `$(…)`: the inner command line, run when the word is expanded. */
  | { readonly kind: 'command'; readonly source: string; readonly quoted: boolean };

export interface WordToken {
  readonly kind: 'word';
  readonly parts: readonly WordPart[];
  /** True when any part of the word was quoted or escaped (it cannot be a reserved word). */
  readonly quoted: boolean;
}

export const ControlOperator = {
  Semicolon: ';',
  And: '&&',
  Or: '||',
  Pipe: '|',
  Background: '&',
  Newline: '\n',
} as const;
export type ControlOperator = (typeof ControlOperator)[keyof typeof ControlOperator];

export interface OperatorToken {
  readonly kind: 'operator';
  readonly operator: ControlOperator;
}

export const RedirectOperator = {
  Write: '>',
  Append: '>>',
  Read: '<',
  Duplicate: '>&',
} as const;
export type RedirectOperator = (typeof RedirectOperator)[keyof typeof RedirectOperator];

export interface RedirectToken {
  readonly kind: 'redirect';
  /** File descriptor being redirected (1 for `>` without a number, 0 for `<`). */
  readonly fd: number;
  readonly operator: RedirectOperator;
}

export type ShellToken = WordToken | OperatorToken | RedirectToken;

/** A syntax error, with the message mksh prints after `/system/bin/sh: `. */
export class ShellSyntaxError extends Error {
  override readonly name = 'ShellSyntaxError';
}

/** The text of a word when it holds no expansions (reserved words, redirect targets). */
export const literalText = (word: WordToken): string | undefined => {
  let text = '';
  for (const part of word.parts) {
    if (part.kind !== 'text') return undefined;
    text += part.text;
  }
  return text;
};
