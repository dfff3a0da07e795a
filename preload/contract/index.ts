export * from './api';
export * from './channels';
export * from './result';
export * from './types';
