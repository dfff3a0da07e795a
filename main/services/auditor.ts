// Audits a snapshot the way the user set the app up: the effective rules (built-in plus their
// overrides), their category choices for that phone, and the unused-days setting.
import type { AuditedScan } from '../../preload/contract';
import { auditJson } from '../audit/audit-json';
import type { SnapshotAudit } from '../audit/audit-snapshot';
import { auditSnapshot } from '../audit/audit-snapshot';
import type { AppCategoriesRepository } from '../db/repositories/app-categories-repository';
import type { RuleSet } from '../rules/rule-set';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';
import type { SettingsService } from './app-services';

export interface Auditor {
  audit(snapshot: DeviceSnapshot, deviceId: number): Promise<SnapshotAudit>;
}

export const createAuditor = (options: {
  readonly rules: () => Promise<RuleSet>;
  readonly appCategories: AppCategoriesRepository;
  readonly settings: Pick<SettingsService, 'get'>;
}): Auditor => ({
  audit: async (snapshot, deviceId) => {
    const [rules, choices, settings] = await Promise.all([
      options.rules(),
      options.appCategories.list(deviceId),
      options.settings.get(),
    ]);
    // A choice of a user category that was since removed falls back to automatic.
    const userChoices = new Map([...choices].filter(([, categoryId]) => rules.categories.has(categoryId)));
    return auditSnapshot(snapshot, {
      rules,
      userChoices,
      now: snapshot.takenAtMs,
      ...(settings.unusedDays === undefined ? {} : { unusedDays: settings.unusedDays }),
    });
  },
});

/** The API shape of an audit: the scan JSON plus its store id. */
export const toAuditedScan = (audit: SnapshotAudit, scanId?: number): AuditedScan => ({
  ...(auditJson(audit) as unknown as AuditedScan),
  ...(scanId === undefined ? {} : { scanId }),
});
