// Uids as `UserHandle.formatUid` prints them in `dumpsys appops`: `1000` below the first app
// uid, else `u<user>a<appId-10000>`, `u<user>i<appId-99000>` (isolated),
// `u<user>ai<appId-90000>` (app-zygote isolated; note 99000 itself prints as `ai9000`),
// `u<user>s<appId>` (shared app gid range).
const PER_USER_RANGE = 100_000;
const FORMATTED = /^u(\d{1,5})(a|i|ai|s)(\d{1,5})$/;
const PLAIN = /^\d{1,9}$/;
const BASE: Readonly<Record<string, number>> = { a: 10_000, i: 99_000, ai: 90_000, s: 0 };

/** `u0a119` → 10119, `1000` → 1000, `u10a5` → 1010005; undefined when malformed. */
export const parseFormattedUid = (text: string): number | undefined => {
  if (PLAIN.test(text)) return Number(text);
  const match = FORMATTED.exec(text);
  if (match === null) return undefined;
  const [, user = '', kind = '', id = ''] = match;
  const appId = (BASE[kind] ?? 0) + Number(id);
  if (appId >= PER_USER_RANGE) return undefined;
  return Number(user) * PER_USER_RANGE + appId;
};
