// Reads one app op of one package with `appops get --user N <pkg> <OP>` (AppOpsService.Shell
// "get"): the package mode and, when set, the uid mode (`Uid mode: OP: mode`). `No operations.`
// means nothing is recorded: the op is at its default (FORMATS.md §4.1); Android 13+ then adds
// `Default mode: <mode>` (AppOpsService.Shell "get" prints AppOpsManager.opToDefaultMode), which
// is the mode an undo writes to make AppOpsService.setMode prune the op again.
import { arg, shellCommand } from '../../adb/shell-arguments';
import { parseAppOpsGet } from '../../reader/parsers/appops-get';
import type { ActionContext } from '../action-executor';
import { readStep } from './step-commands';

export interface AppOpView {
  /**
   * Package mode; when nothing is recorded, the op's default mode if the phone printed it
   * (13+), else `default`.
   */
  readonly mode: string;
  /** Uid mode when one is set. */
  readonly uidMode?: string;
  /** The op's default mode, when the phone printed it (13+, only with nothing recorded). */
  readonly defaultMode?: string;
}

/** `appops get` prints op names without `android:` (CAMERA, COARSE_LOCATION …). */
export const opDebugName = (op: string): string =>
  op.startsWith('android:') ? op.slice('android:'.length).toUpperCase() : op;

export const appOpsGetCommand = (target: { packageName: string; userId: number; op: string }) =>
  shellCommand(
    'appops',
    'get',
    '--user',
    arg.user(target.userId),
    arg.package(target.packageName),
    arg.appOp(target.op),
  );

const DEFAULT_MODE = /^Default mode: (\S+)\s*$/m;

export const readAppOp = async (
  context: ActionContext,
  target: { readonly packageName: string; readonly userId: number; readonly op: string },
): Promise<AppOpView> => {
  const text = await readStep(context, appOpsGetCommand(target));
  const name = opDebugName(target.op);
  const defaultMode = DEFAULT_MODE.exec(text)?.[1];
  const ops = parseAppOpsGet(text.replace(DEFAULT_MODE, '')).value.ops.filter((entry) => entry.op === name);
  const packageEntry = ops.find((entry) => entry.uidMode !== true);
  const uidEntry = ops.find((entry) => entry.uidMode === true);
  return {
    mode: packageEntry?.mode ?? defaultMode ?? 'default',
    ...(uidEntry === undefined ? {} : { uidMode: uidEntry.mode }),
    ...(defaultMode === undefined ? {} : { defaultMode }),
  };
};

export interface RecordedOp {
  readonly op: string;
  readonly mode: string;
  /** A uid mode (`Uid mode:` line) rather than the package's. */
  readonly uidMode: boolean;
}

/** Every op `appops get --user N <pkg>` lists for the package (package and uid modes). */
export const readAppOps = async (
  context: ActionContext,
  target: { readonly packageName: string; readonly userId: number },
): Promise<RecordedOp[]> => {
  const command = shellCommand(
    'appops',
    'get',
    '--user',
    arg.user(target.userId),
    arg.package(target.packageName),
  );
  return parseAppOpsGet(await readStep(context, command)).value.ops.map((entry) => ({
    op: entry.op,
    mode: entry.mode,
    uidMode: entry.uidMode === true,
  }));
};
