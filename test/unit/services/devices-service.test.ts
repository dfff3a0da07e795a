import { describe, expect, it } from 'vitest';
import type { DeviceSummary } from '../../../preload/contract';
import type { AdbService } from '../../../main/adb/adb-service';
import { createDevicePropertiesCache } from '../../../main/services/device-properties';
import { createDevicesService } from '../../../main/services/devices-service';
import { EventHub } from '../../../main/services/event-hub';

const PROPS = {
  'ro.product.model': 'Pixel 9',
  'ro.product.manufacturer': 'Google',
  'ro.build.version.release': '15',
  'ro.build.version.sdk': '35',
};

const fakeAdb = () => {
  const servers = new Map<string, string>();
  let propertyReads = 0;
  const devices: DeviceSummary[] = [
    { serial: 'A1', state: 'device', server: '127.0.0.1:5037' },
    { serial: 'B2', state: 'unauthorized', server: '127.0.0.1:5037' },
    { serial: '127.0.0.1:4000', state: 'device', server: '127.0.0.1:5037', model: 'sdk_gphone' },
  ];
  const adb = {
    listDevices: async () => devices,
    device: () => ({
      getProperties: async () => {
        propertyReads += 1;
        return PROPS;
      },
    }),
    addServer: (address: string) => {
      servers.set(address, `key:${address}`);
      return `key:${address}`;
    },
    removeServer: (key: string) => {
      for (const [address, each] of servers) if (each === key) servers.delete(address);
      return true;
    },
  } as unknown as AdbService;
  return { adb, servers, reads: () => propertyReads };
};

const setup = () => {
  const fake = fakeAdb();
  const properties = createDevicePropertiesCache(fake.adb);
  const service = createDevicesService({
    adb: fake.adb,
    properties,
    demo: { profileOf: (serial) => (serial === '127.0.0.1:4000' ? 'pixel-14' : undefined) },
  });
  return { ...fake, service, properties };
};

describe('devices service', () => {
  it('adds getprop facts to ready devices (read once per device) and the demo profile', async () => {
    const { service, reads } = setup();
    const first = await service.list();
    expect(first).toEqual([
      {
        serial: 'A1',
        state: 'device',
        server: '127.0.0.1:5037',
        model: 'Pixel 9',
        manufacturer: 'Google',
        release: '15',
        sdk: 35,
      },
      { serial: 'B2', state: 'unauthorized', server: '127.0.0.1:5037' },
      {
        serial: '127.0.0.1:4000',
        state: 'device',
        server: '127.0.0.1:5037',
        model: 'sdk_gphone',
        manufacturer: 'Google',
        release: '15',
        sdk: 35,
        demoProfile: 'pixel-14',
      },
    ]);
    await service.list();
    expect(reads()).toBe(2);
  });

  it('keeps the extra adb servers equal to the setting', () => {
    const { service, servers } = setup();
    service.syncServers(['10.0.0.2:5037', 'farm.local:5037']);
    expect([...servers.keys()]).toEqual(['10.0.0.2:5037', 'farm.local:5037']);
    service.syncServers(['farm.local:5037']);
    expect([...servers.keys()]).toEqual(['farm.local:5037']);
    service.syncServers([]);
    expect(servers.size).toBe(0);
  });

  it('forwards device changes enriched', async () => {
    const { service } = setup();
    const [source, target] = [new EventHub(), new EventHub()];
    const seen: unknown[] = [];
    target.subscribe((event, payload) => seen.push({ event, payload }));
    service.forwardChanges(source, target);
    source.emit('devices:changed', [{ serial: 'A1', state: 'device', server: '127.0.0.1:5037' }]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([
      {
        event: 'devices:changed',
        payload: [expect.objectContaining({ serial: 'A1', manufacturer: 'Google', sdk: 35 })],
      },
    ]);
  });
});
