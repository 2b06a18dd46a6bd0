// Public surface of the inspector (issue 5 "Event inspector").
export { Inspector } from './Inspector';
export { FrameRecorder, INSPECTOR_DEFAULTS, type FrameRecorderOptions } from './FrameRecorder';
export { type InspectorJobs, type ImportResult, Replays } from './Replays';
export { MemoryEventLog } from './MemoryEventLog';
export { InspectorError } from './errors';
export { exportCapture, parseCapture, CAPTURE_LIMITS } from './capture';
export { redactTokens, REDACTED } from './redact';
export { type InspectorClock, systemInspectorClock } from './clock';
