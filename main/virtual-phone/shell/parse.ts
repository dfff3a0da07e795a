// Builds the command tree from tokens (mksh syn.c grammar, subset): lists joined by `;`, `&`
// or newlines; `&&`/`||` chains; `|` pipelines; simple commands with `NAME=value` prefixes and
// redirections; `while|until list; do list; done`; `if list; then list; [else list;] fi`.
import type { RedirectOperator, ShellToken, WordToken } from './tokens';
import { ShellSyntaxError, literalText } from './tokens';

export interface Redirection {
  readonly fd: number;
  readonly operator: RedirectOperator;
  readonly target: WordToken;
}

export interface SimpleCommand {
  readonly kind: 'simple';
  readonly assignments: readonly { name: string; value: WordToken }[];
  readonly words: readonly WordToken[];
  readonly redirections: readonly Redirection[];
}

export interface LoopCommand {
  readonly kind: 'loop';
  readonly until: boolean;
  readonly condition: CommandList;
  readonly body: CommandList;
}

export interface IfCommand {
  readonly kind: 'if';
  readonly condition: CommandList;
  readonly then: CommandList;
  readonly otherwise: CommandList | undefined;
}

export type Command = SimpleCommand | LoopCommand | IfCommand;

export interface Pipeline {
  readonly commands: readonly Command[];
}

export interface AndOr {
  readonly first: Pipeline;
  readonly rest: readonly { operator: '&&' | '||'; pipeline: Pipeline }[];
}

export type CommandList = readonly AndOr[];

const RESERVED = new Set(['while', 'until', 'do', 'done', 'if', 'then', 'else', 'fi', 'elif']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** mksh syn.c syntaxerr(): Tf_sD_s_qs = "%s: %s '%s'" → `syntax error: unexpected ';'`. */
const unexpected = (what: string): ShellSyntaxError =>
  new ShellSyntaxError(`syntax error: unexpected '${what}'`);

class Parser {
  #index = 0;
  readonly #nesting: string[] = [];
  readonly #tokens: readonly ShellToken[];

  constructor(tokens: readonly ShellToken[]) {
    this.#tokens = tokens;
  }

  parseProgram(): CommandList {
    const list = this.#list(new Set());
    const token = this.#peek();
    if (token !== undefined) throw unexpected(this.#describe(token));
    return list;
  }

  /** EOF inside while/until/if names the open construct (mksh: `unmatched 'while'`). */
  #eof(): ShellSyntaxError {
    const open = this.#nesting.at(-1);
    return new ShellSyntaxError(
      open === undefined ? 'syntax error: unexpected EOF' : `syntax error: unmatched '${open}'`,
    );
  }

  #peek(): ShellToken | undefined {
    return this.#tokens[this.#index];
  }

  #describe(token: ShellToken): string {
    if (token.kind === 'operator') return token.operator === '\n' ? 'newline' : token.operator;
    if (token.kind === 'redirect') return token.operator;
    return literalText(token) ?? 'word';
  }

  #reserved(token: ShellToken | undefined): string | undefined {
    if (token?.kind !== 'word' || token.quoted) return undefined;
    const text = literalText(token);
    return text !== undefined && RESERVED.has(text) ? text : undefined;
  }

  #skipNewlines(): void {
    for (
      let token = this.#peek();
      token?.kind === 'operator' && token.operator === '\n';
      token = this.#peek()
    ) {
      this.#index += 1;
    }
  }

  /** A list ends at end of input or at one of the `terminators` reserved words. */
  #list(terminators: ReadonlySet<string>): CommandList {
    const list: AndOr[] = [];
    for (;;) {
      this.#skipNewlines();
      const token = this.#peek();
      const word = this.#reserved(token);
      if (token === undefined || (word !== undefined && terminators.has(word))) return list;
      list.push(this.#andOr());
      const separator = this.#peek();
      if (separator?.kind === 'operator' && [';', '&', '\n'].includes(separator.operator)) {
        this.#index += 1;
      } else if (separator !== undefined && this.#reserved(separator) === undefined) {
        throw unexpected(this.#describe(separator));
      }
    }
  }

  #andOr(): AndOr {
    const first = this.#pipeline();
    const rest: { operator: '&&' | '||'; pipeline: Pipeline }[] = [];
    for (let token = this.#peek(); token?.kind === 'operator'; token = this.#peek()) {
      if (token.operator !== '&&' && token.operator !== '||') break;
      this.#index += 1;
      this.#skipNewlines();
      rest.push({ operator: token.operator, pipeline: this.#pipeline() });
    }
    return { first, rest };
  }

  #pipeline(): Pipeline {
    const commands = [this.#command()];
    for (
      let token = this.#peek();
      token?.kind === 'operator' && token.operator === '|';
      token = this.#peek()
    ) {
      this.#index += 1;
      this.#skipNewlines();
      commands.push(this.#command());
    }
    return { commands };
  }

  #expectReserved(word: string): void {
    this.#skipNewlines();
    const token = this.#peek();
    if (this.#reserved(token) !== word) {
      throw token === undefined ? this.#eof() : unexpected(this.#describe(token));
    }
    this.#index += 1;
  }

  #command(): Command {
    const word = this.#reserved(this.#peek());
    if (word === 'while' || word === 'until' || word === 'if') {
      this.#nesting.push(word);
      const command = word === 'if' ? this.#ifCommand() : this.#loopCommand(word);
      this.#nesting.pop();
      return command;
    }
    if (word !== undefined) throw unexpected(word);
    return this.#simple();
  }

  #loopCommand(word: 'while' | 'until'): LoopCommand {
    this.#index += 1;
    const condition = this.#list(new Set(['do']));
    this.#expectReserved('do');
    const body = this.#list(new Set(['done']));
    this.#expectReserved('done');
    return { kind: 'loop', until: word === 'until', condition, body };
  }

  #ifCommand(): IfCommand {
    this.#index += 1;
    const condition = this.#list(new Set(['then']));
    this.#expectReserved('then');
    const then = this.#list(new Set(['else', 'fi']));
    let otherwise: CommandList | undefined;
    if (this.#reserved(this.#peek()) === 'else') {
      this.#index += 1;
      otherwise = this.#list(new Set(['fi']));
    }
    this.#expectReserved('fi');
    return { kind: 'if', condition, then, otherwise };
  }

  #simple(): SimpleCommand {
    const assignments: { name: string; value: WordToken }[] = [];
    const words: WordToken[] = [];
    const redirections: Redirection[] = [];
    for (let token = this.#peek(); token !== undefined && token.kind !== 'operator'; token = this.#peek()) {
      this.#index += 1;
      if (token.kind === 'redirect') {
        const target = this.#peek();
        if (target?.kind !== 'word') {
          throw target === undefined ? this.#eof() : unexpected(this.#describe(target));
        }
        this.#index += 1;
        redirections.push({ fd: token.fd, operator: token.operator, target });
        continue;
      }
      const first = token.parts[0];
      const match = words.length === 0 && first?.kind === 'text' ? ASSIGNMENT.exec(first.text) : null;
      if (match?.[1] !== undefined && first?.kind === 'text') {
        const rest = first.text.slice(match[0].length);
        const parts = [
          ...(rest === '' ? [] : [{ kind: 'text' as const, text: rest }]),
          ...token.parts.slice(1),
        ];
        assignments.push({ name: match[1], value: { kind: 'word', parts, quoted: token.quoted } });
        continue;
      }
      words.push(token);
    }
    if (words.length === 0 && assignments.length === 0 && redirections.length === 0) {
      const token = this.#peek();
      throw token === undefined ? this.#eof() : unexpected(this.#describe(token));
    }
    return { kind: 'simple', assignments, words, redirections };
  }
}

/** Parses tokens into a command list; throws ShellSyntaxError like mksh would. */
export const parseTokens = (tokens: readonly ShellToken[]): CommandList => new Parser(tokens).parseProgram();
