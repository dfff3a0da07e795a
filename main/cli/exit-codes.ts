// The exit codes of `privacyscope` (README "Command line"): 0 ok, 1 error, 2 usage, and for
// `scan` 3 findings at or above --fail-on, 4 some phones failed while scanning.
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  findingsOverThreshold: 3,
  devicesFailed: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
