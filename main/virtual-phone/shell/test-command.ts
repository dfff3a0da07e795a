// `test EXPR` and `[ EXPR ]` (toybox test.c, the subset scripts use): `!`, -n -z, = != ,
// -eq -ne -lt -le -gt -ge, -e -f -d on the phone's files, and a lone string.
import type { CommandContext, CommandTable } from '../commands/command';
import type { ShellFiles } from './interpreter';

const INTEGER = /^-?\d+$/;
const NUMERIC: Readonly<Record<string, (left: number, right: number) => boolean>> = {
  '-eq': (left, right) => left === right,
  '-ne': (left, right) => left !== right,
  '-lt': (left, right) => left < right,
  '-le': (left, right) => left <= right,
  '-gt': (left, right) => left > right,
  '-ge': (left, right) => left >= right,
};

class TestSyntaxError extends Error {
  override readonly name = 'TestSyntaxError';
}

const evaluate = (args: readonly string[], files: ShellFiles): boolean => {
  const [first, second, third] = args;
  if (first === '!' && args.length > 1) return !evaluate(args.slice(1), files);
  if (args.length === 0) return false;
  if (args.length === 1) return first !== '';
  if (args.length === 2) {
    const type = files.fileType?.(second ?? '');
    if (first === '-n') return second !== '';
    if (first === '-z') return second === '';
    if (first === '-e') return type !== undefined;
    if (first === '-f') return type === 'file';
    if (first === '-d') return type === 'directory';
    throw new TestSyntaxError(`unknown operator '${first ?? ''}'`);
  }
  if (args.length === 3 && second !== undefined) {
    if (second === '=' || second === '==') return first === third;
    if (second === '!=') return first !== third;
    const compare = NUMERIC[second];
    if (compare !== undefined) {
      if (!INTEGER.test(first ?? '') || !INTEGER.test(third ?? '')) throw new TestSyntaxError('bad number');
      return compare(Number(first), Number(third));
    }
  }
  throw new TestSyntaxError('syntax error');
};

const run =
  (files: ShellFiles, bracket: boolean) =>
  (context: CommandContext): number => {
    let args = context.argv.slice(1);
    if (bracket) {
      if (args.at(-1) !== ']') {
        context.stderr("[: missing ']'\n");
        return 2;
      }
      args = args.slice(0, -1);
    }
    try {
      return evaluate(args, files) ? 0 : 1;
    } catch (error) {
      context.stderr(`${bracket ? '[' : 'test'}: ${(error as Error).message}\n`);
      return 2;
    }
  };

export const createTestCommands = (files: ShellFiles): CommandTable => ({
  test: run(files, false),
  '[': run(files, true),
});
