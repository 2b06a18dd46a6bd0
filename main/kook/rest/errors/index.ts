export { KookClientError } from './KookClientError';
export { KookApiError } from './KookApiError';
export { RateLimitedError } from './RateLimitedError';
export { TimeoutError } from './TimeoutError';
export { NetworkError } from './NetworkError';
export { CancelledError } from './CancelledError';
export { InvalidResponseError } from './InvalidResponseError';
