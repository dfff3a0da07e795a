import { describe, expect, it } from 'vitest';
import { deviceInfoFromProps, parseGetprop } from '../../../main/reader/parsers/getprop';
import { fuzz, readSample } from './offline/sample-support';

const parse = (name: string) => parseGetprop(readSample(name));

describe('parseGetprop on real samples', () => {
  it('Xiaomi Pad 6 HyperOS 2 (Android 14): identity, ROM hint and the multi-line boot reason value', () => {
    const result = parse('getprop_xiaomi-hyperos2_14_full.txt');
    expect(result.warnings).toEqual([]);
    expect(result.partial).toBe(false);
    expect(Object.keys(result.value)).toHaveLength(1178);
    expect(result.value['persist.sys.boot.reason.history']).toBe(
      'shutdown,userrequested,1777928252\nreboot,userrequested,1777920673',
    );
    expect(result.value['ro.miui.ui.version.name']).toBe('V816');
    expect(deviceInfoFromProps(result.value)).toEqual({
      manufacturer: 'Xiaomi',
      brand: 'Xiaomi',
      model: '23043RP34G',
      device: 'pipa',
      release: '14',
      sdk: 34,
      securityPatch: '2026-01-01',
      fingerprint: 'Xiaomi/pipa_eea/pipa:14/UKQ1.240624.001/OS2.0.12.0.UMZEUXM:user/release-keys',
      buildType: 'user',
      rom: 'HyperOS OS2.0',
    });
  });

  it('Humane Ai Pin 12L: system SDK 32 wins over the vendor partition SDK 30; three-line value', () => {
    const result = parse('getprop_humane-aipin-qualcomm_12L_full.txt');
    expect(result.warnings).toEqual([]);
    expect(Object.keys(result.value)).toHaveLength(718);
    expect(result.value['ro.vendor.build.version.sdk']).toBe('30');
    expect(result.value['persist.sys.boot.reason.history']).toBe(
      'reboot,shell,1741390745\nreboot,shell,1741390333\nshutdown,battery,1741380409',
    );
    const info = deviceInfoFromProps(result.value);
    expect(info).toMatchObject({
      manufacturer: 'Humane',
      model: 'Ai Pin',
      device: 'atoll',
      release: '12',
      sdk: 32,
    });
    expect(info.securityPatch).toBe('2023-04-01');
    expect(info.rom).toBeUndefined();
  });

  it('Rockchip TV box: release says 9.1 but the SDK is 25 (7.1.2)', () => {
    const result = parse('getprop_rockchip-tvbox_7.1.2_full.txt');
    expect(Object.keys(result.value)).toHaveLength(269);
    expect(deviceInfoFromProps(result.value)).toEqual({
      manufacturer: 'rockchip',
      brand: 'Android',
      model: 'TV BOX',
      device: 'rk322x_box',
      release: '9.1',
      sdk: 25,
      securityPatch: '2017-04-05',
      fingerprint: 'Android/rk322x_box/rk322x_box:7.1.2/NHG47K/akrd210080714:userdebug/test-keys',
      buildType: 'userdebug',
    });
  });

  it('Huawei G700 running a MIUI port (KitKat): manufacturer Xiaomi, brand Huawei, MIUI V8', () => {
    const result = parse('getprop_huawei-g700-mediatek-miuiport_4.4.2_full.txt');
    expect(Object.keys(result.value)).toHaveLength(429);
    expect(result.value['ro.build.display.id']).toBe('MIUI HBJ2.0');
    expect(deviceInfoFromProps(result.value)).toMatchObject({
      manufacturer: 'Xiaomi',
      brand: 'Huawei',
      model: 'G700-U20',
      sdk: 19,
      release: '4.4.2',
      securityPatch: '2016-08-01',
      rom: 'MIUI V8',
    });
  });

  it('Huawei Mate 9 on HarmonyOS 2 (filtered): SDK 28, HarmonyOS hint, both patch levels kept', () => {
    const result = parse('getprop-filtered_huawei-harmonyos2_9_mate9-MHA-AL00.txt');
    expect(Object.keys(result.value)).toHaveLength(55);
    expect(result.value['ro.huawei.build.version.security_patch']).toBe('2022-02-01');
    expect(result.value['ro.build.version.base_os']).toBe('');
    expect(deviceInfoFromProps(result.value)).toEqual({
      release: '9',
      sdk: 28,
      securityPatch: '2020-05-01',
      fingerprint: 'HUAWEI/MHA-AL00/HWMHA:9/HUAWEIMHA-AL00/9.1.0.228C00:user/release-keys',
      buildType: 'user',
      rom: 'HarmonyOS 2.1.0',
    });
  });

  it('MVT partial samples: blank line skipped silently, values read', () => {
    const one = parse('getprop_unknown_unknown_partial1.txt');
    expect(one.warnings).toEqual([]);
    expect(Object.keys(one.value)).toHaveLength(13);
    expect(one.value['dalvik.vm.dex2oat-Xmx']).toBe('512m');
    expect(one.value['dalvik.vm.heapgrowthlimit']).toBe('192m');
    const two = parse('getprop_unknown_unknown_partial2.txt');
    expect(Object.keys(two.value)).toHaveLength(10);
    expect(two.value['dalvik.vm.heapminfree']).toBe('512k');
    expect(deviceInfoFromProps(two.value)).toEqual({});
  });
});

describe('parseGetprop edge cases', () => {
  it('reads a property glued to a prompt, warns, and skips noise lines', () => {
    const result = parseGetprop(
      'λ adb shell getprop[ro.product.model]: [BE2028]\n$ exit\n[ro.build.type]: [user]\n',
    );
    expect({ ...result.value }).toEqual({ 'ro.product.model': 'BE2028', 'ro.build.type': 'user' });
    expect(result.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [1, 'text before the property was ignored'],
      [2, 'not a property line: "$ exit"'],
    ]);
  });

  it('marks input cut inside a multi-line value as partial and keeps what was read', () => {
    const result = parseGetprop('[a.b]: [1]\n[persist.sys.boot.reason.history]: [reboot,1\nshutdown,2');
    expect(result.partial).toBe(true);
    expect(result.value['persist.sys.boot.reason.history']).toBe('reboot,1\nshutdown,2');
  });

  it('closes an unterminated value when the next property starts', () => {
    const result = parseGetprop('[a.b]: [no end\n[c.d]: [2]\n');
    expect({ ...result.value }).toEqual({ 'a.b': 'no end', 'c.d': '2' });
    expect(result.warnings[0]?.message).toBe('value of a.b has no closing ]; kept as read');
  });

  it('returns a prototype-free record (no __proto__ pollution)', () => {
    const result = parseGetprop('[__proto__]: [x]\n[constructor]: [y]\n');
    expect(result.value['__proto__']).toBe('x');
    expect(Object.getPrototypeOf(result.value)).toBeNull();
  });

  it('ROM hints: EMUI, ColorOS, One UI; HarmonyOS wins over EMUI', () => {
    expect(deviceInfoFromProps({ 'ro.build.version.emui': 'EmotionUI_10.1.0' }).rom).toBe('EMUI 10.1.0');
    expect(deviceInfoFromProps({ 'ro.build.version.opporom': 'V7.1' }).rom).toBe('ColorOS V7.1');
    expect(deviceInfoFromProps({ 'ro.build.version.oneui': '60101' }).rom).toBe('One UI 60101');
    expect(
      deviceInfoFromProps({ 'ro.build.version.emui': 'EmotionUI_9.1.0', 'hw_sc.build.os.version': '2.1.0' })
        .rom,
    ).toBe('HarmonyOS 2.1.0');
  });

  it('ignores a non-numeric SDK and takes partition fallbacks', () => {
    const info = deviceInfoFromProps({ 'ro.build.version.sdk': 'S', 'ro.product.vendor.model': 'Ai Pin' });
    expect(info).toEqual({ model: 'Ai Pin' });
  });

  it('never throws on mutated samples', () => {
    const texts = [
      'getprop_xiaomi-hyperos2_14_full.txt',
      'getprop_unknown_unknown_partial1.txt',
      'getprop-filtered_huawei-harmonyos2_9_mate9-MHA-AL00.txt',
    ].map(readSample);
    expect(
      fuzz(texts, { seed: 11, rounds: 40, parse: (text) => deviceInfoFromProps(parseGetprop(text).value) }),
    ).toBe(120);
  });
});
