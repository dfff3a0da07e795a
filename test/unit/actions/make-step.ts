// A PlannedStep for executor unit tests (com.example.app, user 0 unless given).
import type { PlannedStep, StepTarget } from '../../../main/actions/action-types';

export const makeStep = (kind: PlannedStep['kind'], target: Partial<StepTarget> = {}): PlannedStep => ({
  id: '1',
  kind,
  target: { packageName: 'com.example.app', userId: 0, ...target },
  commands: [],
  expected: { en: '', zh: '' },
  undo: { en: '', zh: '' },
});
