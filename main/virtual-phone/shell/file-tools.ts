// toybox stat, dd and `tail -c` over the phone's files, byte-exact and with toybox's messages
// (toybox stat.c, dd.c, tail.c): `stat -c FORMAT` (%s size, %n name), `dd if= bs= skip= count=`
// to stdout with its record report on stderr, `tail -c N` / `tail -c +N`. Reads go through
// `readRange` so a large APK is never held whole. Other forms fall back to the text tools.
import type { CommandContext, CommandTable, VirtualCommand } from '../commands/command';
import type { ShellFiles } from './shell-streams';

/** Files that can also be read by range (PhoneFileSystem). */
export interface RangeFiles extends ShellFiles {
  sizeOf(path: string): number | undefined;
  readRange(path: string, offset: number, length: number): Uint8Array | undefined;
}

export const isRangeFiles = (files: ShellFiles): files is RangeFiles =>
  'readRange' in files && 'sizeOf' in files;

const NO_FILE = 'No such file or directory';

const write = (context: CommandContext, bytes: Uint8Array): void => {
  if (context.writeBytes) context.writeBytes(bytes);
  else context.stdout(Buffer.from(bytes).toString('latin1'));
};

const stat =
  (files: RangeFiles): VirtualCommand =>
  (context) => {
    const args = context.argv.slice(1);
    const formatAt = args.indexOf('-c');
    const format = formatAt >= 0 ? args[formatAt + 1] : undefined;
    const names = args.filter((_, index) => formatAt < 0 || (index !== formatAt && index !== formatAt + 1));
    if (format === undefined || names.length === 0) {
      context.stderr('stat: Needs 1 argument\n');
      return 1;
    }
    let status = 0;
    for (const name of names) {
      const size = files.sizeOf(name);
      if (size === undefined) {
        context.stderr(`stat: '${name}': ${NO_FILE}\n`);
        status = 1;
        continue;
      }
      context.stdout(
        `${format.replace(/%([sn%])/g, (_, code: string) => (code === 's' ? String(size) : code === 'n' ? name : '%'))}\n`,
      );
    }
    return status;
  };

/** toybox human_readable(HR_SPACE|HR_B): 4096 → "4.0 K", 512 → "512 B". */
const human = (bytes: number): string => {
  const units = ['B', 'K', 'M', 'G'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
};

const dd =
  (files: RangeFiles): VirtualCommand =>
  (context) => {
    const operands = new Map<string, string>();
    for (const operand of context.argv.slice(1)) {
      const equals = operand.indexOf('=');
      const key = operand.slice(0, equals);
      if (equals <= 0 || !['if', 'bs', 'skip', 'count', 'status'].includes(key)) {
        context.stderr(`dd: bad arg ${operand}\n`);
        return 1;
      }
      operands.set(key, operand.slice(equals + 1));
    }
    const number = (key: string, fallback: number): number => {
      const text = operands.get(key);
      return text === undefined ? fallback : /^\d+$/.test(text) ? Number(text) : Number.NaN;
    };
    const bs = number('bs', 512);
    const skip = number('skip', 0);
    const count = number('count', Number.POSITIVE_INFINITY);
    const bad = [
      ['bs', bs],
      ['skip', skip],
      ['count', count],
    ].find(([, value]) => Number.isNaN(value));
    if (bad !== undefined) {
      context.stderr(`dd: bad ${operands.get(String(bad[0])) ?? ''}\n`);
      return 1;
    }
    const input = operands.get('if');
    const size = input === undefined ? undefined : files.sizeOf(input);
    if (input === undefined || size === undefined) {
      context.stderr(`dd: ${input ?? 'stdin'}: ${NO_FILE}\n`);
      return 1;
    }
    const start = Math.min(size, skip * bs);
    const length = Math.max(0, Math.min(size - start, count * bs));
    const bytes = files.readRange(input, start, length) ?? new Uint8Array();
    write(context, bytes);
    const full = Math.floor(bytes.length / bs);
    const part = bytes.length % bs === 0 ? 0 : 1;
    const status = operands.get('status');
    if (status !== 'none') context.stderr(`${full}+${part} records in\n${full}+${part} records out\n`);
    if (status === undefined)
      context.stderr(
        `${bytes.length} bytes (${human(bytes.length)}) copied, 0.001 s, ${human(bytes.length * 1000)}/s\n`,
      );
    return 0;
  };

const tailBytes =
  (files: RangeFiles, fallback: VirtualCommand | undefined): VirtualCommand =>
  (context) => {
    const args = context.argv.slice(1);
    if (args[0] !== '-c' || args[1] === undefined) {
      return fallback === undefined ? 1 : fallback(context);
    }
    const spec = args[1];
    const names = args.slice(2);
    let status = 0;
    for (const name of names) {
      const size = files.sizeOf(name);
      if (size === undefined) {
        context.stderr(`tail: ${name}: ${NO_FILE}\n`);
        status = 1;
        continue;
      }
      const count = Number(spec.replace(/^[+-]/, ''));
      const start = spec.startsWith('+') ? Math.min(size, Math.max(0, count - 1)) : Math.max(0, size - count);
      write(context, files.readRange(name, start, size - start) ?? new Uint8Array());
    }
    return status;
  };

export const createFileTools = (files: RangeFiles, textTail?: VirtualCommand): CommandTable => ({
  stat: stat(files),
  dd: dd(files),
  tail: tailBytes(files, textTail),
});
