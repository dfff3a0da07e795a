// Judges one section of a label-read shell: the size `stat -c %s` printed, or the exact bytes
// of a `tail -c` / `dd` read. Anything else (an error text instead of data, a short read,
// unexpected trailing text) is refused, so an unreadable file never passes as data. dd reports
// its record counts on stderr, which the v1 shell merges after the data; those lines are
// accepted only in dd's own shapes, and a byte count there must match. Pure.

const SIZE_LINE = /^(\d{1,15})\r?\n$/;
// toybox: "1+0 records in\n1+0 records out\n4096 bytes (4.0 K) copied, 0.001 s, 3.9 M/s";
// older dd: "… bytes transferred in … secs (… bytes/sec)".
const DD_STATUS = /^\d+\+\d+ records in\r?\n\d+\+\d+ records out\r?\n(?:(\d+) bytes [^\n]*\r?\n)?$/;

export const parseStatSize = (section: Buffer | undefined): number | undefined => {
  const match = section === undefined ? null : SIZE_LINE.exec(section.toString('latin1'));
  const size = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  return Number.isSafeInteger(size) ? size : undefined;
};

/** The section when it is exactly `expected` bytes (tail -c writes nothing else). */
export const exactBytes = (section: Buffer | undefined, expected: number): Buffer | undefined =>
  section !== undefined && section.length === expected ? section : undefined;

/** The first `expected` bytes when what follows is dd's own status report. */
export const ddBytes = (section: Buffer | undefined, expected: number): Buffer | undefined => {
  if (section === undefined || section.length < expected) return undefined;
  const rest = section.subarray(expected).toString('latin1');
  if (rest === '') return section.subarray(0, expected);
  const status = DD_STATUS.exec(rest);
  if (status === null) return undefined;
  if (status[1] !== undefined && Number(status[1]) !== expected) return undefined;
  return section.subarray(0, expected);
};
