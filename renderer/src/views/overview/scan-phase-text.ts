// What a running scan is reading, in the UI language: main reports phases by their capture name
// (`dumpsys-package`, `labels`, …); a phase this renderer has no text for yet is shown as sent.
import type { PlainMessageKey, Translate } from '../../i18n/translate';

const PHASE_KEYS: Readonly<Record<string, PlainMessageKey>> = {
  device: 'scanPhase.device',
  'dumpsys-package': 'scanPhase.dumpsys-package',
  'dumpsys-usagestats': 'scanPhase.dumpsys-usagestats',
  'dumpsys-appops': 'scanPhase.dumpsys-appops',
  'dumpsys-device_policy': 'scanPhase.dumpsys-device_policy',
  'dumpsys-notification': 'scanPhase.dumpsys-notification',
  'dumpsys-accessibility': 'scanPhase.dumpsys-accessibility',
  assemble: 'scanPhase.assemble',
  labels: 'scanPhase.labels',
  audit: 'scanPhase.audit',
};

export const scanPhaseText = (phase: string, t: Translate): string => {
  const key = Object.hasOwn(PHASE_KEYS, phase) ? PHASE_KEYS[phase] : undefined;
  return t('overview.scanPhase', { phase: key === undefined ? phase : t(key) });
};
