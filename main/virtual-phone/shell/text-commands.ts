// Minimal toybox text tools for pipelines: cat, grep, head, tail, wc (toybox cat.c, grep.c,
// head.c, tail.c, wc.c). They read stdin, or files through ShellFiles.
import type { CommandContext, CommandTable } from '../commands/command';
import type { ShellFiles } from './interpreter';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

const splitLines = (text: string): string[] => {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
};

/** Reads the named files (or stdin when none) as bytes; reports missing files like toybox. */
const readInputBytes = (
  context: CommandContext,
  files: ShellFiles,
  names: readonly string[],
): { bytes: Uint8Array; ok: boolean } => {
  const stdin = context.stdinBytes ?? encoder.encode(context.stdin ?? '');
  if (names.length === 0) return { bytes: stdin, ok: true };
  const parts: Uint8Array[] = [];
  let ok = true;
  for (const name of names) {
    const data = name === '-' ? stdin : files.readFile(name);
    if (data === undefined) {
      context.stderr(`${context.argv[0] ?? ''}: ${name}: No such file or directory\n`);
      ok = false;
    } else {
      parts.push(data);
    }
  }
  return { bytes: parts.length === 1 ? (parts[0] ?? new Uint8Array()) : Buffer.concat(parts), ok };
};

const readInputs = (
  context: CommandContext,
  files: ShellFiles,
  names: readonly string[],
): { text: string; ok: boolean } => {
  const { bytes, ok } = readInputBytes(context, files, names);
  return { text: decoder.decode(bytes), ok };
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Basic regular expressions: `\|`, `\(`, `\)`, `\{`, `\}`, `\+`, `\?` become ERE operators. */
const basicToExtended = (pattern: string): string =>
  pattern.replace(
    /\\([|(){}+?])|([|(){}+?])/g,
    (_whole, escaped: string | undefined, plain: string | undefined) => escaped ?? `\\${plain ?? ''}`,
  );

const grep =
  (files: ShellFiles) =>
  (context: CommandContext): number => {
    const flags = new Set<string>();
    const patterns: string[] = [];
    const names: string[] = [];
    const args = context.argv.slice(1);
    for (let index = 0; index < args.length; index += 1) {
      const arg = args[index] ?? '';
      if (arg === '-e') {
        patterns.push(args[(index += 1)] ?? '');
      } else if (/^-[a-zA-Z]+$/.test(arg)) {
        for (const flag of arg.slice(1)) flags.add(flag);
      } else if (patterns.length === 0 && !flags.has('e')) {
        patterns.push(arg);
        flags.add('e');
      } else {
        names.push(arg);
      }
    }
    if (patterns.length === 0) {
      context.stderr('grep: no pattern\n');
      return 2;
    }
    const sources = patterns.map((pattern) => {
      if (flags.has('F')) return escapeRegExp(pattern);
      return flags.has('E') ? pattern : basicToExtended(pattern);
    });
    const wrapped = sources.map((source) =>
      flags.has('x') ? `^(?:${source})$` : flags.has('w') ? `\\b(?:${source})\\b` : source,
    );
    let regex: RegExp;
    try {
      regex = new RegExp(wrapped.join('|'), flags.has('i') ? 'i' : '');
    } catch {
      context.stderr(`grep: bad regex '${patterns.join('|')}'\n`);
      return 2;
    }
    const { text, ok } = readInputs(context, files, names);
    const matches = splitLines(text)
      .map((line, index) => ({ line, number: index + 1 }))
      .filter(({ line }) => regex.test(line) !== flags.has('v'));
    if (flags.has('c')) context.stdout(`${matches.length}\n`);
    else if (!flags.has('q')) {
      for (const { line, number } of matches)
        context.stdout(flags.has('n') ? `${number}:${line}\n` : `${line}\n`);
    }
    if (!ok) return 2;
    return matches.length > 0 ? 0 : 1;
  };

/** `-n N`, `-N` and `-nN` forms; returns the count and the remaining arguments. */
const lineCount = (args: readonly string[]): { count: number; rest: string[] } => {
  const rest: string[] = [];
  let count = 10;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '-n') count = Number(args[(index += 1)] ?? '10');
    else if (/^-n?\d+$/.test(arg)) count = Number(arg.replace(/^-n?/, ''));
    else rest.push(arg);
  }
  return { count, rest };
};

const headOrTail =
  (files: ShellFiles, fromEnd: boolean) =>
  (context: CommandContext): number => {
    const { count, rest } = lineCount(context.argv.slice(1));
    const { text, ok } = readInputs(context, files, rest);
    const lines = splitLines(text);
    const chosen = fromEnd ? lines.slice(Math.max(0, lines.length - count)) : lines.slice(0, count);
    context.stdout(chosen.map((line) => `${line}\n`).join(''));
    return ok ? 0 : 1;
  };

export const createTextCommands = (files: ShellFiles): CommandTable => ({
  cat: (context) => {
    const { bytes, ok } = readInputBytes(context, files, context.argv.slice(1));
    if (context.writeBytes) context.writeBytes(bytes);
    else context.stdout(decoder.decode(bytes));
    return ok ? 0 : 1;
  },
  grep: grep(files),
  head: headOrTail(files, false),
  tail: headOrTail(files, true),
  wc: (context) => {
    const flags = context.argv
      .slice(1)
      .filter((arg) => /^-[lwc]+$/.test(arg))
      .join('');
    const names = context.argv.slice(1).filter((arg) => !arg.startsWith('-'));
    const { bytes, ok } = readInputBytes(context, files, names);
    const text = decoder.decode(bytes);
    const counts = {
      l: bytes.reduce((total, byte) => (byte === 0x0a ? total + 1 : total), 0),
      w: text.split(/\s+/).filter(Boolean).length,
      c: bytes.length,
    };
    const chosen = (['l', 'w', 'c'] as const).filter((flag) => flags === '' || flags.includes(flag));
    context.stdout(`${chosen.map((flag) => counts[flag]).join(' ')}\n`);
    return ok ? 0 : 1;
  },
});
