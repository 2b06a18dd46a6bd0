export * from './errors';
export * from './define';
export * from './models';
export * from './push';
export * from './contract';
export * from './moderationModels';
export * from './client';
export * from './preloadApi';
