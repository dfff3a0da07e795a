// applyPlan: checks that the connected phone is the plan's (serial + fingerprint), takes the
// phone's device lease, opens a journal batch with every step pending, then runs the steps
// (run-batch.ts). A phone busy with another run is refused before anything is journaled.
import { randomUUID } from 'node:crypto';
import type { Plan } from '../action-types';
import type { BatchResult, EngineOptions } from './apply-types';
import { assertSameDevice, readDeviceIdentity } from './device-identity';
import { withDeviceLease } from './device-lease';
import { runBatch } from './run-batch';

export interface ApplyPlanOptions extends EngineOptions {
  readonly plan: Plan;
  readonly batchId?: string;
}

export const applyPlan = async (options: ApplyPlanOptions): Promise<BatchResult> => {
  const { plan } = options;
  const identity = await readDeviceIdentity(options.session, {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  assertSameDevice(plan.device, identity);
  const batchId = options.batchId ?? randomUUID();
  return withDeviceLease(
    {
      journal: options.journal,
      deviceKey: identity.hardwareId,
      work: 'apply',
      batchId,
      ...(options.leaseEnvironment === undefined ? {} : { environment: options.leaseEnvironment }),
    },
    async (lease) => {
      const batch = await options.journal.openBatch({ id: batchId, device: identity, kind: 'apply', plan });
      return runBatch({ ...options, batch, sdk: plan.device.sdk, lease });
    },
  );
};
