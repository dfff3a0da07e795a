// Typed refusals of the apply engine that cross the API: the phone is being changed by another
// run right now (device lease held), or a journal batch was made before a system update and the
// user has not accepted acting on it.
import { ApiErrorCode } from '../../../preload/contract/result';
import { PrivacyScopeError } from '../../errors';
import type { LeaseHolder } from '../../journal/device-locks';

/** Another run holds the phone's lease; nothing was changed or journaled by this one. */
export class DeviceBusy extends PrivacyScopeError {
  readonly holder: LeaseHolder;

  constructor(options: { readonly deviceKey: string; readonly holder: LeaseHolder }) {
    const { holder } = options;
    const what = holder.batchId === undefined ? holder.work : `${holder.work} of batch ${holder.batchId}`;
    super(
      ApiErrorCode.DeviceBusy,
      `Another PrivacyScope run is changing this phone (${options.deviceKey}): ${what}, process ` +
        `${holder.pid} on ${holder.hostname}, since ${holder.acquiredAt}. Nothing was changed; ` +
        'wait for it to finish (or cancel it there), then try again.',
      {
        details: [
          `pid ${holder.pid}`,
          `host ${holder.hostname}`,
          `since ${holder.acquiredAt}`,
          `last heartbeat ${holder.heartbeatAt}`,
          ...(holder.batchId === undefined ? [] : [`batch ${holder.batchId}`]),
        ],
      },
    );
    this.holder = holder;
  }
}

/** The batch was made on another build of this phone: its recorded states may be outdated. */
export class SystemUpdatedSinceBatch extends PrivacyScopeError {
  readonly batchId: string;
  readonly batchFingerprint: string;
  readonly currentFingerprint: string;

  constructor(options: {
    readonly batchId: string;
    readonly batchFingerprint: string;
    readonly currentFingerprint: string;
  }) {
    super(
      ApiErrorCode.SystemUpdated,
      `Batch ${options.batchId} was made on build ${options.batchFingerprint || '(unknown)'}, but the ` +
        `phone now runs ${options.currentFingerprint || '(unknown)'}: its system was updated since. ` +
        'The update may have reset or changed what the batch recorded. Check the phone, then confirm ' +
        'to go on anyway (CLI: --accept-updated-system).',
      { details: [options.batchFingerprint, options.currentFingerprint] },
    );
    this.batchId = options.batchId;
    this.batchFingerprint = options.batchFingerprint;
    this.currentFingerprint = options.currentFingerprint;
  }
}
