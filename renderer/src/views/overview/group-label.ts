// Localised names of permission groups (heat-map columns); unknown groups show their id.
import type { PlainMessageKey, Translate } from '../../i18n/translate';

const GROUP_KEYS: Readonly<Record<string, PlainMessageKey>> = {
  LOCATION: 'overview.group.LOCATION',
  CAMERA: 'overview.group.CAMERA',
  MICROPHONE: 'overview.group.MICROPHONE',
  CONTACTS: 'overview.group.CONTACTS',
  PHONE: 'overview.group.PHONE',
  CALL_LOG: 'overview.group.CALL_LOG',
  SMS: 'overview.group.SMS',
  CALENDAR: 'overview.group.CALENDAR',
  STORAGE: 'overview.group.STORAGE',
  READ_MEDIA_VISUAL: 'overview.group.READ_MEDIA_VISUAL',
  READ_MEDIA_AURAL: 'overview.group.READ_MEDIA_AURAL',
  NEARBY_DEVICES: 'overview.group.NEARBY_DEVICES',
  ACTIVITY_RECOGNITION: 'overview.group.ACTIVITY_RECOGNITION',
  SENSORS: 'overview.group.SENSORS',
  NOTIFICATIONS: 'overview.group.NOTIFICATIONS',
};

export const groupLabel = (group: string, t: Translate): string => {
  const key = GROUP_KEYS[group];
  return key === undefined ? group : t(key);
};
