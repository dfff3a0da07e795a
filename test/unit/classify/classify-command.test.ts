// `privacyscope classify`: argument parsing, text and JSON output, and its place in the CLI table.
import { describe, expect, it } from 'vitest';
import { parseClassifyArgs } from '../../../main/cli/classify-command';
import { CLI_COMMANDS } from '../../../main/cli/commands';
import { runCli } from '../../../main/cli/run-cli';

const run = async (argv: readonly string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    commands: CLI_COMMANDS,
    io: {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      signal: new AbortController().signal,
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('parseClassifyArgs', () => {
  it('reads packages, --label, --capability and --json', () => {
    expect(parseClassifyArgs(['com.a.b', '--label', '地图', '--capability', 'geo', '--json'])).toEqual({
      packages: ['com.a.b'],
      label: '地图',
      capabilities: { geo: true },
      json: true,
      adbPort: 5037,
    });
    expect(parseClassifyArgs(['com.a.b', 'org.c.d'])).toEqual({
      packages: ['com.a.b', 'org.c.d'],
      capabilities: {},
      json: false,
      adbPort: 5037,
    });
  });

  it('rejects no package, a malformed name, --label with several packages, unknown capabilities and a bad --adb-port', () => {
    expect(() => parseClassifyArgs([])).toThrow(/at least one package/);
    expect(() => parseClassifyArgs(['notapackage'])).toThrow(/not a package name/);
    expect(() => parseClassifyArgs(['com.a.b', 'com.c.d', '--label', 'x'])).toThrow(/one package/);
    expect(() => parseClassifyArgs(['com.a.b', '--capability', 'teleport'])).toThrow(/unknown capability/);
    expect(() => parseClassifyArgs(['com.a.b', '--serial', 'S', '--adb-port', '0'])).toThrow(/--adb-port/);
    expect(parseClassifyArgs(['com.a.b', '--serial', 'S'])).toMatchObject({ serial: 'S', adbPort: 5037 });
  });
});

describe('privacyscope classify', () => {
  it('prints category id, zh/en name, confidence and the bilingual reason', async () => {
    const { code, out } = await run(['classify', 'com.autonavi.minimap', 'com.example.zzz']);
    expect(code).toBe(0);
    expect(out).toContain(
      'com.autonavi.minimap: map_navigation 地图导航类 / Map navigation — 95% (catalogue)',
    );
    expect(out).toContain('Amap is listed in the built-in catalogue as Map navigation.');
    expect(out).toContain('内置应用目录将「高德地图」列为地图导航类。');
    expect(out).toContain('com.example.zzz: unclassified');
  });

  it('prints JSON with --json and uses --label and --capability', async () => {
    const { code, out } = await run(['classify', 'org.example.app', '--label', '极速浏览器', '--json']);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as {
      packageName: string;
      categoryId: string;
      nameZh: string;
      reason: { kind: string };
    }[];
    expect(rows).toMatchObject([
      {
        packageName: 'org.example.app',
        categoryId: 'browser',
        nameZh: '浏览器类',
        reason: { kind: 'token' },
      },
    ]);
    const ime = await run(['classify', 'org.example.app', '--capability', 'inputMethod', '--json']);
    expect(JSON.parse(ime.out)).toMatchObject([{ categoryId: 'input_method', confidence: 0.8 }]);
  });

  it('is in the command table, documents --serial, and exits 2 on bad usage', async () => {
    const help = await run(['classify', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--serial S');
    expect((await run(['--help'])).out).toContain('classify');
    const bad = await run(['classify']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('at least one package');
  });
});
