// Everything the HTTP layer works with, built once by Simulator.ts (or by a test with fakes).
import type { GatewayServer } from '../core/gateway';
import type { RouteDef } from '../core/routes';
import type { World } from '../core/world';
import type { ImageStore } from '../images';
import type { RateLimiter } from '../ratelimit';
import type { RestFaults } from './faults';

/** The part of the world the HTTP layer calls; a test can fake just this. */
export type HttpWorld = Pick<World, 'routes' | 'authenticate' | 'admin' | 'traffic'>;

export interface HttpSettings {
  /** e.g. `http://127.0.0.1:8765`, known once the server listens. */
  origin: string;
  /** Added to every /api/v3 answer (issue 2: "Latency profile"). */
  latencyMs: number;
}

export interface SimHttpContext {
  world: HttpWorld;
  gateway: GatewayServer;
  limiter: RateLimiter;
  faults: RestFaults;
  images: ImageStore;
  settings: HttpSettings;
  startedAt: number;
  /** Unexpected exceptions (answered with 500) are reported here. */
  onError: (error: unknown) => void;
}

const indexCache = new WeakMap<readonly RouteDef[], Map<string, RouteDef[]>>();

/** Routes by path, rebuilt only when the world hands out a new routes array. */
export function routesAt(world: HttpWorld, path: string): RouteDef[] {
  let index = indexCache.get(world.routes);
  if (!index) {
    index = new Map();
    for (const route of world.routes) index.set(route.path, [...(index.get(route.path) ?? []), route]);
    indexCache.set(world.routes, index);
  }
  return index.get(path) ?? [];
}
