// Argument parsing of `privacyscope scan`: single-phone options unchanged, --all / --jobs /
// --out-dir / --html / --fail-on / --timeout, and the combinations refused as usage errors.
import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../../main/cli/command';
import { runCli } from '../../../main/cli/run-cli';
import { scanCommand } from '../../../main/cli/scan-command';
import { DEFAULT_JOBS, parseScanArgs } from '../../../main/cli/scan-options';
import { recordCliIo } from '../../support/cli-io';

describe('parseScanArgs', () => {
  it('keeps the single-phone defaults', () => {
    expect(parseScanArgs([])).toEqual({
      userId: 0,
      json: false,
      adbPort: 5037,
      all: false,
      jobs: DEFAULT_JOBS,
      labels: true,
    });
    expect(parseScanArgs(['--no-labels']).labels).toBe(false);
    expect(DEFAULT_JOBS).toBe(4);
    expect(parseScanArgs(['--serial', 'S', '--user', '10', '--json', '--out', 'x.json'])).toMatchObject({
      serial: 'S',
      userId: 10,
      json: true,
      out: 'x.json',
    });
  });

  it('reads --all, --jobs, --out-dir, a bare --html, --fail-on and --timeout', () => {
    expect(
      parseScanArgs(['--all', '--jobs', '8', '--out-dir', 'reports', '--html', '--fail-on', 'medium']),
    ).toMatchObject({ all: true, jobs: 8, outDir: 'reports', html: true, failOn: 'medium' });
    expect(parseScanArgs(['--all', '--out-dir=r', '--timeout', '90', '--html'])).toMatchObject({
      html: true,
      timeoutMs: 90_000,
    });
  });

  it('takes --html FILE for one phone, also next to --out-dir', () => {
    expect(parseScanArgs(['--serial', 'S', '--html', 'report.html'])).toMatchObject({ html: 'report.html' });
    expect(parseScanArgs(['--html', 'r.html', '--out-dir', 'd'])).toMatchObject({
      html: 'r.html',
      outDir: 'd',
    });
    expect(parseScanArgs(['--out-dir', 'd', '--html'])).toMatchObject({ html: true, outDir: 'd' });
  });

  it.each([
    [['--all', '--serial', 'S'], /--serial/],
    [['--all', '--from-dir', 'd'], /--from-dir/],
    [['--all', '--out', 'x.json'], /--out-dir/],
    [['--all', '--out-dir', 'd', '--html', 'x.html'], /takes no FILE/],
    [['--html'], /needs a FILE/],
    [['--jobs', '2'], /only applies to --all/],
    [['--all', '--jobs', '0'], /--jobs must be a whole number from 1 to 64/],
    [['--all', '--jobs', '2.5'], /--jobs/],
    [['--fail-on', 'info'], /--fail-on must be high, medium or low/],
    [['--fail-on', 'HIGH'], /--fail-on/],
    [['--timeout=0'], /--timeout must be a whole number/],
  ])('refuses %j', (args, pattern) => {
    expect(() => parseScanArgs(args)).toThrow(CliUsageError);
    expect(() => parseScanArgs(args)).toThrow(pattern);
  });

  it('exits 2 with the usage on a refused combination, and lists the exit codes in --help', async () => {
    const refused = recordCliIo();
    expect(
      await runCli(['scan', '--all', '--serial', 'S'], { commands: [scanCommand], io: refused.io }),
    ).toBe(2);
    expect(refused.err.join('\n')).toContain('Usage: privacyscope scan');
    const help = recordCliIo();
    expect(await runCli(['scan', '--help'], { commands: [scanCommand], io: help.io })).toBe(0);
    expect(help.out.join('\n')).toContain('3 findings at or above --fail-on, 4 a phone failed');
  });
});
