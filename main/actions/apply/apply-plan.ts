// applyPlan: checks that the connected phone is the plan's (serial + fingerprint), opens a
// journal batch with every step pending, then runs the steps (run-batch.ts).
import { randomUUID } from 'node:crypto';
import type { Plan } from '../action-types';
import type { BatchResult, EngineOptions } from './apply-types';
import { assertSameDevice, readDeviceIdentity } from './device-identity';
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
  const batch = await options.journal.openBatch({
    id: options.batchId ?? randomUUID(),
    device: identity,
    kind: 'apply',
    plan,
  });
  return runBatch({ ...options, batch, sdk: plan.device.sdk });
};
