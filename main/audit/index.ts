// The audit use-case: snapshot → classification → findings → scores, and its scan JSON.
export type { AuditedAppJson, AuditedScanJson } from './audit-json';
export { auditJson } from './audit-json';
export type { AppAudit, AuditOptions, AuditSummary, SnapshotAudit } from './audit-snapshot';
export { auditSnapshot, snapshotCapabilities } from './audit-snapshot';
