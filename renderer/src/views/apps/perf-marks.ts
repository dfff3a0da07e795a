// Performance marks for the Apps benchmark, behind one cheap check: only when the page set
// `window.__privacyscopePerf = true` (the bench does, before the app loads).
const enabled = (): boolean =>
  typeof window !== 'undefined' && (window as { __privacyscopePerf?: boolean }).__privacyscopePerf === true;

export const perfMark = (name: string): void => {
  if (enabled()) performance.mark(name);
};

/** Measures from the mark `start` to now, under `name`, when that mark exists. */
export const perfMeasure = (name: string, start: string): void => {
  if (!enabled() || performance.getEntriesByName(start, 'mark').length === 0) return;
  performance.measure(name, start);
  performance.clearMarks(start);
};
