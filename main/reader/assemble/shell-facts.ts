// Two one-line facts the live reader asks the shell for, and the check that tells a failed
// section from real output:
// - `id -u` → `2000` (toybox) or the full `uid=2000(shell) gid=…` line (some shells ignore -u);
// - `date +%s%3N` → `1732835000123`; toolbox dates without `%N` print `1732835000%3N` or
//   `17328350003N`: the first ten digits (seconds) are kept then.
// - a section failed when its first line is a service/shell/permission error rather than output.

const UID_ONLY = /^\s*(\d{1,10})\s*$/;
const UID_FIELD = /\buid=(\d{1,10})\b/;
const EPOCH_MS = /^\s*(\d{13})\s*$/;
const EPOCH_S_PREFIX = /^\s*(\d{10})(?!\d{3}\s*$)/;

/** The shell's uid from `id` / `id -u` output, or undefined. */
export const parseShellUid = (text: string): number | undefined => {
  const match = UID_ONLY.exec(text) ?? UID_FIELD.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
};

/** Epoch ms from `date +%s%3N` output (seconds precision on toolbox dates), or undefined. */
export const parsePhoneClock = (text: string): number | undefined => {
  const ms = EPOCH_MS.exec(text);
  if (ms?.[1] !== undefined) return Number(ms[1]);
  const seconds = EPOCH_S_PREFIX.exec(text);
  return seconds?.[1] === undefined ? undefined : Number(seconds[1]) * 1000;
};

const FAILURES: readonly RegExp[] = [
  /^Can't find service: /,
  /^Permission Denial: /,
  /^\/system\/bin\/sh: .*(?:not found|inaccessible|Permission denied)/,
  /^(?:\S+: )?(?:inaccessible or )?not found$/,
  /^Exception occurred while executing/,
  /^Security exception: /,
  /^(?:Error|Operation not allowed): /,
  /^java\.lang\.\w+(?:Exception|Error)\b/,
  /^Unknown command: /,
];

/** The device's error when a section's output starts with one (first non-blank line), else undefined. */
export const sectionFailure = (head: string): string | undefined => {
  for (const raw of head.split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (line === '') continue;
    return FAILURES.some((pattern) => pattern.test(line)) ? line.slice(0, 200) : undefined;
  }
  return undefined;
};
