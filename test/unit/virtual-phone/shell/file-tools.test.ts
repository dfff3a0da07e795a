// The virtual phone's toybox stat, dd and `tail -c` on a real (built) APK: exact bytes on
// stdout, dd's record report and toybox's error texts on stderr, exit statuses.
import { describe, expect, test } from 'vitest';
import { createAndroidShell } from '../../../../main/virtual-phone/shell/android-shell';
import { createPhone, MAPS } from '../commands/phone-fixture';

const exec = async (line: string) => {
  const state = createPhone({ sdk: 34 });
  state.packages.get(MAPS)!.apkSizeBytes = 10_000;
  const out: Buffer[] = [];
  const err: string[] = [];
  const status = await createAndroidShell({ state }).execute(
    line.replaceAll('APK', `${state.packages.get(MAPS)!.codePath}/base.apk`),
    {
      stdout: (chunk) => out.push(Buffer.from(chunk)),
      stderr: (chunk) => err.push(Buffer.from(chunk).toString()),
      signal: new AbortController().signal,
      pty: false,
    },
  );
  return { stdout: Buffer.concat(out), stderr: err.join(''), status };
};

describe('toybox file tools', () => {
  test('stat -c %s prints the size; a missing file is toybox perror text, exit 1', async () => {
    expect(await exec('stat -c %s APK')).toMatchObject({ status: 0, stderr: '' });
    expect((await exec('stat -c %s APK')).stdout.toString()).toBe('10000\n');
    const missing = await exec('stat -c %s /data/app/none/base.apk');
    expect(missing).toMatchObject({
      status: 1,
      stderr: "stat: '/data/app/none/base.apk': No such file or directory\n",
    });
  });

  test('dd copies whole blocks, a short last one, and reports records on stderr', async () => {
    const whole = (await exec('cat APK')).stdout;
    const first = await exec('dd if=APK bs=4096 skip=0 count=1');
    expect(Buffer.compare(first.stdout, whole.subarray(0, 4096))).toBe(0);
    expect(first.stderr).toMatch(/^1\+0 records in\n1\+0 records out\n4096 bytes \(4\.0 K\) copied, /);
    const last = await exec('dd if=APK bs=4096 skip=2 count=5');
    expect(Buffer.compare(last.stdout, whole.subarray(8192))).toBe(0);
    expect(last.stderr).toMatch(/^0\+1 records in\n0\+1 records out\n1808 bytes /);
    expect(await exec('dd if=/nope bs=4096')).toMatchObject({
      status: 1,
      stderr: 'dd: /nope: No such file or directory\n',
    });
    expect((await exec('dd if=APK bs=4096 status=none count=1')).stderr).toBe('');
  });

  test('tail -c N is the last N bytes; -n still counts lines', async () => {
    const whole = (await exec('cat APK')).stdout;
    const tail = await exec('tail -c 300 APK');
    expect(Buffer.compare(tail.stdout, whole.subarray(whole.length - 300))).toBe(0);
    expect((await exec('tail -c 20000 APK')).stdout.length).toBe(10_000);
    expect((await exec('tail -c 5 /nope')).stderr).toBe('tail: /nope: No such file or directory\n');
    expect((await exec('echo a; echo b | tail -n 1')).stdout.toString()).toBe('a\nb\n');
  });
});
