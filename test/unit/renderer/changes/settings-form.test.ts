// The Settings form is validated with the same limits as main before anything is sent.
import { describe, expect, it } from 'vitest';
import {
  formFromSettings,
  isServerAddress,
  validateSettingsForm,
} from '../../../../renderer/src/views/settings/settings-form-model';

const form = { adbPath: '', adbServerPort: '', adbServers: '', unusedDays: '', expertMode: false };

describe('settings form', () => {
  it('turns empty fields into resets (null)', () => {
    expect(validateSettingsForm(form)).toEqual({
      ok: true,
      patch: { adbPath: null, adbServerPort: null, adbServers: null, unusedDays: null, expertMode: false },
    });
  });

  it('accepts valid values', () => {
    const result = validateSettingsForm({
      adbPath: ' /opt/platform-tools/adb ',
      adbServerPort: ' 5038 ',
      adbServers: 'farm.local:5037\n\n[::1]:5038\n',
      unusedDays: '90',
      expertMode: true,
    });
    expect(result).toEqual({
      ok: true,
      patch: {
        adbPath: '/opt/platform-tools/adb',
        adbServerPort: 5038,
        adbServers: ['farm.local:5037', '[::1]:5038'],
        unusedDays: 90,
        expertMode: true,
      },
    });
    expect(validateSettingsForm({ ...form, adbPath: 'C:\\tools\\adb.exe' }).ok).toBe(true);
  });

  it('reports each invalid field', () => {
    expect(
      validateSettingsForm({
        adbPath: 'adb',
        adbServerPort: '80',
        adbServers: 'a:1\nnope',
        unusedDays: '0',
        expertMode: false,
      }),
    ).toEqual({
      ok: false,
      errors: { adbPath: true, adbServerPort: true, adbServers: 'nope', unusedDays: true },
    });
    for (const port of ['65536', '5037.0', '0x13ad', '-5037']) {
      expect(validateSettingsForm({ ...form, adbServerPort: port }).ok).toBe(false);
    }
    expect(validateSettingsForm({ ...form, unusedDays: '1.5' }).ok).toBe(false);
    expect(validateSettingsForm({ ...form, unusedDays: '3651' }).ok).toBe(false);
    expect(isServerAddress('host:70000')).toBe(false);
    expect(isServerAddress('host:0')).toBe(false);
  });

  it('fills the form from saved settings', () => {
    expect(
      formFromSettings({
        language: 'en',
        theme: 'system',
        adbServerPort: 5037,
        adbServers: ['a:1', 'b:2'],
        unusedDays: 30,
      }),
    ).toEqual({
      adbPath: '',
      adbServerPort: '5037',
      adbServers: 'a:1\nb:2',
      unusedDays: '30',
      expertMode: false,
    });
  });
});
