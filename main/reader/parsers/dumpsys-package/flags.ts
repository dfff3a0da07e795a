// Bracketed flag lists. `Settings.printFlags` writes `[ SYSTEM HAS_CODE ]` (space separated,
// space before `]`); runtime-permission flags are `[ USER_SET GRANTED_BY_DEFAULT ]` up to 9 and
// `[ USER_SET|ONE_TIME]` from 10 (`PackageManager.permissionFlagToString` joined with `|`).
// Unknown tokens are kept as opaque strings.

const isFlagToken = (token: string): boolean => {
  for (let index = 0; index < token.length; index += 1) {
    const code = token.charCodeAt(index);
    const upper = code >= 65 && code <= 90;
    const digit = code >= 48 && code <= 57;
    const lower = code >= 97 && code <= 122;
    if (!upper && !digit && !lower && code !== 95) return false;
  }
  return token.length > 0 && token.length <= 80;
};

export interface FlagList {
  readonly flags: readonly string[];
  /** Tokens dropped because they were not `[A-Za-z0-9_]+`. */
  readonly rejected: number;
}

/**
 * Reads `[ A B ]` / `[ A|B]` starting at `from` (the `[`). Undefined when there is no `[` there
 * or the `]` is missing (a cut line).
 */
export const readFlagList = (text: string, from = 0): FlagList | undefined => {
  if (text.charCodeAt(from) !== 91) return undefined;
  const close = text.indexOf(']', from + 1);
  if (close < 0) return undefined;
  const flags: string[] = [];
  let rejected = 0;
  let start = from + 1;
  for (let index = from + 1; index <= close; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 124 && code !== 93 && code !== 9) continue;
    if (index > start) {
      const token = text.slice(start, index);
      if (isFlagToken(token)) flags.push(token);
      else rejected += 1;
    }
    start = index + 1;
  }
  return { flags, rejected };
};

export const PackageFlag = {
  System: 'SYSTEM',
  UpdatedSystemApp: 'UPDATED_SYSTEM_APP',
} as const;
export type PackageFlag = (typeof PackageFlag)[keyof typeof PackageFlag];
