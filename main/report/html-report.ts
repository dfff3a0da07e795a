// A standalone HTML report of one audited scan: summary, the worst apps, and every finding with
// its rule citation. Text only, every value escaped; no scripts, no external resources (a CSP
// meta forbids both), so it opens safely anywhere.
import type { AuditedApp, AuditedScan, FindingView, Severity } from '../../preload/contract';
import { escapeHtml as e } from './escape-html';
import type { ReportLanguage } from './report-text';
import { REPORT_TEXT } from './report-text';

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];
const WORST_APPS = 10;

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1f;max-width:70rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
.high{color:#b3261e}.medium{color:#8a5300}.low{color:#355e9b}.info{color:#555}small{color:#555}`;

const appName = (app: AuditedApp): string => app.packageName;

const findingRow = (finding: FindingView, lang: ReportLanguage): string => {
  const t = REPORT_TEXT[lang];
  return `<tr><td class="${e(finding.severity)}">${e(t.severity[finding.severity])}</td><td>${e(finding.subject.name)}</td><td>${e(finding.explanation[lang])}</td><td><small>${e(finding.rule.citation[lang])}</small></td></tr>`;
};

const appSection = (app: AuditedApp, lang: ReportLanguage): string => {
  const t = REPORT_TEXT[lang];
  const rows = app.findings.map((finding) => findingRow(finding, lang)).join('');
  return `<section><h3>${e(appName(app))} <small>${e(t.category)}: ${e(app.category.id)} · ${e(app.score)}</small></h3>${
    rows === ''
      ? `<p>${e(t.none)}</p>`
      : `<table><thead><tr><th>${e(t.severityLabel)}</th><th>${e(t.subject)}</th><th>${e(t.findings)}</th><th>${e(t.citation)}</th></tr></thead><tbody>${rows}</tbody></table>`
  }</section>`;
};

export const htmlReport = (scan: AuditedScan, options: { lang: ReportLanguage }): string => {
  const { lang } = options;
  const t = REPORT_TEXT[lang];
  const device = scan.device;
  const deviceName = [device.manufacturer, device.model].filter(Boolean).join(' ') || device.serial || '?';
  const ranked = [...scan.apps].filter((app) => app.findings.length > 0).sort((a, b) => b.score - a.score);
  const worst = ranked
    .slice(0, WORST_APPS)
    .map(
      (app) =>
        `<tr><td>${e(appName(app))}</td><td>${e(app.category.id)}</td><td>${e(app.score)}</td><td>${e(app.findings.length)}</td></tr>`,
    )
    .join('');
  const severityRows = SEVERITIES.map(
    (severity) =>
      `<tr><th class="${e(severity)}">${e(t.severity[severity])}</th><td>${e(scan.summary.bySeverity[severity])}</td></tr>`,
  ).join('');
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.title)} — ${e(deviceName)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(t.title)}</h1>
<table><tbody>
<tr><th>${e(t.device)}</th><td>${e(deviceName)} <small>${e(device.serial ?? '')}</small></td></tr>
<tr><th>${e(t.android)}</th><td>${e(device.release ?? '?')} (SDK ${e(device.sdk ?? '?')})</td></tr>
<tr><th>${e(t.scanned)}</th><td>${e(new Date(scan.takenAtMs).toISOString())}</td></tr>
<tr><th>${e(t.score)}</th><td>${e(scan.summary.score)}</td></tr>
<tr><th>${e(t.appsWithFindings)}</th><td>${e(scan.summary.appsWithFindings)}</td></tr>
<tr><th>${e(t.rules)}</th><td>${e(scan.summary.rulesetVersion)}</td></tr>
</tbody></table>
<h2>${e(t.bySeverity)}</h2>
<table><tbody>${severityRows}</tbody></table>
<h2>${e(t.worstApps)}</h2>
<table><thead><tr><th>${e(t.app)}</th><th>${e(t.category)}</th><th>${e(t.score)}</th><th>${e(t.findings)}</th></tr></thead><tbody>${worst}</tbody></table>
<h2>${e(t.findings)}</h2>
${ranked.map((app) => appSection(app, lang)).join('\n')}
<footer><small>${e(t.footer)}</small></footer>
</body>
</html>
`;
};
