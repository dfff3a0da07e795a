// The parts of a step's target an executor needs, checked once. The names are validated
// again by `arg.*` when commands are built.
import type { PlannedStep } from '../action-types';
import { SkipReason } from '../action-types';
import { StepNotApplicable } from './action-refused';

export interface AppTarget {
  readonly packageName: string;
  readonly userId: number;
}

export const appTarget = (step: PlannedStep): AppTarget => ({
  packageName: step.target.packageName,
  userId: step.target.userId,
});

const need = (step: PlannedStep, field: 'permission' | 'op' | 'component'): string => {
  const value = step.target[field];
  if (value === undefined || value === '') {
    throw new StepNotApplicable(SkipReason.Unsupported, `${step.kind} step ${step.id} has no ${field}`);
  }
  return value;
};

export const permissionTarget = (step: PlannedStep): AppTarget & { readonly permission: string } => ({
  ...appTarget(step),
  permission: need(step, 'permission'),
});

export const opTarget = (step: PlannedStep): AppTarget & { readonly op: string } => ({
  ...appTarget(step),
  op: need(step, 'op'),
});

export const componentTarget = (step: PlannedStep): AppTarget & { readonly component: string } => ({
  ...appTarget(step),
  component: need(step, 'component'),
});
