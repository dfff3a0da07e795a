export * from './errors';
export * from './migrate';
export * from './migration';
export * from './migrations';
export * from './open-database';
export * from './repositories/settings-repository';
export * from './sqlite-database';
