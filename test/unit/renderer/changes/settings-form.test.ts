// The Settings form is validated with the same limits as main before anything is sent.
import { describe, expect, it } from 'vitest';
import {
  formFromSettings,
  isServerAddress,
  validateSettingsForm,
} from '../../../../renderer/src/views/settings/settings-form-model';

const form = { adbPath: '', adbServers: '', unusedDays: '', expertMode: false };

describe('settings form', () => {
  it('turns empty fields into resets (null)', () => {
    expect(validateSettingsForm(form)).toEqual({
      ok: true,
      patch: { adbPath: null, adbServers: null, unusedDays: null, expertMode: false },
    });
  });

  it('accepts valid values', () => {
    const result = validateSettingsForm({
      adbPath: ' /opt/platform-tools/adb ',
      adbServers: 'farm.local:5037\n\n[::1]:5038\n',
      unusedDays: '90',
      expertMode: true,
    });
    expect(result).toEqual({
      ok: true,
      patch: {
        adbPath: '/opt/platform-tools/adb',
        adbServers: ['farm.local:5037', '[::1]:5038'],
        unusedDays: 90,
        expertMode: true,
      },
    });
    expect(validateSettingsForm({ ...form, adbPath: 'C:\\tools\\adb.exe' }).ok).toBe(true);
  });

  it('reports each invalid field', () => {
    expect(
      validateSettingsForm({ adbPath: 'adb', adbServers: 'a:1\nnope', unusedDays: '0', expertMode: false }),
    ).toEqual({
      ok: false,
      errors: { adbPath: true, adbServers: 'nope', unusedDays: true },
    });
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
    ).toEqual({ adbPath: '', adbServers: 'a:1\nb:2', unusedDays: '30', expertMode: false });
  });
});
