// Rate-limit profiles of the simulator (PROTOCOL.md "Rate limits").
//
// KOOK publishes no numbers: the values below are PLAUSIBLE, NOT OFFICIAL. They are chosen so a
// well-behaved bot never meets them in normal use while a bot that floods one route does, and so
// several routes share a bucket the way the `X-Rate-Limit-Bucket` header lets KOOK express.
//
// DEFAULT profile (every window is fixed and counted per bot token):
//
// | bucket               | routes sharing it                                                  | limit | window |
// |----------------------|--------------------------------------------------------------------|-------|--------|
// | (global)             | every rate-controlled route together                               |  120  |  5 s   |
// | message/create       | message/create, message/update, direct-message/create, -/update    |    5  |  5 s   |
// | message/delete       | message/delete, direct-message/delete                              |    5  |  5 s   |
// | message/reaction     | message/add-reaction, -/delete-reaction (and direct-message/ same) |   10  |  5 s   |
// | message/list         | message/list, message/view, message/reaction-list, direct-message/list, -/view | 20 | 5 s |
// | message/pin          | message/pin, message/unpin                                         |    5  |  5 s   |
// | guild/user-list      | guild/user-list                                                    |   10  |  5 s   |
// | guild/moderation     | guild/kickout, blacklist/create, blacklist/delete, guild-mute/create, guild-mute/delete | 5 | 5 s |
// | guild-role/grant     | guild-role/grant, guild-role/revoke                                |   10  |  5 s   |
// | guild-role/manage    | guild-role/create, -/update, -/delete                              |    5  |  5 s   |
// | channel/manage       | channel/create, -/update, -/delete, channel-role/create, -/update, -/delete | 5 | 5 s |
// | gateway/index        | gateway/index                                                      |    5  | 10 s   |
// | (any other route)    | its own path                                                       |   20  |  5 s   |
//
// `none`: no limits and no headers (benchmarks loading big worlds). `strict`: tiny windows for tests.

export interface WindowLimit {
  limit: number;
  windowMs: number;
}

export interface RateLimitProfile {
  /** Limit over all routes of one token; null = no global limit. */
  global: WindowLimit | null;
  /** Limits of named buckets. */
  buckets: Readonly<Record<string, WindowLimit>>;
  /** Limit of a bucket the table does not name; null = unlimited. */
  fallback: WindowLimit | null;
}

export type ProfileName = 'default' | 'none' | 'strict';
export const PROFILE_NAMES: readonly ProfileName[] = ['default', 'none', 'strict'];

/** Per-bucket overrides from the CLI (`--limit bucket=N/ms`) and the admin API; `global` names the global limit. */
export type BucketOverrides = Record<string, WindowLimit>;

export const GLOBAL_BUCKET = 'global';

const w = (limit: number, windowMs: number): WindowLimit => ({ limit, windowMs });

/** Which bucket a route falls into when its RouteDef names none (otherwise its own path). */
export const ROUTE_BUCKETS: Readonly<Record<string, string>> = {
  'message/create': 'message/create',
  'message/update': 'message/create',
  'direct-message/create': 'message/create',
  'direct-message/update': 'message/create',
  'message/delete': 'message/delete',
  'direct-message/delete': 'message/delete',
  'message/add-reaction': 'message/reaction',
  'message/delete-reaction': 'message/reaction',
  'direct-message/add-reaction': 'message/reaction',
  'direct-message/delete-reaction': 'message/reaction',
  'message/list': 'message/list',
  'message/view': 'message/list',
  'message/reaction-list': 'message/list',
  'direct-message/list': 'message/list',
  'direct-message/view': 'message/list',
  'message/pin': 'message/pin',
  'message/unpin': 'message/pin',
  'guild/kickout': 'guild/moderation',
  'blacklist/create': 'guild/moderation',
  'blacklist/delete': 'guild/moderation',
  'guild-mute/create': 'guild/moderation',
  'guild-mute/delete': 'guild/moderation',
  'guild-role/grant': 'guild-role/grant',
  'guild-role/revoke': 'guild-role/grant',
  'guild-role/create': 'guild-role/manage',
  'guild-role/update': 'guild-role/manage',
  'guild-role/delete': 'guild-role/manage',
  'channel/create': 'channel/manage',
  'channel/update': 'channel/manage',
  'channel/delete': 'channel/manage',
  'channel-role/create': 'channel/manage',
  'channel-role/update': 'channel/manage',
  'channel-role/delete': 'channel/manage',
};

/** Bucket of a route = RouteDef.bucket ?? the table above ?? its path. */
export function bucketOf(route: { path: string; bucket?: string }): string {
  return route.bucket ?? ROUTE_BUCKETS[route.path] ?? route.path;
}

export const PROFILES: Readonly<Record<ProfileName, RateLimitProfile>> = {
  default: {
    global: w(120, 5000),
    buckets: {
      'message/create': w(5, 5000),
      'message/delete': w(5, 5000),
      'message/reaction': w(10, 5000),
      'message/list': w(20, 5000),
      'message/pin': w(5, 5000),
      'guild/user-list': w(10, 5000),
      'guild/moderation': w(5, 5000),
      'guild-role/grant': w(10, 5000),
      'guild-role/manage': w(5, 5000),
      'channel/manage': w(5, 5000),
      'gateway/index': w(5, 10_000),
    },
    fallback: w(20, 5000),
  },
  none: { global: null, buckets: {}, fallback: null },
  // Tiny windows so tests reach every limit in a handful of requests.
  strict: {
    global: w(5, 1000),
    buckets: { 'message/create': w(2, 1000) },
    fallback: w(3, 1000),
  },
};

/** The limit of a bucket under a profile plus overrides; null = unlimited (no headers). */
export function limitOf(profile: RateLimitProfile, overrides: BucketOverrides, bucket: string): WindowLimit | null {
  return overrides[bucket] ?? profile.buckets[bucket] ?? profile.fallback;
}

export function globalLimitOf(profile: RateLimitProfile, overrides: BucketOverrides): WindowLimit | null {
  return overrides[GLOBAL_BUCKET] ?? profile.global;
}

/** Parses `bucket=limit/windowMs` (CLI `--limit`); returns null when malformed. */
export function parseOverride(text: string): { bucket: string; limit: WindowLimit } | null {
  const match = /^([^=\s]+)=(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return null;
  const [, bucket, limit, windowMs] = match;
  if (bucket === undefined || limit === undefined || windowMs === undefined) return null;
  const windowValue = Number(windowMs);
  if (windowValue <= 0) return null;
  return { bucket, limit: w(Number(limit), windowValue) };
}
