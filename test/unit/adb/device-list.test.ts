import { describe, expect, it } from 'vitest';
import { diffDevices, parseDeviceList, toDeviceState } from '../../../main/adb/device-list';

const SERVER = '127.0.0.1:5037';

describe('parseDeviceList', () => {
  it('parses the long form with product and model', () => {
    const text =
      '127.0.0.1:40001        device product:privacyscope model:Virtual_Phone device:virtual transport_id:1\n' +
      'emulator-5554          offline transport_id:2\n' +
      '0123456789ABCDEF       unauthorized usb:1-1 transport_id:3\n';
    expect(parseDeviceList(text, SERVER)).toEqual([
      {
        serial: '127.0.0.1:40001',
        state: 'device',
        server: SERVER,
        model: 'Virtual_Phone',
        product: 'privacyscope',
      },
      { serial: 'emulator-5554', state: 'offline', server: SERVER },
      { serial: '0123456789ABCDEF', state: 'unauthorized', server: SERVER },
    ]);
  });

  it('parses the short tab form and the CLI header', () => {
    expect(parseDeviceList('List of devices attached\nabc\tdevice\nxyz\trecovery\n\n', SERVER)).toEqual([
      { serial: 'abc', state: 'device', server: SERVER },
      { serial: 'xyz', state: 'unknown', server: SERVER },
    ]);
  });

  it('handles the multi-word "no permissions" state', () => {
    const text =
      '0123 no permissions (user in plugdev group; are your udev rules wrong?); see [http://developer.android.com/tools/device.html] usb:1-1 transport_id:4\n';
    expect(parseDeviceList(text, SERVER)).toEqual([{ serial: '0123', state: 'unknown', server: SERVER }]);
  });

  it('maps adb states to ours', () => {
    expect(
      ['device', 'unauthorized', 'authorizing', 'offline', 'connecting', 'host', 'bootloader'].map(
        toDeviceState,
      ),
    ).toEqual(['device', 'unauthorized', 'unauthorized', 'offline', 'offline', 'unknown', 'unknown']);
  });
});

describe('diffDevices', () => {
  const a = { serial: 'a', state: 'device', server: SERVER } as const;
  const b = { serial: 'b', state: 'device', server: SERVER } as const;

  it('reports added, removed and changed', () => {
    const change = diffDevices(
      [a, b],
      [
        { ...a, state: 'offline' },
        { serial: 'c', state: 'unauthorized', server: SERVER },
      ],
    );
    expect(change.added.map((d) => d.serial)).toEqual(['c']);
    expect(change.removed.map((d) => d.serial)).toEqual(['b']);
    expect(change.changed).toEqual([{ before: a, after: { ...a, state: 'offline' } }]);
  });

  it('is empty for equal lists and notices a model change', () => {
    expect(diffDevices([a, b], [b, a])).toEqual({ added: [], removed: [], changed: [] });
    expect(diffDevices([a], [{ ...a, model: 'Pixel_8' }]).changed).toHaveLength(1);
  });

  it('keeps the same serial on two servers apart', () => {
    const other = { ...a, server: '10.0.0.2:5037' };
    const change = diffDevices([a], [a, other]);
    expect(change.added).toEqual([other]);
  });
});
