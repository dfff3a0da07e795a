// Structural comparison of command output: a line's "shape" keeps its indentation, its keys,
// punctuation and flag syntax (`[ A B ]` vs `[ A|B]`), a trailing-space marker, and masks the
// values (names, paths, numbers, hex identities, dates, durations, modes, uid states).
// Used to show the virtual phone prints what real phones print (test/fixtures/adb-samples).

const MODES = /\b(allow|ignore|deny|default|foreground|errored)\b/g;

const maskFlags = (body: string): string =>
  body.replace(/\[ ([A-Z0-9_| ]*?)( ?)\]/g, (_match, inner: string, space: string) => {
    const words = inner.split(/[| ]/).filter((word) => word !== '');
    if (words.length === 0) return `[ ${space}]`;
    const joined = words.length === 1 ? 'W' : inner.includes('|') ? 'W|W' : 'W W';
    return `[ ${joined}${space}]`;
  });

/** The shape of one output line. */
export const lineShape = (line: string): string => {
  const clean = line.replace(/\r$/, '');
  const indent = /^[ \t]*/.exec(clean)?.[0] ?? '';
  let body = clean.slice(indent.length);
  const trailing = /[ \t]$/.test(body) ? '␠' : '';
  body = body.trimEnd();
  body = body
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}/g, '<DTMS>')
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/g, '<DT>')
    .replace(/[+-](?:\d+d)?(?:\d+h)?(?:\d+m(?!s))?(?:\d+s)?\d+ms\b/g, '<DUR>')
    .replace(/(^|[=\s:])\/[\w.~=+\-/@]+/g, '$1<PATH>')
    .replace(/\b[A-Za-z][\w$]*(?:\.[\w$-]+)+(?:\/[\w$.]+)?/g, '<NAME>')
    .replace(/\[(pers|top|fgsvc|fg|bg|cch)-[a-z]+\]/g, '[<ST>]')
    .replace(/\b(pers|top|fgsvc|fg|bg|cch)\s+= /g, '<ST> = ')
    .replace(/\bu\d+[as]\d+\b/g, '9')
    .replace(/\{[0-9a-f]{5,8} /g, '{<HEX> ')
    .replace(/\[[0-9a-f]{6,8}\]/g, '[<HEX>]')
    .replace(/\(-?[0-9a-f]{5,8}\)/g, '(<HEX>)');
  body = maskFlags(body)
    .replace(/=(true|false)\b/g, '=<B>')
    .replace(MODES, '<MODE>')
    .replace(/\b[A-Z][A-Z0-9_]{2,}(?:\(\d+\))?(?=[\s:(,]|$)/g, 'OP')
    .replace(/-?\b\d+\b/g, '9')
    .replace(/=(?!<|\[|\{)[^\s,\])}]+/g, '=<V>')
    .replace(/\[(?:9, )+9\]/g, '[9, …]')
    .replace(/(?:, <NAME>)+/g, ', <NAME>…');
  return `${indent}${body}${trailing}`;
};

export const shapesOf = (text: string): Set<string> =>
  new Set(
    text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(lineShape),
  );

/** Column-0 lines ending with `:` (trailing whitespace ignored): the section headers. */
export const sectionHeaders = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => /^[A-Z][^:]*:$/.test(line));

/** True when the elements both lists share appear in the same relative order. */
export const sameRelativeOrder = (a: readonly string[], b: readonly string[]): boolean => {
  const common = a.filter((item) => b.includes(item));
  const inB = b.filter((item) => common.includes(item));
  return common.every((item, index) => item === inB[index]);
};

/** Shapes of `from` that do not occur in `within` (sorted, for readable test failures). */
export const missingShapes = (from: Iterable<string>, within: ReadonlySet<string>): string[] =>
  [...new Set(from)].filter((shape) => !within.has(shape)).sort();

/** The lines of a block: from the first line matching `start` up to (excluding) `end`. */
export const sliceBlock = (text: string, options: { start: RegExp; end?: RegExp }): string => {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => options.start.test(line));
  if (first < 0) return '';
  const rest = lines.slice(first + 1);
  const stop = options.end === undefined ? -1 : rest.findIndex((line) => options.end?.test(line) === true);
  return [lines[first], ...(stop < 0 ? rest : rest.slice(0, stop))].join('\n');
};
