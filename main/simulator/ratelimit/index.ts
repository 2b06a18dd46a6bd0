export * from './profiles';
export * from './limiter';
