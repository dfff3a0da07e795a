// The `appops` shell command (and `cmd appops`): get / set / reset / query-op, as
// AppOpsService.onShellCommand implements them. Errors of argument parsing go to stderr with
// status 255; Java exceptions use the per-version envelope.
import type { CommandContext } from '../commands/command';
import { shellCommandErrorStatus } from '../commands/shell-command-error';
import { phoneNow, sdkOf } from '../android/phone-state';
import { parseMode, parseOp, parsePackageOp } from './appops-args';
import { badOperationError, manageAppOpsModesError } from './appops-errors';
import { formatAppOpsGet, formatAppOpsQuery } from './appops-get';
import { resetModes, setPackageMode, setUidMode } from './appops-mutate';

const FAILURE = 255;

const HELP = [
  'AppOps service (appops) commands:',
  '  help',
  '    Print this help text.',
  '  set [--user <USER_ID>] <[--uid] PACKAGE | UID> <OP> <MODE>',
  '    Set the mode for a particular application and operation.',
  '  get [--user <USER_ID>] [--attribution <ATTRIBUTION_TAG>] <PACKAGE | UID> [<OP>]',
  '    Return the mode for a particular application and optional operation.',
  '  query-op [--user <USER_ID>] <OP> [<MODE>]',
  '    Print all packages that currently have the given op in the given mode.',
  '  reset [--user <USER_ID>] [<PACKAGE>]',
  '    Reset the given application or all applications to default modes.',
  '',
].join('\n');

const refused = (context: CommandContext, verb: string): boolean => {
  if (context.state.quirks.appOpsChangeRefused !== true || context.runAs === 'root') return false;
  const sdk = sdkOf(context.state);
  context.stderr(manageAppOpsModesError({ sdk, verb }));
  return true;
};

const runSet = (context: CommandContext, args: readonly string[]): number => {
  const { state } = context;
  const sdk = sdkOf(state);
  const parsed = parsePackageOp(state, { args, requireOp: true, sdk });
  if (!parsed.ok) return (context.stderr(`${parsed.error}\n`), FAILURE);
  const { op, rest } = parsed.value;
  const modeText = rest[0];
  if (modeText === undefined) return (context.stderr('Error: Mode not specified.\n'), FAILURE);
  const mode = parseMode(modeText);
  if (!mode.ok) return (context.stderr(`${mode.error}\n`), FAILURE);
  if (op === undefined) return FAILURE;
  if (refused(context, 'set')) return shellCommandErrorStatus(sdk);
  if (op.badCode !== undefined) {
    context.stderr(badOperationError({ sdk, code: op.badCode }));
    return shellCommandErrorStatus(sdk);
  }
  const { packageName, uid, userId, targetsUid } = parsed.value;
  if (packageName !== undefined && !targetsUid) {
    setPackageMode(state, { packageName, userId, op: op.name, mode: mode.value });
  } else if (packageName !== undefined) {
    const appId = state.packages.get(packageName)?.appId ?? 0;
    setUidMode(state, { uid: userId * 100_000 + appId, op: op.name, mode: mode.value });
  } else {
    setUidMode(state, { uid: uid ?? 0, op: op.name, mode: mode.value });
  }
  return 0;
};

const runReset = (context: CommandContext, args: readonly string[]): number => {
  let userId = 0;
  let packageName: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--user') {
      const value = args[++i];
      userId = value === 'all' ? -1 : Number(value ?? 0);
    } else if (packageName === undefined) packageName = arg;
    else return (context.stderr(`Error: Unsupported argument: ${arg}\n`), FAILURE);
  }
  if (refused(context, 'reset')) return shellCommandErrorStatus(sdkOf(context.state));
  resetModes(context.state, packageName === undefined ? { userId } : { userId, packageName });
  const who = userId === -1 ? 'all users' : `user ${userId}`;
  context.stdout(
    `Reset all modes for: ${who}, ${packageName === undefined ? 'all packages' : `package ${packageName}`}\n`,
  );
  return 0;
};

const runQuery = (context: CommandContext, args: readonly string[]): number => {
  const positional = args.filter((arg, i) => arg !== '--user' && args[i - 1] !== '--user');
  const opText = positional[0];
  if (opText === undefined) return (context.stderr('Error: Operation not specified.\n'), FAILURE);
  const op = parseOp(opText, sdkOf(context.state));
  if (!op.ok) return (context.stderr(`${op.error}\n`), FAILURE);
  const mode = parseMode(positional[1] ?? 'ignore');
  if (!mode.ok) return (context.stderr(`${mode.error}\n`), FAILURE);
  context.stdout(formatAppOpsQuery(context.state, { op: op.value.name, mode: mode.value }));
  return 0;
};

const runGet = (context: CommandContext, args: readonly string[]): number => {
  const { state } = context;
  const sdk = sdkOf(state);
  const parsed = parsePackageOp(state, { args, requireOp: false, sdk });
  if (!parsed.ok) return (context.stderr(`${parsed.error}\n`), FAILURE);
  context.stdout(formatAppOpsGet(state, { args: parsed.value, now: phoneNow(state), sdk }));
  return 0;
};

/** `appops <verb> …` (argv[0] is `appops`). */
export const appOpsCommand = (context: CommandContext): number => {
  const [, verb, ...args] = context.argv;
  switch (verb) {
    case 'get':
      return runGet(context, args);
    case 'set':
      return runSet(context, args);
    case 'reset':
      return runReset(context, args);
    case 'query-op':
      return runQuery(context, args);
    case undefined:
    case 'help':
    case '-h':
      context.stdout(HELP);
      return 0;
    default:
      context.stdout(`Unknown command: ${verb}\n`);
      return FAILURE;
  }
};
