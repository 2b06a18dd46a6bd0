// One running simulator: world + gateway + HTTP server on one port (issue 2 §2). Used by the
// CLI, by a parent that forks the CLI (demo mode), and embedded by integration tests.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { API_PREFIX } from '../../shared/kook';
import type { GatewayServer, GatewayServerTimings } from './core/gateway';
import type { CreateWorld, PresetName, World } from './core/world';
import type { createGatewayServer } from './gateway';
import { RestFaults, createSimHttpServer, type SimHttpContext } from './http';
import { ImageStore } from './images';
import { type BucketOverrides, type ProfileName, RateLimiter } from './ratelimit';

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the admin API must not face the network. */
  host?: string;
  seed: number;
  preset: PresetName;
  dataDir?: string;
  /** Traffic generator events per second; 0 or absent = quiet. */
  rate?: number;
  rateLimitProfile?: ProfileName;
  overrides?: BucketOverrides;
  latencyMs?: number;
  gatewayTimings?: Partial<GatewayServerTimings>;
  resetWholeSeconds?: boolean;
  /** Where unexpected exceptions go (answered with 500 regardless); default console.error. */
  onError?: (error: unknown) => void;
}

/** Factories, replaceable so tests can run the shell around fakes. */
export interface SimulatorDeps {
  createWorld: CreateWorld;
  createGatewayServer: typeof createGatewayServer;
}

export class Simulator {
  private closing: Promise<void> | null = null;

  private constructor(
    readonly origin: string,
    readonly world: World,
    readonly gateway: GatewayServer,
    readonly limiter: RateLimiter,
    private readonly server: Server,
  ) {}

  /** e.g. `http://127.0.0.1:8765/api/v3` — what a bot uses instead of https://www.kookapp.cn/api/v3. */
  get apiBase(): string {
    return `${this.origin}${API_PREFIX}`;
  }
  get token(): string {
    return this.world.defaultBot.token;
  }
  get botId(): string {
    return this.world.defaultBot.id;
  }

  static async start(opts: SimulatorOptions, deps?: SimulatorDeps): Promise<Simulator> {
    const { createWorld, createGatewayServer } = deps ?? (await defaultDeps());
    const world = createWorld({ seed: opts.seed, preset: opts.preset, dataDir: opts.dataDir });
    const gateway = createGatewayServer({
      bus: world.bus,
      isMember: (guildId, userId) => world.isMember(guildId, userId),
      timings: opts.gatewayTimings,
      onPresence: (botId, online) => {
        try {
          world.admin.setOnline(botId, online);
        } catch {
          // The bot vanished in a world reset; nothing to mark.
        }
      },
    });
    const limiter = new RateLimiter({ profile: opts.rateLimitProfile, overrides: opts.overrides, resetWholeSeconds: opts.resetWholeSeconds });
    const ctx: SimHttpContext = {
      world,
      gateway,
      limiter,
      faults: new RestFaults(),
      images: new ImageStore(),
      settings: { origin: '', latencyMs: opts.latencyMs ?? 0 },
      startedAt: Date.now(),
      onError: opts.onError ?? ((error) => console.error('[sim] unexpected error:', error)),
    };
    const server = createSimHttpServer(ctx);
    const host = opts.host ?? '127.0.0.1';
    try {
      await listen(server, opts.port ?? 0, host);
    } catch (error) {
      await gateway.close();
      await world.close();
      throw error;
    }
    const { port } = server.address() as AddressInfo;
    const origin = `http://${originHost(host)}:${port}`;
    ctx.settings.origin = origin;
    world.setOrigin(origin);
    if (ctx.settings.latencyMs > 0) gateway.control.setLatency(ctx.settings.latencyMs);
    if (opts.rate && opts.rate > 0) world.traffic.start({ rate: opts.rate });
    return new Simulator(origin, world, gateway, limiter, server);
  }

  /** Stops traffic, closes sockets and saves the world; safe to call twice. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.world.traffic.stop();
      await this.gateway.close();
      await new Promise<void>((resolve) => {
        this.server.close(() => resolve());
        this.server.closeAllConnections();
      });
      await this.world.close();
    })();
    return this.closing;
  }
}

export function startSimulator(opts: SimulatorOptions, deps?: SimulatorDeps): Promise<Simulator> {
  return Simulator.start(opts, deps);
}

/** Loaded on demand so a test can run the shell around fakes without the real world. */
async function defaultDeps(): Promise<SimulatorDeps> {
  const [world, gateway] = await Promise.all([import('./world'), import('./gateway')]);
  return { createWorld: world.createWorld, createGatewayServer: gateway.createGatewayServer };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** A wildcard bind is reached through loopback; IPv6 literals need brackets in a URL. */
function originHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
