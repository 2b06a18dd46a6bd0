// The simulator's public surface: start one embedded, or run cli.ts as a process.
export { Simulator, startSimulator, type SimulatorDeps, type SimulatorOptions } from './Simulator';
export { RateLimiter, PROFILES, PROFILE_NAMES, type ProfileName, type BucketOverrides, parseOverride } from './ratelimit';
export { isLoopbackAddress } from './http';
export { ImageStore } from './images';
export type { World, WorldOptions, PresetName, TrafficOptions } from './core/world';
export type { GatewayServer, GatewayServerTimings, LedgerEntry } from './core/gateway';
