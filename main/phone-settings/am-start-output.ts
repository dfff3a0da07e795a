// Reads what `am start` printed (stdout and stderr merged by the v1 shell). It exits 0 even when
// nothing started, so the text decides (ActivityManagerShellCommand.runStartActivity): the
// `Starting: Intent { … }` line, then "Error type 3" + "Error: Activity class {…} does not
// exist." (no such component), "Error: Activity not started, unable to resolve Intent …" (no
// activity for the action), other "Error: …" / exception text, or "Warning: …" when an
// existing task came to the front (that counts as started).

export const AmStartOutcome = {
  Started: 'started',
  /** The component or action does not exist on this phone: try a more general screen. */
  NotFound: 'not-found',
  /** It exists but could not be started (permission, exception, bad arguments). */
  Failed: 'failed',
} as const;
export type AmStartOutcome = (typeof AmStartOutcome)[keyof typeof AmStartOutcome];

export interface AmStartResult {
  readonly outcome: AmStartOutcome;
  /** `Intent { … }` from the `Starting:` line, when printed. */
  readonly intent?: string;
  /** The phone's own words when it did not start. */
  readonly message?: string;
}

const STARTING = /^Starting: (Intent \{.*\})$/;
const CLASS_MISSING = /^Error: Activity class \{.+\} does not exist\.$/;
const UNRESOLVED = /^Error: Activity not started, unable to resolve Intent \{/;
const FAILURE = /^(Error|Exception|Security exception|java\.)/;

export const parseAmStart = (output: string, exitCode: number): AmStartResult => {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const intent = lines.map((line) => STARTING.exec(line)?.[1]).find((match) => match !== undefined);
  const withIntent = intent === undefined ? {} : { intent };
  const problem = lines.find((line) => FAILURE.test(line) && line !== 'Error type 3');
  if (lines.some((line) => CLASS_MISSING.test(line) || UNRESOLVED.test(line))) {
    const message = lines.find((line) => CLASS_MISSING.test(line) || UNRESOLVED.test(line)) ?? '';
    return { outcome: AmStartOutcome.NotFound, message, ...withIntent };
  }
  if (exitCode !== 0 || problem !== undefined || intent === undefined) {
    const message = problem ?? (lines.join('\n') || `am start exited with ${exitCode}`);
    return { outcome: AmStartOutcome.Failed, message, ...withIntent };
  }
  return { outcome: AmStartOutcome.Started, intent };
};
