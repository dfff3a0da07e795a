// Argument reading as android.os.ShellCommand / BasicShellCommandHandler does it: options are
// taken only while the next argument starts with `-` (`--` ends them), then plain arguments.
// Also the Java exception a command body throws, which its dispatcher renders per version.

export class ShellArgs {
  readonly #args: readonly string[];
  #index = 0;

  constructor(args: readonly string[]) {
    this.#args = args;
  }

  /** getNextOption(): the next `-x` argument, or undefined at the first plain argument. */
  nextOption(): string | undefined {
    const arg = this.#args[this.#index];
    if (arg === undefined || !arg.startsWith('-') || arg === '-') return undefined;
    this.#index += 1;
    if (arg === '--') return undefined;
    return arg;
  }

  /** getNextArg(). */
  next(): string | undefined {
    const arg = this.#args[this.#index];
    if (arg !== undefined) this.#index += 1;
    return arg;
  }

  peek(): string | undefined {
    return this.#args[this.#index];
  }

  rest(): string[] {
    const rest = this.#args.slice(this.#index);
    this.#index = this.#args.length;
    return rest;
  }
}

/** A Java exception thrown by a simulated system service, rendered by formatShellCommandError. */
export class JavaException extends Error {
  override readonly name = 'JavaException';
  readonly javaClass: string;
  readonly frames: readonly string[];

  constructor(options: { javaClass: string; message: string; frames?: readonly string[] }) {
    super(options.message);
    this.javaClass = options.javaClass;
    this.frames = options.frames ?? [];
  }
}

export const securityException = (message: string, frames?: readonly string[]): JavaException =>
  new JavaException({ javaClass: 'java.lang.SecurityException', message, frames: frames ?? [] });

export const illegalArgument = (message: string, frames?: readonly string[]): JavaException =>
  new JavaException({ javaClass: 'java.lang.IllegalArgumentException', message, frames: frames ?? [] });

/** UserHandle constants accepted by `--user` (UserHandle.parseUserArg). */
export const USER_ALL = -1;
export const USER_CURRENT = -2;

/** UserHandle.parseUserArg: `all`, `current`/`cur`, or a number; undefined when malformed. */
export const parseUserArg = (text: string | undefined): number | undefined => {
  if (text === 'all') return USER_ALL;
  if (text === 'current' || text === 'cur') return USER_CURRENT;
  if (text === undefined || !/^-?\d+$/.test(text)) return undefined;
  return Number(text);
};
