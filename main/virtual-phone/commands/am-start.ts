// `am start [-W] [-S] [--user N|current] [-a ACTION] [-d URI] [-t TYPE] [-c CAT] [-n COMPONENT]
// [-p PKG] [-f FLAGS]` as ActivityManagerShellCommand.runStartActivity answers it: `Starting:
// Intent { … }` on stdout (printed before FLAG_ACTIVITY_NEW_TASK is added), failures on stderr
// (stdout with -W) and exit status 0 ("Error type 3" + "Error: Activity class {pkg/full.Cls} does not exist."
// for a missing component; "Error: Activity not started, unable to resolve Intent { … }" with
// flg=0x10000000 for an action nothing handles). Only Settings activities resolve (see
// settings-activities.ts). Each started activity is recorded in `state.startedActivities`.
import { phoneNow, sdkOf } from '../android/phone-state';
import type { CommandContext } from './command';
import { formatShellCommandError, shellCommandErrorStatus } from './shell-command-error';
import { ShellArgs, USER_ALL, USER_CURRENT, parseUserArg } from './shell-command-args';
import { settingsActionHandler, settingsComponent, shortClassName } from './settings-activities';

/** Intent.FLAG_ACTIVITY_NEW_TASK, added by runStartActivity after the `Starting:` line. */
const FLAG_ACTIVITY_NEW_TASK = 0x10000000;

interface ParsedIntent {
  action?: string;
  data?: string;
  type?: string;
  categories: string[];
  /** `pkg/cls` as given. */
  component?: string;
  package?: string;
  flags: number;
}

interface StartOptions {
  intent: ParsedIntent;
  userId: number;
  wait: boolean;
}

class UsageError extends Error {}

/** Intent.toShortString(secure, comp, extras): act, cat, dat, typ, flg, pkg, cmp. */
const describeIntent = (intent: ParsedIntent, flags: number): string => {
  const parts: string[] = [];
  if (intent.action !== undefined) parts.push(`act=${intent.action}`);
  if (intent.categories.length > 0) parts.push(`cat=[${intent.categories.join(',')}]`);
  if (intent.data !== undefined) parts.push(`dat=${intent.data}`);
  if (intent.type !== undefined) parts.push(`typ=${intent.type}`);
  if (flags !== 0) parts.push(`flg=0x${flags.toString(16)}`);
  if (intent.package !== undefined) parts.push(`pkg=${intent.package}`);
  if (intent.component !== undefined) {
    const [pkg = '', cls = ''] = intent.component.split('/');
    parts.push(`cmp=${pkg}/${shortClassName(pkg, fullClassName(pkg, cls))}`);
  }
  return `Intent { ${parts.join(' ')} }`;
};

const fullClassName = (pkg: string, cls: string): string => (cls.startsWith('.') ? `${pkg}${cls}` : cls);

const parseStart = (args: readonly string[]): StartOptions => {
  const reader = new ShellArgs(args);
  const intent: ParsedIntent = { categories: [], flags: 0 };
  let userId = USER_CURRENT;
  let wait = false;
  const value = (option: string): string => {
    const next = reader.next();
    if (next === undefined) throw new UsageError(`Argument expected after "${option}"`);
    return next;
  };
  for (let option = reader.nextOption(); option !== undefined; option = reader.nextOption()) {
    if (option === '-a') intent.action = value(option);
    else if (option === '-d') intent.data = value(option);
    else if (option === '-t') intent.type = value(option);
    else if (option === '-c') intent.categories.push(value(option));
    else if (option === '-n') intent.component = value(option);
    else if (option === '-p') intent.package = value(option);
    else if (option === '-f') intent.flags |= Number(value(option)) || 0;
    else if (option === '-W') wait = true;
    else if (option === '-S') continue;
    else if (option === '--user') {
      const user = parseUserArg(value(option));
      if (user === undefined) throw new UsageError(`Bad user number: ${reader.peek() ?? ''}`);
      userId = user;
    } else throw new UsageError(`Unknown option: ${option}`);
  }
  const rest = reader.next();
  if (rest !== undefined) {
    if (rest.includes(':')) intent.data = rest;
    else if (rest.includes('/')) intent.component = rest;
    else intent.package = rest;
  }
  const given = [intent.action, intent.data, intent.type, intent.component, intent.package];
  if (given.every((entry) => entry === undefined) && intent.categories.length === 0) {
    throw new UsageError('No intent supplied');
  }
  return { intent, userId, wait };
};

const resolve = (context: CommandContext, intent: ParsedIntent): string | undefined => {
  if (intent.component !== undefined) {
    const [pkg = '', cls = ''] = intent.component.split('/');
    return settingsComponent(context.state, pkg, fullClassName(pkg, cls));
  }
  return intent.action === undefined ? undefined : settingsActionHandler(context.state, intent.action);
};

export const amStart = (context: CommandContext, args: readonly string[]): number => {
  const sdk = sdkOf(context.state);
  let options: StartOptions;
  try {
    options = parseStart(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    context.stderr(
      formatShellCommandError({
        sdk,
        verb: 'start',
        exception: 'java.lang.IllegalArgumentException',
        message: error.message,
        frames: ['android.content.Intent.parseCommandArgs(Intent.java:11424)'],
        serviceFrames: [
          'com.android.server.am.ActivityManagerService.onShellCommand(ActivityManagerService.java:9834)',
          'android.os.Binder.shellCommand(Binder.java:1092)',
        ],
      }),
    );
    return shellCommandErrorStatus(sdk);
  }
  const { intent, userId } = options;
  if (userId === USER_ALL) {
    context.stderr("Error: Can't start service with user 'all'\n");
    return 1;
  }
  const printed = describeIntent(intent, intent.flags);
  context.stdout(`Starting: ${printed}\n`);
  const component = resolve(context, intent);
  if (component === undefined) {
    // Results go to stderr, or to stdout with -W (`mWaitOption ? pw : getErrPrintWriter()`).
    const out = options.wait ? context.stdout : context.stderr;
    if (intent.component !== undefined) {
      const [pkg = '', cls = ''] = intent.component.split('/');
      out(`Error type 3\nError: Activity class {${pkg}/${fullClassName(pkg, cls)}} does not exist.\n`);
    } else {
      const launched = describeIntent(intent, intent.flags | FLAG_ACTIVITY_NEW_TASK);
      out(`Error: Activity not started, unable to resolve ${launched}\n`);
    }
    return 0;
  }
  (context.state.startedActivities ??= []).push({
    intent: printed,
    ...(intent.action === undefined ? {} : { action: intent.action }),
    ...(intent.data === undefined ? {} : { data: intent.data }),
    component,
    userId: userId === USER_CURRENT ? 0 : userId,
    time: phoneNow(context.state),
  });
  if (options.wait) {
    context.stdout(
      `Status: ok\nLaunchState: COLD\nActivity: ${component}\nTotalTime: 412\nWaitTime: 418\nComplete\n`,
    );
  }
  return 0;
};
