// One CLI command: its name, a one-line summary for `--help`, its own usage text, and run().
// Commands parse their own options with node:util parseArgs and return an exit code.

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Aborted on SIGINT/SIGTERM; long-running commands (serve, virtual-phone) stop on it. */
  readonly signal: AbortSignal;
}

export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
