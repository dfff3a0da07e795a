// One shell command of the virtual phone (pm, dumpsys, settings …): argv in, exit code out.
// The shell interpreter has already split, unquoted and redirected; a command only writes.
import type { PhoneState } from '../android/phone-state';

export interface CommandContext {
  readonly state: PhoneState;
  /** argv[0] is the command name. */
  readonly argv: readonly string[];
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly signal: AbortSignal;
  /** uid the shell runs as: 'shell' (2000) normally, 'root' after su / adb root. */
  readonly runAs: 'shell' | 'root';
  /** Runs another command line in the same shell (e.g. `cmd package …` → pm). */
  readonly run: (argv: readonly string[]) => Promise<number>;
  /** Standard input: the previous command's output in a pipeline or a `<` file ('' otherwise). */
  readonly stdin?: string;
  /** The same standard input as raw bytes (binary-safe pipes). */
  readonly stdinBytes?: Uint8Array;
  /** Writes raw bytes to standard output (binary-safe `cat` of an APK). */
  readonly writeBytes?: (bytes: Uint8Array) => void;
}

export type VirtualCommand = (context: CommandContext) => Promise<number> | number;

/** Command name → implementation. The shell merges several tables into its registry. */
export type CommandTable = Readonly<Record<string, VirtualCommand>>;
