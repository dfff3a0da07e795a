// Every migration this build knows, in order. Append only: add `NNNN-<name>.ts` and list it
// last here; never edit or remove one that has shipped (openDatabase refuses a database
// whose applied migrations differ from these).
import type { Migration } from '../migration';
import { migration0001Settings } from './0001-settings';
import { migration0002DevicesScansJournal } from './0002-devices-scans-journal';
import { migration0003AppCategoriesScanStats } from './0003-app-categories-scan-stats';
import { migration0004PhoneIdentityDeviceLocks } from './0004-phone-identity-device-locks';

export const MIGRATIONS: readonly Migration[] = [
  migration0001Settings,
  migration0002DevicesScansJournal,
  migration0003AppCategoriesScanStats,
  migration0004PhoneIdentityDeviceLocks,
];
