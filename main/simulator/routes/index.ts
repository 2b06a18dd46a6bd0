// Every REST route the world answers under /api/v3 (REST.md Part B).
import type { RouteDef } from '../core/routes';
import type { Sim } from '../world/sim';
import { channelRoutes } from './channel';
import { guildRoutes } from './guild';
import { messageRoutes } from './message';
import { moderationRoutes } from './moderation';
import { userRoutes } from './user';

export function createRoutes(sim: Sim): RouteDef[] {
  return [...userRoutes(sim), ...guildRoutes(sim), ...channelRoutes(sim), ...messageRoutes(sim), ...moderationRoutes(sim)];
}
