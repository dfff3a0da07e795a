// Runs a parsed command list the way mksh does: `;`/`&&`/`||`, `$?`, pipelines (stdout of one
// command is the stdin of the next), redirections to /dev/null, files and other fds, loops.
// Commands come from a table (pm, dumpsys …) plus the shell's own builtins.
import type { PhoneState } from '../android/phone-state';
import type { CommandContext, CommandTable } from '../commands/command';
import { expandToString, expandWord } from './expand';
import type { AndOr, Command, CommandList, Pipeline, SimpleCommand } from './parse';
import { parseTokens } from './parse';
import { tokenize } from './tokenize';
import type { WordPart } from './tokens';
import { ShellSyntaxError } from './tokens';
import { applyRedirections } from './redirections';
import type { ShellFiles, Sink, Streams } from './shell-streams';

export type { ShellFiles, Sink, Streams } from './shell-streams';

export interface InterpreterOptions {
  readonly state: PhoneState;
  readonly runAs: 'shell' | 'root';
  readonly commands: CommandTable;
  /** Builtins that need the shell itself (cd, exit …); they shadow `commands`. */
  readonly builtins?: (shell: ShellInterpreter) => CommandTable;
  readonly files: ShellFiles;
  readonly signal: AbortSignal;
  readonly stdout: Sink;
  readonly stderr: Sink;
}

/** Thrown (internally) by `exit N` to unwind to the top of the command line. */
export class ShellExit extends Error {
  override readonly name = 'ShellExit';
  readonly status: number;
  constructor(status: number) {
    super(`exit ${status}`);
    this.status = status;
  }
}

/** mksh's text for a command it cannot find (Android builds). */
export const notFoundMessage = (name: string): string =>
  `/system/bin/sh: ${name}: inaccessible or not found\n`;
export const NOT_FOUND_STATUS = 127;
const ABORTED_STATUS = 130;
const SEARCH_PATH = [
  '/system/bin/',
  '/system/xbin/',
  '/vendor/bin/',
  '/product/bin/',
  '/apex/com.android.runtime/bin/',
];

const EMPTY = new Uint8Array();
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class ShellInterpreter {
  lastStatus = 0;
  readonly vars = new Map<string, string>();
  cwd = '/';
  readonly pid = 4000 + Math.floor(Math.random() * 20_000);
  readonly options: InterpreterOptions;
  readonly #table: CommandTable;

  constructor(options: InterpreterOptions) {
    this.options = options;
    this.#table = { ...options.commands, ...options.builtins?.(this) };
    this.vars.set('PATH', SEARCH_PATH.map((dir) => dir.slice(0, -1)).join(':'));
    this.vars.set('HOME', '/');
    this.vars.set('USER', options.runAs);
  }

  /** Runs the list; `exit` and abort end it early. Resolves with the last status. */
  async runProgram(list: CommandList): Promise<number> {
    try {
      await this.runList(list, { stdout: this.options.stdout, stderr: this.options.stderr, stdin: EMPTY });
    } catch (error) {
      if (error instanceof ShellExit) return error.status;
      throw error;
    }
    return this.options.signal.aborted ? ABORTED_STATUS : this.lastStatus;
  }

  async runList(list: CommandList, streams: Streams): Promise<number> {
    for (const andOr of list) {
      if (this.options.signal.aborted) return ABORTED_STATUS;
      await this.#runAndOr(andOr, streams);
    }
    return this.lastStatus;
  }

  async #runAndOr(andOr: AndOr, streams: Streams): Promise<void> {
    this.lastStatus = await this.#runPipeline(andOr.first, streams);
    for (const { operator, pipeline } of andOr.rest) {
      if (this.options.signal.aborted) return;
      const run = operator === '&&' ? this.lastStatus === 0 : this.lastStatus !== 0;
      if (run) this.lastStatus = await this.#runPipeline(pipeline, streams);
    }
  }

  async #runPipeline(pipeline: Pipeline, streams: Streams): Promise<number> {
    let stdin = streams.stdin;
    let status = 0;
    const last = pipeline.commands.length - 1;
    for (const [index, command] of pipeline.commands.entries()) {
      if (index === last) {
        status = await this.#runCommand(command, { ...streams, stdin });
      } else {
        const captured: Uint8Array[] = [];
        status = await this.#runCommand(command, {
          ...streams,
          stdin,
          stdout: (text) => {
            captured.push(typeof text === 'string' ? encoder.encode(text) : text);
          },
        });
        stdin = Buffer.concat(captured);
      }
    }
    return status;
  }

  async #runCommand(command: Command, streams: Streams): Promise<number> {
    if (command.kind === 'simple') return this.#runSimple(command, streams);
    if (command.kind === 'if') {
      await this.runList(command.condition, streams);
      if (this.lastStatus === 0) return this.runList(command.then, streams);
      return command.otherwise ? this.runList(command.otherwise, streams) : 0;
    }
    let status = 0;
    for (;;) {
      if (this.options.signal.aborted) return ABORTED_STATUS;
      await this.runList(command.condition, streams);
      const passed = command.until ? this.lastStatus !== 0 : this.lastStatus === 0;
      if (!passed) return status;
      status = await this.runList(command.body, streams);
      // Let timers, I/O and abort signals through between iterations of a busy loop.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Runs every `$(…)` in the command first (mksh runs them left to right, in a subshell). */
  async #substitute(command: SimpleCommand, outer: Streams): Promise<Map<WordPart, string>> {
    const substitutions = new Map<WordPart, string>();
    const words = [
      ...command.assignments.map((assignment) => assignment.value),
      ...command.words,
      ...command.redirections.map((redirection) => redirection.target),
    ];
    for (const part of words.flatMap((word) => word.parts)) {
      if (part.kind !== 'command') continue;
      let captured = '';
      try {
        const list = parseTokens(tokenize(part.source));
        const capture: Sink = (text) => {
          captured += typeof text === 'string' ? text : decoder.decode(text);
        };
        await this.runList(list, { ...outer, stdin: EMPTY, stdout: capture });
      } catch (error) {
        if (!(error instanceof ShellSyntaxError)) throw error;
        outer.stderr(`/system/bin/sh: ${error.message}\n`);
        this.lastStatus = 1;
      }
      substitutions.set(part, captured.replace(/\n+$/, ''));
    }
    return substitutions;
  }

  async #runSimple(command: SimpleCommand, outer: Streams): Promise<number> {
    const hasCommands = [...command.words, ...command.assignments.map((entry) => entry.value)].some((word) =>
      word.parts.some((part) => part.kind === 'command'),
    );
    const substitutions = hasCommands ? await this.#substitute(command, outer) : undefined;
    const variables = {
      lastStatus: this.lastStatus,
      pid: this.pid,
      vars: this.vars,
      ...(substitutions ? { substitutions } : {}),
    };
    const argv = command.words.flatMap((word) => expandWord(word, variables));
    const streams = applyRedirections({
      redirections: command.redirections,
      streams: outer,
      variables,
      files: this.options.files,
      cwd: this.cwd,
    });
    if (typeof streams === 'string') {
      outer.stderr(streams);
      return 1;
    }
    if (argv.length === 0) {
      for (const { name, value } of command.assignments)
        this.vars.set(name, expandToString(value, variables));
      return 0;
    }
    return this.runArgv(argv, streams);
  }

  /** Runs one command by name with the given streams (also used by `CommandContext.run`). */
  async runArgv(argv: readonly string[], streams: Streams): Promise<number> {
    const [name] = argv;
    if (name === undefined) return 0;
    const implementation = this.#lookup(name);
    if (implementation === undefined) {
      streams.stderr(notFoundMessage(name));
      return NOT_FOUND_STATUS;
    }
    const context: CommandContext = {
      state: this.options.state,
      argv: [name.slice(name.lastIndexOf('/') + 1), ...argv.slice(1)],
      stdout: streams.stdout,
      stderr: streams.stderr,
      writeBytes: streams.stdout,
      get stdin() {
        return decoder.decode(streams.stdin);
      },
      stdinBytes: streams.stdin,
      signal: this.options.signal,
      runAs: this.options.runAs,
      run: (nested) => this.runArgv(nested, streams),
    };
    try {
      return await implementation(context);
    } catch (error) {
      if (error instanceof ShellExit) throw error;
      streams.stderr(`/system/bin/sh: ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }

  /** True when `name` (a bare command name) is a builtin or a known command (`which`). */
  has(name: string): boolean {
    return Object.hasOwn(this.#table, name);
  }

  #lookup(name: string): CommandTable[string] | undefined {
    const commands = this.#table;
    if (!name.includes('/')) return Object.hasOwn(commands, name) ? commands[name] : undefined;
    const directory = SEARCH_PATH.find(
      (dir) => name.startsWith(dir) && !name.slice(dir.length).includes('/'),
    );
    const base = directory === undefined ? undefined : name.slice(directory.length);
    return base !== undefined && Object.hasOwn(commands, base) ? commands[base] : undefined;
  }
}
