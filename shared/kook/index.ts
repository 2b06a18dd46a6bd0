export * from './signals';
export * from './envelope';
export * from './objects';
export * from './events';
export * from './permissions';
