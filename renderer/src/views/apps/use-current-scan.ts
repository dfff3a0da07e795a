// The scan the Apps views show: the phone store's, or — when a phone is selected but its scan
// is not in the store yet — the latest saved one (`scan:latest`), put into the store.
import { useCallback, useEffect, useState } from 'react';
import type { AuditedScan, DeviceRef } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';
import { usePhoneStore } from '../../state/phone-store';

export type CurrentScan =
  | { readonly status: 'no-device' }
  | { readonly status: 'loading'; readonly device: DeviceRef }
  | { readonly status: 'no-scan'; readonly device: DeviceRef }
  | { readonly status: 'error'; readonly device: DeviceRef; readonly error: unknown }
  | { readonly status: 'ready'; readonly device: DeviceRef; readonly scan: AuditedScan };

export const useCurrentScan = (): CurrentScan & { readonly retry: () => void } => {
  const api = useApi();
  const device = usePhoneStore((state) => state.device);
  const scan = usePhoneStore((state) => state.scan);
  const setScan = usePhoneStore((state) => state.setScan);
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<{ device: DeviceRef; missing: boolean; error: unknown }>();

  useEffect(() => {
    if (device === undefined || scan !== undefined) return undefined;
    let current = true;
    api.scan.latest({ device }).then(
      (latest) => {
        if (!current) return;
        if (latest === null) setOutcome({ device, missing: true, error: undefined });
        else setScan(latest);
      },
      (error: unknown) => current && setOutcome({ device, missing: false, error }),
    );
    return () => void (current = false);
  }, [api, device, scan, setScan, attempt]);

  const retry = useCallback(() => {
    setOutcome(undefined);
    setAttempt((value) => value + 1);
  }, []);

  if (device === undefined) return { status: 'no-device', retry };
  if (scan !== undefined) return { status: 'ready', device, scan, retry };
  if (outcome?.device !== device) return { status: 'loading', device, retry };
  if (outcome.missing) return { status: 'no-scan', device, retry };
  return { status: 'error', device, error: outcome.error, retry };
};
