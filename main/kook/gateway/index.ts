// Public surface of the KOOK gateway client library (GATEWAY.md).
export { GatewayClient, type GatewayClientOptions } from './GatewayClient';
export { Backfill, type BackfilledMessage, type BackfillOptions } from './Backfill';
export { FrameDecoder, type DecodedFrame, type DecodeResult, type MalformedReason } from './FrameDecoder';
export { SnSequencer, type GapVerdict, type PushResult, type SkippedGap } from './SnSequencer';
export { Heartbeat, type HeartbeatHooks } from './Heartbeat';
export { RefetchBackoff } from './RefetchBackoff';
export { resumeUrl } from './resumeUrl';
export { isBadTokenError } from './errors';
export { DEFAULT_GATEWAY_TIMINGS, scaleTimings, type GatewayTimings } from './timings';
export { wsSocketFactory } from './wsSocketFactory';
export * from './types';
