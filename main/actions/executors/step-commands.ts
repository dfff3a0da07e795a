// Running an executor's commands with the step's timeout and AbortSignal. Exit status is not a
// success signal (FORMATS.md §0.2): a mutating command fails when it exits non-zero *or* its
// output carries a device error (`Failure [X]`, an exception envelope); either way the
// device's message becomes an ActionRefused with its guidance key.
import type { RunOptions } from '../../adb/device-session';
import type { ShellCommand } from '../../adb/shell-arguments';
import { parseShellError } from '../../reader/parsers/shell-error';
import type { ActionContext } from '../action-executor';
import { ActionRefused } from './action-refused';

export const runOptions = (context: ActionContext): RunOptions => ({
  ...(context.timeoutMs === undefined ? {} : { timeoutMs: context.timeoutMs }),
  ...(context.signal === undefined ? {} : { signal: context.signal }),
});

export interface StepOutput {
  readonly stdout: string;
  readonly exitCode: number;
}

/** Runs a command; a non-zero exit or a recognised device error throws ActionRefused. */
export const runStep = async (context: ActionContext, command: ShellCommand): Promise<string> => {
  const result = await context.session.run(command, runOptions(context));
  const stdout = result.stdout.trim();
  if (result.exitCode !== 0 || parseShellError(stdout) !== undefined) {
    throw new ActionRefused(`'${command.argv.join(' ')}'`, {
      deviceMessage: stdout.slice(-2000),
      exitCode: result.exitCode,
    });
  }
  return result.stdout;
};

/** Runs a command and returns what it printed and its status, interpreting nothing. */
export const tryStep = async (context: ActionContext, command: ShellCommand): Promise<StepOutput> =>
  context.session.run(command, runOptions(context));

/** Runs a read command; a non-zero exit throws ActionRefused (e.g. `No UID for X in user N`). */
export const readStep = async (context: ActionContext, command: ShellCommand): Promise<string> => {
  const result = await context.session.run(command, runOptions(context));
  if (result.exitCode !== 0) {
    throw new ActionRefused(`'${command.argv.join(' ')}'`, {
      deviceMessage: result.stdout.trim().slice(-2000),
      exitCode: result.exitCode,
    });
  }
  return result.stdout;
};
