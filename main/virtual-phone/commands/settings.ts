// `settings get|put|delete|list [--user N] global|secure|system …`
// (frameworks/base packages/SettingsProvider SettingsService.java, MyShellCommand).
import type { PhoneState } from '../android/phone-state';
import type { VirtualCommand } from './command';
import { USER_CURRENT, parseUserArg } from './shell-command-args';

const NAMESPACES = ['global', 'secure', 'system'] as const;
type Namespace = (typeof NAMESPACES)[number];

const isNamespace = (value: string | undefined): value is Namespace =>
  value !== undefined && (NAMESPACES as readonly string[]).includes(value);

/** The table one namespace/user pair reads and writes; created on first write. */
export const settingsTable = (
  state: PhoneState,
  namespace: Namespace,
  userId: number,
): Map<string, string> => {
  if (namespace === 'global') return state.settings.global;
  const perUser = state.settings[namespace];
  let table = perUser.get(userId);
  if (table === undefined) {
    table = new Map();
    perUser.set(userId, table);
  }
  return table;
};

const VERBS = ['get', 'put', 'delete', 'list', 'reset'] as const;

export const settingsCommand: VirtualCommand = (context) => {
  const args = context.argv.slice(1);
  let userId = 0;
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--user') {
      const user = parseUserArg(args[(index += 1)]);
      if (user === undefined) {
        context.stderr('Bad arguments\n');
        return 255;
      }
      userId = user === USER_CURRENT ? 0 : user;
    } else if (positional.length === 0 && arg.startsWith('-')) {
      continue;
    } else {
      positional.push(arg);
    }
  }
  const [verb, namespace, key, value] = positional;
  const verbOk = verb !== undefined && (VERBS as readonly string[]).includes(verb);
  const needsKey = verb === 'get' || verb === 'put' || verb === 'delete';
  if (
    !verbOk ||
    !isNamespace(namespace) ||
    (needsKey && key === undefined) ||
    (verb === 'put' && value === undefined)
  ) {
    context.stderr('Bad arguments\n');
    return 255;
  }
  const table = settingsTable(context.state, namespace, userId);
  switch (verb) {
    case 'get':
      context.stdout(`${table.get(key ?? '') ?? 'null'}\n`);
      return 0;
    case 'put':
      table.set(key ?? '', value ?? '');
      return 0;
    case 'delete': {
      const deleted = table.delete(key ?? '') ? 1 : 0;
      context.stdout(`Deleted ${deleted} rows\n`);
      return 0;
    }
    case 'list': {
      const lines = [...table.entries()].map(([name, text]) => `${name}=${text}`).sort();
      context.stdout(lines.map((line) => `${line}\n`).join(''));
      return 0;
    }
    default:
      return 0;
  }
};
