// The shell's builtins and the toybox basics adb clients rely on: echo, true, false, `:`,
// exit, cd, pwd, export, unset, sleep, id, whoami, which (mksh funcs.c, toybox id.c/which.c).
import type { CommandContext, CommandTable } from '../commands/command';
import type { ShellInterpreter } from './interpreter';
import { ShellExit } from './interpreter';

const SHELL_GROUPS =
  '2000(shell),1004(input),1007(log),1011(adb),1015(sdcard_rw),1028(sdcard_r),1078(ext_data_rw),' +
  '1079(ext_obb_rw),3001(net_bt_admin),3002(net_bt),3003(inet),3006(net_bw_stats),3009(readproc),' +
  '3011(uhid),3012(readtracefs)';
const ROOT_GROUPS =
  '0(root),1004(input),1007(log),1011(adb),1015(sdcard_rw),1028(sdcard_r),3001(net_bt_admin),' +
  '3002(net_bt),3003(inet),3006(net_bw_stats),3009(readproc),3011(uhid)';

export const idLine = (runAs: 'shell' | 'root'): string =>
  runAs === 'root'
    ? `uid=0(root) gid=0(root) groups=${ROOT_GROUPS} context=u:r:su:s0`
    : `uid=2000(shell) gid=2000(shell) groups=${SHELL_GROUPS} context=u:r:shell:s0`;

const ECHO_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/**
 * mksh `echo` (funcs.c c_print, not in sh/posix mode): backslash escapes are interpreted by
 * default, `-E` turns them off, `-e` on, `-n` drops the newline; `\c` stops output.
 */
const echo = (context: CommandContext): number => {
  const args = context.argv.slice(1);
  let newline = true;
  let escapes = true;
  while (args[0] !== undefined && /^-[neE]+$/.test(args[0])) {
    const flags = args.shift() ?? '';
    for (const flag of flags.slice(1)) {
      if (flag === 'n') newline = false;
      else escapes = flag === 'e';
    }
  }
  let text = args.join(' ');
  if (escapes) {
    const stop = text.indexOf('\\c');
    if (stop >= 0) {
      text = text.slice(0, stop);
      newline = false;
    }
    text = text.replace(/\\(0[0-7]{0,3}|.)/g, (whole, code: string) =>
      code.startsWith('0') ? String.fromCharCode(parseInt(code, 8)) : (ECHO_ESCAPES[code] ?? whole),
    );
  }
  context.stdout(newline ? `${text}\n` : text);
  return 0;
};

/** toybox sleep: fractional seconds; an aborted stream ends it at once. */
const sleep = async (context: CommandContext): Promise<number> => {
  const seconds = Number(context.argv[1] ?? Number.NaN);
  if (!Number.isFinite(seconds) || seconds < 0) {
    context.stderr(`sleep: invalid number '${context.argv[1] ?? ''}'\n`);
    return 1;
  }
  await new Promise<void>((resolve) => {
    if (context.signal.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, seconds * 1000);
    function done(): void {
      clearTimeout(timer);
      context.signal.removeEventListener('abort', done);
      resolve();
    }
    context.signal.addEventListener('abort', done, { once: true });
  });
  return 0;
};

export const createBuiltins = (shell: ShellInterpreter): CommandTable => ({
  echo,
  sleep,
  true: () => 0,
  false: () => 1,
  ':': () => 0,
  exit: (context) => {
    const argument = context.argv[1];
    throw new ShellExit(argument === undefined ? shell.lastStatus : Number(argument) & 0xff);
  },
  cd: (context) => {
    const target = context.argv[1] ?? '/';
    const path = target.startsWith('/') ? target : `${shell.cwd.replace(/\/$/, '')}/${target}`;
    shell.cwd = path.length > 1 ? path.replace(/\/+$/, '') : path;
    return 0;
  },
  pwd: (context) => {
    context.stdout(`${shell.cwd}\n`);
    return 0;
  },
  export: (context) => {
    for (const argument of context.argv.slice(1)) {
      const equals = argument.indexOf('=');
      if (equals > 0) shell.vars.set(argument.slice(0, equals), argument.slice(equals + 1));
    }
    return 0;
  },
  unset: (context) => {
    for (const name of context.argv.slice(1)) shell.vars.delete(name);
    return 0;
  },
  id: (context) => {
    context.stdout(`${idLine(context.runAs)}\n`);
    return 0;
  },
  whoami: (context) => {
    context.stdout(`${context.runAs}\n`);
    return 0;
  },
  which: (context) => {
    let status = 0;
    for (const name of context.argv.slice(1)) {
      if (shell.has(name)) context.stdout(`/system/bin/${name}\n`);
      else status = 1;
    }
    return status;
  },
});
