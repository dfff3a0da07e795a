import { describe, expect, it } from 'vitest';
import { parseAppOpsGet, parseAppOpsQueryOp } from '../../../main/reader/parsers/appops-get';
import { seededRandom } from '../../support/seeded-random';
import { APPOPS_SAMPLES, mutate, readSample } from './dumpsys-appops/samples';

// The Hytera capture holds two markdown code blocks: `appops get com.android.systemui`, then
// three `appops query-op FINE_LOCATION <mode>` commands with one combined output.
const [getBlock = '', queryBlock = ''] = readSample(APPOPS_SAMPLES.hyteraGet)
  .split('```')
  .filter((_, index) => index % 2 === 1)
  .map((block) => block.replace(/^bash\n/, '').replace(/^adb shell .*\n/gm, ''));
const NOW = Date.UTC(2025, 2, 18, 8, 0, 0);

describe('parseAppOpsGet, Hytera `appops get com.android.systemui`', () => {
  const result = parseAppOpsGet(getBlock, { now: NOW });

  it('reads the uid mode and every op with its times', () => {
    expect(result.warnings).toEqual([]);
    expect(result.partial).toBe(false);
    expect(result.value).toEqual({
      noOperations: false,
      ops: [
        { op: 'COARSE_LOCATION', mode: 'foreground', uidMode: true },
        { op: 'LEGACY_STORAGE', mode: 'allow' },
        { op: 'FINE_LOCATION', mode: 'allow', lastAccessMs: NOW - 25_067 },
        { op: 'READ_PHONE_STATE', mode: 'allow', lastAccessMs: NOW - 25_080 },
        { op: 'READ_MEDIA_IMAGES', mode: 'allow', lastAccessMs: NOW - 1_742_372_424_861 },
        { op: 'MANAGE_EXTERNAL_STORAGE', mode: 'default', lastRejectMs: NOW - 1_742_372_424_861 },
      ],
    });
  });

  it('shows the "recorded before the clock was set" pitfall: +20166d… ago lands near epoch 0', () => {
    const images = result.value.ops.find((op) => op.op === 'READ_MEDIA_IMAGES');
    // Read in March 2025, 20166 days back is within a day or two of 1970-01-01.
    expect(Math.abs(images?.lastAccessMs ?? Number.NaN)).toBeLessThan(2 * 86_400_000);
  });

  it('warns about the command lines when given the raw capture', () => {
    const raw = parseAppOpsGet(readSample(APPOPS_SAMPLES.hyteraGet), { now: NOW });
    expect(raw.value.ops).toHaveLength(6);
    expect(raw.warnings[0]).toEqual({
      source: 'appops get',
      line: 1,
      message: 'unrecognised line "```bash"',
    });
  });

  it('leaves times out without now (one warning)', () => {
    const bare = parseAppOpsGet(getBlock);
    expect(bare.value.ops[2]).toEqual({ op: 'FINE_LOCATION', mode: 'allow' });
    expect(bare.warnings).toHaveLength(1);
  });
});

describe('parseAppOpsGet line forms (AppOpsService.Shell "get")', () => {
  it('reads running ops, durations, numbered modes and No operations.', () => {
    const text = [
      'CAMERA: allow; time=+1d2h0m0s0ms ago; rejectTime=+5m0s0ms ago; duration=+3s0ms',
      'RECORD_AUDIO: foreground; time=+2s0ms ago (running)',
      'MIUIOP(10008): mode=5',
    ].join('\n');
    expect(parseAppOpsGet(text, { now: NOW }).value.ops).toEqual([
      {
        op: 'CAMERA',
        mode: 'allow',
        lastAccessMs: NOW - 93_600_000,
        lastRejectMs: NOW - 300_000,
        durationMs: 3000,
      },
      { op: 'RECORD_AUDIO', mode: 'foreground', lastAccessMs: NOW - 2000, running: true },
      { op: 'MIUIOP(10008)', mode: 'mode=5', vendorOpCode: 10_008 },
    ]);
    expect(parseAppOpsGet('No operations.\n').value).toEqual({ ops: [], noOperations: true });
  });

  it('warns about errors and marks a cut last line as partial', () => {
    const error = parseAppOpsGet('Error: Unknown package: com.nope\n');
    expect(error.value.ops).toEqual([]);
    expect(error.warnings).toHaveLength(1);
    expect(parseAppOpsGet('CAMERA: allow; time=+1d2', { now: NOW }).partial).toBe(true);
    expect(parseAppOpsGet('CAMERA: allow; time=+1d2h0m0s0ms ago', { now: NOW }).partial).toBe(false);
  });

  it('never throws on damaged copies (seeded)', () => {
    const next = seededRandom(2024);
    for (let round = 0; round < 200; round += 1) {
      expect(() => parseAppOpsGet(mutate(getBlock, next), { now: NOW })).not.toThrow();
    }
  });
});

describe('parseAppOpsQueryOp', () => {
  it('lists the packages (android included) of the Hytera capture', () => {
    const result = parseAppOpsQueryOp(queryBlock);
    expect(result.warnings).toEqual([]);
    expect(result.value).toEqual([
      ...['android', 'com.hytera.nrm', 'com.android.settings', 'com.android.bluetooth'],
      ...['com.android.networkstack.tethering', 'com.baidu.map.location', 'com.qualcomm.location'],
      'com.android.systemui',
    ]);
  });

  it('skips names that do not pass the package check', () => {
    const result = parseAppOpsQueryOp("com.ok.app\ncom.bad'$(x)\ncom.ok.app\n");
    expect(result.value).toEqual(['com.ok.app']);
    expect(result.warnings).toHaveLength(1);
  });
});
