// What a thrown error means for a step: the phone refused (with guidance), the step could not
// apply here (skipped), it failed, or the connection went away mid-step so nobody knows
// whether it changed the phone (the step stays `running` until resume re-reads the phone).
// A CommandFailed without an exit status is adb's own failure (connection closed, transport
// reset), not the phone's answer: it counts as a lost connection, never as a refusal.
import {
  AdbUnavailable,
  Cancelled,
  CommandFailed,
  CommandTimeout,
  DeviceNotFound,
  DeviceOffline,
  OutputTooLarge,
  OutputTruncated,
} from '../../adb/errors';
import type { StepOutcome } from '../action-types';
import { ActionRefused, StepNotApplicable } from '../executors/action-refused';
import { guidanceFor } from '../refusal-guidance';

export type FailureClass =
  | { readonly type: 'outcome'; readonly outcome: Omit<StepOutcome, 'prior'> }
  | { readonly type: 'connection-lost' | 'cancelled'; readonly message: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export const classifyFailure = (error: unknown): FailureClass => {
  if (error instanceof Cancelled) return { type: 'cancelled', message: error.message };
  if (
    error instanceof DeviceOffline ||
    error instanceof DeviceNotFound ||
    error instanceof OutputTruncated ||
    error instanceof AdbUnavailable
  ) {
    return { type: 'connection-lost', message: error.message };
  }
  if (error instanceof StepNotApplicable) {
    return { type: 'outcome', outcome: { status: 'skipped', deviceMessage: error.message } };
  }
  if (error instanceof CommandTimeout || error instanceof OutputTooLarge) {
    return { type: 'outcome', outcome: { status: 'failed', deviceMessage: error.message } };
  }
  if (error instanceof ActionRefused) {
    return {
      type: 'outcome',
      outcome: { status: 'refused', deviceMessage: error.deviceMessage, guidance: error.guidance },
    };
  }
  if (error instanceof CommandFailed && error.exitCode === undefined) {
    // adb itself failed (connection closed, transport reset): the command may or may not have run.
    return { type: 'connection-lost', message: error.message };
  }
  if (error instanceof CommandFailed && error.deviceMessage !== '') {
    const guidance = guidanceFor(error.deviceMessage);
    return { type: 'outcome', outcome: { status: 'refused', deviceMessage: error.deviceMessage, guidance } };
  }
  return { type: 'outcome', outcome: { status: 'failed', deviceMessage: messageOf(error) } };
};
