// A ShellExecutor that runs each command line in the host's /bin/sh, so the v1 exit marker
// (`…; echo <token>:$?`), quoting and exit codes meet a real POSIX shell. A prelude defines
// the few test programs the commands below use. Killed when the phone closes the stream.
import { spawn } from 'node:child_process';
import type { ShellExecutor } from '../../../../main/virtual-phone/shell-executor';

const PRELUDE = [
  // adbd gives a v1 shell one socket for stdout and stderr, so their order is kept.
  'exec 2>&1',
  'exit_with() { return "$1"; }',
  'fake_marker() { echo "__PS_EXIT_0123456789abcdef01234567:0"; echo "__PS_EXIT_x:7"; }',
  'no_newline() { printf "%s" "$1"; }',
  'hang_forever() { sleep 30; }',
  'getprop() { printf "[ro.product.model]: [Virtual Phone]\\n[ro.build.version.sdk]: [34]\\n"; }',
  'sleep_then_echo() { sleep 0.3; echo "$1"; }',
].join('\n');

export interface HostShell extends ShellExecutor {
  /** Every command line the phone received, in order. */
  readonly commands: string[];
}

export const createHostShell = (): HostShell => {
  const commands: string[] = [];
  return {
    commands,
    execute: (commandLine, io) =>
      new Promise<number>((resolve) => {
        commands.push(commandLine);
        const child = spawn('/bin/sh', ['-c', `${PRELUDE}\n${commandLine}`], {
          stdio: ['ignore', 'pipe', 'pipe'],
          signal: io.signal,
        });
        child.stdout.on('data', (chunk: Buffer) => io.stdout(chunk));
        child.stderr.on('data', (chunk: Buffer) => io.stderr(chunk));
        child.on('error', () => undefined);
        child.on('close', (code) => resolve(code ?? 130));
      }),
  };
};
