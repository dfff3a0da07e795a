// Opens a demo phone the way a user does (Devices → profile → Open demo phone → select it) and
// waits until the overview has scanned it once; returns how the API names that phone.
import { expect } from 'vitest';
import type { DeviceRef } from '../../../preload/contract';
import type { BridgeProcess } from './bridge-process';
import { FlowPage, UI_TIMEOUT } from './flow-page';

export const openDemoPhone = async (options: {
  readonly app: FlowPage;
  readonly bridge: BridgeProcess;
  readonly profile: string;
}): Promise<DeviceRef & { server: string }> => {
  const { app, bridge, profile } = options;
  const l: FlowPage['l'] = (key, ...params) => app.l(key, ...params);
  await app.navigate('nav.devices');
  await app.select(l('devices.demo.profile')).selectOption(profile);
  await app.mainButton(l('devices.demo.open')).click();
  const listed = async () =>
    (await bridge.call('devices:list')).find((entry) => entry.demoProfile === profile);
  await expect.poll(async () => (await listed()) !== undefined, UI_TIMEOUT).toBe(true);
  const phone = await listed();
  const device = { serial: phone?.serial ?? '', server: phone?.server ?? '' };
  const open = app.main
    .getByRole('row')
    .filter({ hasText: device.serial })
    .getByRole('button', { name: app.pattern('devices.select') });
  await open.first().waitFor(UI_TIMEOUT);
  await open.first().click();
  await expect.poll(() => FlowPage.text(app.heading), UI_TIMEOUT).toBe(l('overview.title'));
  await expect
    .poll(() => bridge.call('scans:list', { device }).then((list) => list.length), UI_TIMEOUT)
    .toBe(1);
  return device;
};
