// The files `privacyscope scan` writes: the scan JSON (the text `scan --json` prints) and the
// HTML report the UI exports (main/report), for one phone or one pair per phone in --out-dir,
// named after the sanitised serial (`127.0.0.1_40123.json`; a clash gets `-2`, `-3`…).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { auditJson } from '../audit/audit-json';
import type { SnapshotAudit } from '../audit/audit-snapshot';
import { exportReport, reportLanguage, safeName } from '../report/export-report';
import { toAuditedScan } from '../services/auditor';

/** Exactly what single-phone `scan --json` prints (without the trailing newline). */
export const auditJsonText = (audit: SnapshotAudit): string => JSON.stringify(auditJson(audit), null, 2);

/** The standalone HTML report, in the system language (zh for a Chinese locale, else en). */
export const auditHtml = (audit: SnapshotAudit): string =>
  exportReport(toAuditedScan(audit), { format: 'html', lang: reportLanguage('system') }).content;

/** One file stem per serial, unique within the run. */
export const reportStems = (serials: readonly string[]): string[] => {
  const used = new Set<string>();
  return serials.map((serial) => {
    const base = safeName(serial);
    let stem = base;
    for (let n = 2; used.has(stem.toLowerCase()); n += 1) stem = `${base}-${n}`;
    used.add(stem.toLowerCase());
    return stem;
  });
};

export interface AuditToWrite {
  readonly serial: string;
  readonly audit: SnapshotAudit;
}

/** Writes `<stem>.json` (and `<stem>.html`) per phone into `dir`; returns the paths written. */
export const writeReportDir = async (options: {
  readonly dir: string;
  readonly audits: readonly AuditToWrite[];
  readonly html: boolean;
}): Promise<string[]> => {
  await mkdir(options.dir, { recursive: true });
  const stems = reportStems(options.audits.map((entry) => entry.serial));
  const written: string[] = [];
  for (const [index, entry] of options.audits.entries()) {
    const stem = join(options.dir, stems[index] ?? 'phone');
    await writeFile(`${stem}.json`, `${auditJsonText(entry.audit)}\n`);
    written.push(`${stem}.json`);
    if (options.html) {
      await writeFile(`${stem}.html`, auditHtml(entry.audit));
      written.push(`${stem}.html`);
    }
  }
  return written;
};
