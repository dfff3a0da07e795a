// `privacyscope rules [--json] [--lang en|zh-CN] [--overrides FILE]`: the necessity rules: each
// category with its necessary personal information and its permission decisions.
import { parseArgs } from 'node:util';
import { effectiveRules } from '../rules/overrides';
import { loadOverrides } from '../rules/overrides-file';
import { builtInRules } from '../rules/rule-set';
import type { RulesReport, RulesReportDecision } from '../rules/rules-report';
import { rulesReport } from '../rules/rules-report';
import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';

const usage = `Usage: privacyscope rules [--json] [--lang en|zh-CN] [--overrides FILE]

Lists the 39 app types of the 2021 Provisions on necessary personal information (plus
"unclassified"): each type's necessary personal information and which permissions and
special accesses are necessary, conditional or extended for it. Anything not listed is
not necessary.

Options:
  --json            print the rule set as JSON
  --lang en|zh-CN   language of the text output (default en)
  --overrides FILE  apply the user's rule overrides from this JSON file`;

type Lang = 'en' | 'zh';

const langOption = (value: string | undefined): Lang => {
  if (value === undefined || value === 'en') return 'en';
  if (value === 'zh-CN' || value === 'zh') return 'zh';
  throw new CliUsageError(`--lang must be en or zh-CN, not '${value}'`);
};

const describeDecision = (decision: RulesReportDecision, lang: Lang): string => {
  const detail = decision.piItem ?? decision.condition?.[lang] ?? decision.note?.[lang];
  const user = decision.source === 'user' ? (lang === 'zh' ? ' [用户]' : ' [user]') : '';
  return `    ${decision.key}: ${decision.decision}${user}${detail === undefined ? '' : ` — ${detail}`}`;
};

export const formatRulesReport = (report: RulesReport, lang: Lang): string[] => {
  const lines = [
    lang === 'zh' ? `规则集版本 ${report.rulesetVersion}` : `Rule set ${report.rulesetVersion}`,
    lang === 'zh' ? '未列出的权限均为 not-necessary（非必要）。' : 'Anything not listed is not-necessary.',
  ];
  for (const category of report.categories) {
    const name = lang === 'zh' ? category.nameZh : `${category.nameEn} (${category.nameZh})`;
    const number = category.number === 0 ? '' : `(${category.number}) `;
    lines.push('', `${number}${name} [${category.id}] — ${category.citation[lang]}`);
    lines.push(`  ${lang === 'zh' ? '基本功能' : 'Basic function'}: ${category.basicFunction[lang]}`);
    const items = category.noPersonalInfoRequired
      ? [lang === 'zh' ? '无须个人信息' : 'no personal information required']
      : category.necessaryPersonalInfo.map((item) => item[lang]);
    lines.push(
      `  ${lang === 'zh' ? '必要个人信息' : 'Necessary PI'}: ${items.join(lang === 'zh' ? '；' : '; ') || '—'}`,
    );
    lines.push(...category.decisions.map((decision) => describeDecision(decision, lang)));
  }
  return lines;
};

const run = async (args: readonly string[], io: CliIo): Promise<number> => {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: { json: { type: 'boolean' }, lang: { type: 'string' }, overrides: { type: 'string' } },
  });
  const lang = langOption(values.lang);
  const builtIn = builtInRules();
  const rules =
    values.overrides === undefined ? builtIn : effectiveRules(builtIn, await loadOverrides(values.overrides));
  const report = rulesReport(rules);
  if (values.json === true) io.out(JSON.stringify(report, null, 2));
  else for (const line of formatRulesReport(report, lang)) io.out(line);
  return 0;
};

export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'list the 39 app types with their necessary personal information and permission decisions',
  usage,
  run,
};
