// The virtual phone's /system/bin/sh: the ShellExecutor the ADB transport calls once per
// `shell:`/`exec:` stream. Tokenize → parse → interpret against the PhoneState; syntax errors
// print like mksh (`/system/bin/sh: …`, exit 1). Output is LF, or CRLF when a PTY was asked for.
import type { PhoneState } from '../android/phone-state';
import type { CommandTable } from '../commands/command';
import { createCommandRegistry } from '../commands/registry';
import { createPhoneFileSystem } from '../phone-file-system';
import type { ShellExecutor, ShellIo } from '../shell-executor';
import { createBuiltins } from './builtins';
import { createFileTools, isRangeFiles, type RangeFiles } from './file-tools';
import type { ShellFiles, Sink } from './interpreter';
import { ShellInterpreter } from './interpreter';
import { parseTokens } from './parse';
import { createTestCommands } from './test-command';
import { createTextCommands } from './text-commands';
import { tokenize } from './tokenize';
import { ShellSyntaxError } from './tokens';

export interface AndroidShellOptions {
  readonly state: PhoneState;
  /** 'root' models `adb root` / su: hide, unhide and component changes become allowed. */
  readonly runAs?: 'shell' | 'root';
  /** Extra or replacement commands (tests, fault injection). */
  readonly commands?: CommandTable;
  /** Defaults to a PhoneFileSystem over `state`. */
  readonly files?: ShellFiles | RangeFiles;
}

export const SYNTAX_ERROR_STATUS = 1;

/** A PTY turns LF into CRLF for text; raw bytes (cat of a binary) pass as they are. */
const sinkFor =
  (write: (chunk: string | Uint8Array) => void, pty: boolean): Sink =>
  (chunk) => {
    write(pty && typeof chunk === 'string' ? chunk.replace(/\r?\n/g, '\r\n') : chunk);
  };

export const createAndroidShell = (options: AndroidShellOptions): ShellExecutor => {
  const runAs = options.runAs ?? 'shell';
  const files = options.files ?? createPhoneFileSystem({ state: options.state, runAs });
  const text = createTextCommands(files);
  const commands: CommandTable = {
    ...text,
    ...(isRangeFiles(files) ? createFileTools(files, text['tail']) : {}),
    ...createTestCommands(files),
    ...createCommandRegistry(options.commands),
  };
  return {
    async execute(commandLine: string, io: ShellIo): Promise<number> {
      const stdout = sinkFor(io.stdout, io.pty);
      const stderr = sinkFor(io.stderr, io.pty);
      let program;
      try {
        program = parseTokens(tokenize(commandLine));
      } catch (error) {
        if (!(error instanceof ShellSyntaxError)) throw error;
        stderr(`/system/bin/sh: ${error.message}\n`);
        return SYNTAX_ERROR_STATUS;
      }
      const interpreter = new ShellInterpreter({
        state: options.state,
        runAs,
        commands,
        builtins: createBuiltins,
        files,
        signal: io.signal,
        stdout,
        stderr,
      });
      return interpreter.runProgram(program);
    },
  };
};
