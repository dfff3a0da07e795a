// What `scan` and `devices` share: the --adb-port option and an AdbService for one command
// run (disposed afterwards, so the process can exit).
import { createAdbService, type AdbService } from '../adb/adb-service';
import { EventHub } from '../services/event-hub';
import { CliUsageError } from './command';
import { message } from './scan-messages';

export const DEFAULT_ADB_PORT = 5037;

export const parseAdbPort = (value: string | undefined): number => {
  if (value === undefined) return DEFAULT_ADB_PORT;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
    throw new CliUsageError(message('badPort', { value: JSON.stringify(value) }));
  }
  return Number(value);
};

export const withAdbService = async <T>(
  port: number,
  use: (service: AdbService) => Promise<T>,
): Promise<T> => {
  const service = createAdbService({ port, events: new EventHub() });
  try {
    return await use(service);
  } finally {
    await service.dispose();
  }
};
