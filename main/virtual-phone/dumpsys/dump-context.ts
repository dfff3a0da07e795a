// What every dumpsys formatter is a pure function of: the phone state, the phone clock and
// the modelled Android version (ro.build.version.sdk).
import type { PhoneState } from '../android/phone-state';

export interface DumpContext {
  readonly state: PhoneState;
  /** Phone clock in epoch ms (`phoneNow(state)` when run by the shell). */
  readonly now: number;
  readonly sdk: number;
}

/** Android SDK levels the output styles switch on. */
export const Sdk = {
  N_MR1: 25,
  O: 26,
  P: 28,
  Q: 29,
  R: 30,
  S: 31,
  T: 33,
  U: 34,
  V: 35,
  B: 36,
} as const;

/** Lines joined the way PrintWriter.println writes them (each ends with `\n`). */
export const joinLines = (lines: readonly string[]): string =>
  lines.length === 0 ? '' : `${lines.join('\n')}\n`;
