// `report:export`: the latest audited scan of a phone as the scan JSON (`auditJson`, README
// "Scan JSON schema (v1)") or as a standalone HTML report in the UI language.
import type { AuditedScan, ExportedReport, Language } from '../../preload/contract';
import { htmlReport } from './html-report';
import type { ReportLanguage } from './report-text';

/** zh for Chinese (settings, or the system locale when the setting is `system`). */
export const reportLanguage = (language: Language | 'system', systemLocale?: string): ReportLanguage => {
  const locale =
    language === 'system' ? (systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale) : language;
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
};

/** A serial (or any name) as a file-name part: only [A-Za-z0-9._-], at most 64 characters. */
export const safeName = (value: string): string =>
  value.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 64) || 'phone';

export const exportReport = (
  scan: AuditedScan,
  options: { format: 'html' | 'json'; lang: ReportLanguage },
): ExportedReport => {
  const stamp = new Date(scan.takenAtMs).toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const base = `privacyscope-${safeName(scan.device.serial ?? 'phone')}-${stamp}`;
  if (options.format === 'json') {
    const { scanId: _scanId, ...json } = scan;
    return {
      fileName: `${base}.json`,
      mimeType: 'application/json',
      content: `${JSON.stringify(json, null, 2)}\n`,
    };
  }
  return {
    fileName: `${base}.html`,
    mimeType: 'text/html',
    content: htmlReport(scan, { lang: options.lang }),
  };
};
