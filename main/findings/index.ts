// Findings engine: judges a snapshot's apps against the necessity rules of their category.
export * from './finding';
export type { JudgeAppOptions } from './judge-app';
export { compareFindings, judgeApp } from './judge-app';
export type { AppJudgement, JudgeSnapshotOptions, SnapshotJudgement } from './judge-snapshot';
export { judgeSnapshot } from './judge-snapshot';
export type { MessageKey } from './messages';
export { explain, FINDING_MESSAGES, MESSAGES_BY_KIND } from './messages';
export type { SeverityCounts } from './score';
export { appScore, countBySeverity, deviceScore, SEVERITY_WEIGHTS } from './score';
