// A CliIo for running CLI commands in tests: records the lines a command prints.
import type { CliIo } from '../../main/cli/command';

export interface RecordedCliIo {
  readonly out: string[];
  readonly err: string[];
  readonly io: CliIo;
}

/** `signal` stops long-running commands (serve, virtual-phone); never aborted by default. */
export const recordCliIo = (signal: AbortSignal = new AbortController().signal): RecordedCliIo => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (line) => out.push(line), err: (line) => err.push(line), signal },
  };
};
