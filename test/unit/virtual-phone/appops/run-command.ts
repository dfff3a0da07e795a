// Runs one virtual-phone command table entry against a state, capturing its output.
import type { PhoneState } from '../../../../main/virtual-phone/android/phone-state';
import type { CommandTable } from '../../../../main/virtual-phone/commands/command';

export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export const runCommand = async (
  table: CommandTable,
  options: { state: PhoneState; argv: readonly string[]; runAs?: 'shell' | 'root' },
): Promise<CommandResult> => {
  const name = options.argv[0] ?? '';
  const command = table[name];
  if (command === undefined) throw new Error(`no command ${name}`);
  let stdout = '';
  let stderr = '';
  const code = await command({
    state: options.state,
    argv: options.argv,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    signal: new AbortController().signal,
    runAs: options.runAs ?? 'shell',
    run: () => Promise.resolve(127),
  });
  return { stdout, stderr, code };
};
