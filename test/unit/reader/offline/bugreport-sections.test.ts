import { describe, expect, it } from 'vitest';
import { splitBugreportSections } from '../../../../main/reader/offline/bugreport-sections';
import { parseGetprop } from '../../../../main/reader/parsers/getprop';
import { cleanSample, makeBugreportText } from './make-bugreport';
import { fuzz } from './sample-support';

const getprop = cleanSample('getprop_xiaomi-hyperos2_14_full.txt');
const appops = cleanSample('dumpsys-appops_sunmi-qualcomm_11_full-trimmed.txt');
const policy = cleanSample('dumpsys-device_policy_sunmi-qualcomm_11_device-owner.txt');

describe('splitBugreportSections', () => {
  it('maps dumpstate sections and dumpsys services to their text', () => {
    const text = makeBugreportText({ getprop, services: { appops, device_policy: policy } });
    const result = splitBugreportSections(text);
    expect(result.warnings).toEqual([]);
    expect(result.partial).toBe(false);
    const { sections, services } = result.value;
    expect([...sections.keys()]).toEqual(['UPTIME', 'SYSTEM PROPERTIES', 'DUMPSYS CRITICAL', 'DUMPSYS']);
    expect([...services.keys()]).toEqual(['cpuinfo', 'appops', 'device_policy']);
    expect(services.get('cpuinfo')).toBe('Load: 1.0 / 1.0 / 1.0');
    expect(services.get('device_policy')).toBe(policy.replace(/\n$/, ''));
    expect(parseGetprop(sections.get('SYSTEM PROPERTIES') ?? '').value['ro.mi.os.version.name']).toBe(
      'OS2.0',
    );
    expect(sections.get('DUMPSYS')).toBe('');
  });

  it('ends a service at the separator when there is no duration line (older dumpstate), and at CRLF', () => {
    const sep = '-'.repeat(79);
    const text = [
      'DUMP OF SERVICE package:',
      'Packages:',
      sep,
      'DUMP OF SERVICE HIGH appops:',
      'Current AppOps Service state:',
      sep,
    ].join('\r\n');
    const { services } = splitBugreportSections(text).value;
    expect(services.get('package')).toBe('Packages:');
    expect(services.get('appops')).toBe('Current AppOps Service state:');
  });

  it('flags a bugreport cut inside a service dump as partial', () => {
    const text = makeBugreportText({
      services: { appops, package: 'Packages:\n  Package [com.a] (1):' },
      cut: true,
    });
    const result = splitBugreportSections(text);
    expect(result.partial).toBe(true);
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'the text ends inside the dump of package',
    ]);
    expect(result.value.services.get('package')).toBe('Packages:\n  Package [com.a] (1):');
  });

  it('keeps the first non-empty copy of a repeated service and warns', () => {
    const sep = '-'.repeat(79);
    const text = ['DUMP OF SERVICE user:', 'Users:', sep, 'DUMP OF SERVICE user:', 'other', sep].join('\n');
    const result = splitBugreportSections(text);
    expect(result.value.services.get('user')).toBe('Users:');
    expect(result.warnings[0]?.message).toBe('service user appears again; the first copy is kept');
  });

  it('warns when the text has no dumpstate structure', () => {
    expect(splitBugreportSections('hello\nworld\n').warnings[0]?.message).toMatch(/not a bugreport/);
  });

  it('never throws on mutated bugreports', () => {
    const text = makeBugreportText({
      getprop: getprop.slice(0, 4000),
      services: { appops, device_policy: policy },
    });
    expect(fuzz([text], { seed: 41, rounds: 60, parse: splitBugreportSections })).toBe(60);
  });
});
