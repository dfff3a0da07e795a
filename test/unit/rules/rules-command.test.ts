import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesCommand } from '../../../main/cli/rules-command';
import { CLI_COMMANDS } from '../../../main/cli/commands';
import { runCli } from '../../../main/cli/run-cli';
import { RULESET_VERSION } from '../../../main/rules/rule-set';
import type { RulesReport } from '../../../main/rules/rules-report';

const run = async (args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    out: (line: string) => out.push(line),
    err: (line: string) => err.push(line),
    signal: new AbortController().signal,
  };
  const code = await runCli(['rules', ...args], { commands: CLI_COMMANDS, io });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('privacyscope rules', () => {
  it('is registered', () => {
    expect(CLI_COMMANDS).toContain(rulesCommand);
  });

  it('prints the categories with their PI items and decisions as JSON', async () => {
    const { code, out } = await run(['--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as RulesReport;
    expect(report.rulesetVersion).toBe(RULESET_VERSION);
    expect(report.categories).toHaveLength(40);
    const maps = report.categories.find((category) => category.id === 'map_navigation');
    expect(maps?.necessaryPersonalInfo[0]).toEqual({ zh: '位置信息', en: 'location information' });
    expect(maps?.decisions).toContainEqual(
      expect.objectContaining({
        key: 'LOCATION',
        decision: 'necessary',
        piItem: '位置信息',
        source: 'category',
      }),
    );
  });

  it('prints text in English or Chinese', async () => {
    const en = await run([]);
    expect(en.out).toContain('(1) Map navigation (地图导航类) [map_navigation] — Art. 5 item (1)');
    expect(en.out).toContain('    LOCATION: necessary — 位置信息');
    const zh = await run(['--lang', 'zh-CN']);
    expect(zh.out).toContain('(38) 实用工具类 [utility_tools] — 第五条第（三十八）项');
    expect(zh.out).toContain('必要个人信息: 无须个人信息');
  });

  it('applies an overrides file and rejects a bad language', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rules-cli-'));
    try {
      const file = join(dir, 'o.json');
      await writeFile(
        file,
        JSON.stringify({ format: 1, decisions: { news: { CAMERA: { decision: 'extended' } } } }),
      );
      const { out } = await run(['--overrides', file]);
      expect(out).toContain(`Rule set ${RULESET_VERSION}+user`);
      expect(out).toContain('    CAMERA: extended [user]');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect((await run(['--lang', 'fr'])).code).toBe(2);
  });
});
