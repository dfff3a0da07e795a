export * from './apply-errors';
export * from './apply-plan';
export * from './apply-types';
export * from './device-identity';
export * from './device-lease';
export * from './interrupted';
export * from './undo-journal';
export * from './undo-steps';
