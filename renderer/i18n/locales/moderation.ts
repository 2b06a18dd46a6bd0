// Strings of renderer/features/moderation, one file per language (the namespace is long).
export { en } from './moderation.en';
export { zh } from './moderation.zh';
