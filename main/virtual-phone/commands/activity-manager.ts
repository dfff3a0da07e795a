// `am force-stop [--user N|all|current] PKG`, `am get-current-user` and `am start`
// (ActivityManagerShellCommand.runForceStop / runGetCurrentUser / runStartActivity).
import { amStart } from './am-start';
import type { VirtualCommand } from './command';
import { USER_ALL, USER_CURRENT, parseUserArg } from './shell-command-args';

export const amCommand: VirtualCommand = (context) => {
  const [, verb, ...rest] = context.argv;
  if (verb === 'get-current-user') {
    context.stdout('0\n');
    return 0;
  }
  if (verb === 'start' || verb === 'start-activity') return amStart(context, rest);
  if (verb !== 'force-stop') {
    context.stdout(`Unknown command: ${verb ?? ''}\n`);
    return 255;
  }
  let userId = USER_ALL;
  let name: string | undefined;
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? '';
    if (arg === '--user') {
      const user = parseUserArg(rest[(index += 1)]);
      if (user === undefined) {
        context.stderr(`Error: bad user '${rest[index] ?? ''}'\n`);
        return 255;
      }
      userId = user === USER_CURRENT ? 0 : user;
    } else {
      name = arg;
    }
  }
  const pkg = name === undefined ? undefined : context.state.packages.get(name);
  if (pkg === undefined) return 0;
  for (const [id, user] of Object.entries(pkg.users)) {
    if (userId === USER_ALL || Number(id) === userId) user.stopped = true;
  }
  return 0;
};
