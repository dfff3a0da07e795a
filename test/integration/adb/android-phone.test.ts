// The ADB layer against the virtual phone's own Android shell (profile `pixel-14`): the exit
// marker works with its mksh-like interpreter, and pm/getprop answer through runShell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdbService } from '../../../main/adb/adb-service';
import { createAdbService } from '../../../main/adb/adb-service';
import type { DeviceSession } from '../../../main/adb/device-session';
import { CommandFailed } from '../../../main/adb/errors';
import { arg, shellCommand } from '../../../main/adb/shell-arguments';
import { EventHub } from '../../../main/services/event-hub';
import { loadProfile } from '../../../main/virtual-phone/profiles/load-profile';
import { createAndroidShell } from '../../../main/virtual-phone/shell/android-shell';
import type { VirtualPhone } from '../../../main/virtual-phone/virtual-phone';
import { startVirtualPhone } from '../../../main/virtual-phone/virtual-phone';
import type { PrivateAdbServer } from '../../support/private-adb-server';
import { startPrivateAdbServer } from '../../support/private-adb-server';

let server: PrivateAdbServer;
let phone: VirtualPhone;
let service: AdbService;
let device: DeviceSession;

beforeAll(async () => {
  server = await startPrivateAdbServer();
  const state = await loadProfile('pixel-14');
  phone = await startVirtualPhone({ executor: createAndroidShell({ state }) });
  service = createAdbService({ port: server.port, events: new EventHub() });
  await service.connect(phone.serial);
  device = service.device(phone.serial);
});

afterAll(async () => {
  await service.dispose();
  await server.adb(['disconnect', phone.serial]);
  await phone.close();
  await server.stop();
});

describe('ADB layer on the Android virtual phone', () => {
  it('reads getprop through the marker', async () => {
    const sdk = await device.runChecked(shellCommand('getprop', arg.property('ro.build.version.sdk')));
    expect(sdk.stdout.trim()).toMatch(/^\d+$/);
    expect(Number(sdk.stdout)).toBeGreaterThanOrEqual(30);
  });

  it('lists packages with exit 0', async () => {
    const result = await device.runChecked(shellCommand('pm', 'list', 'packages', '--user', arg.user(0)));
    expect(result.stdout).toMatch(/^package:[a-zA-Z0-9_.]+$/m);
  });

  it('keeps statuses: true/false, unknown command 127, failing pm non-zero with its message', async () => {
    expect((await device.run(shellCommand('true'))).exitCode).toBe(0);
    expect((await device.run(shellCommand('false'))).exitCode).toBe(1);
    const unknown = await device.run(shellCommand('no_such_tool'));
    expect(unknown.exitCode).toBe(127);
    expect(unknown.stdout).toContain('no_such_tool');
    const failure = (await device
      .runChecked(shellCommand('pm', 'path', arg.package('com.does.not.exist')))
      .catch((error: unknown) => error)) as CommandFailed;
    expect(failure).toBeInstanceOf(CommandFailed);
    expect(failure.exitCode).toBe(1);
  });
});
