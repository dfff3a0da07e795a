export * from './bugreport';
export * from './bugreport-sections';
export * from './captured-folder';
export * from './captured-outputs';
export * from './zip-errors';
export * from './zip-reader';
