// A tiny ShellExecutor for transport tests (the real Android shell lives elsewhere).
// Commands, split on spaces ('single quotes' group a word):
//   echo WORDS…        stdout WORDS + "\n"     err WORDS…       stderr WORDS + "\n"
//   exit N             status N                true / false     status 0 / 1
//   seq-bytes N        N bytes, byte i = i % 251 (a deterministic pattern to hash)
//   sleep MS           waits (aborts early when the stream closes)
//   pty                prints "pty" or "raw" then a two-line text
//   anything else      "/system/bin/sh: X: inaccessible or not found" on stderr, status 127
// `a; b` runs both; the status is the last one. Every command line is recorded.
import type { ShellExecutor, ShellIo } from '../../main/virtual-phone/shell-executor';

export interface EchoShell extends ShellExecutor {
  readonly commands: string[];
  /** Commands currently running (e.g. to await a `sleep` that started). */
  readonly running: Set<string>;
}

export const seqBytes = (count: number): Buffer => {
  const bytes = Buffer.allocUnsafe(count);
  for (let index = 0; index < count; index += 1) bytes[index] = index % 251;
  return bytes;
};

const SEQ_CHUNK = 256 * 1024;

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

const runOne = async (argv: string[], io: ShellIo): Promise<number> => {
  const [name = '', ...args] = argv;
  switch (name) {
    case '':
    case 'true':
      return 0;
    case 'false':
      return 1;
    case 'echo':
      io.stdout(`${args.join(' ')}\n`);
      return 0;
    case 'err':
      io.stderr(`${args.join(' ')}\n`);
      return 0;
    case 'exit':
      return Number(args[0] ?? 0);
    case 'seq-bytes': {
      const pattern = seqBytes(Number(args[0] ?? 0));
      for (let at = 0; at < pattern.length; at += SEQ_CHUNK) io.stdout(pattern.subarray(at, at + SEQ_CHUNK));
      return 0;
    }
    case 'sleep':
      await sleep(Number(args[0] ?? 0), io.signal);
      return io.signal.aborted ? 130 : 0;
    case 'pty':
      io.stdout(`${io.pty ? 'pty' : 'raw'}\nline two\n`);
      return 0;
    default:
      io.stderr(`/system/bin/sh: ${name}: inaccessible or not found\n`);
      return 127;
  }
};

/** Whitespace split with single-quoted words (`adb exec-out` quotes every argument). */
const tokenize = (line: string): string[] =>
  [...line.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');

export const createEchoShell = (): EchoShell => {
  const commands: string[] = [];
  const running = new Set<string>();
  return {
    commands,
    running,
    execute: async (commandLine, io) => {
      commands.push(commandLine);
      running.add(commandLine);
      try {
        let status = 0;
        for (const part of commandLine.split(';')) {
          status = await runOne(tokenize(part), io);
          if (io.signal.aborted) break;
        }
        return status;
      } finally {
        running.delete(commandLine);
      }
    },
  };
};
