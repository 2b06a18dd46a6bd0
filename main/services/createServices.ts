// The Services object for createDispatch: one class per service, all over one AppContext.
import type { AppContext } from './AppContext';
import type { Services } from './dispatch';
import { ChannelsService } from './impl/ChannelsService';
import { EventsService } from './impl/EventsService';
import { GuildsService } from './impl/GuildsService';
import { InspectorService } from './impl/InspectorService';
import { CasesService } from './impl/CasesService';
import { JobsService } from './impl/JobsService';
import { MembersService } from './impl/MembersService';
import { MessagesService } from './impl/MessagesService';
import { ModerationService } from './impl/ModerationService';
import { RolesService } from './impl/RolesService';
import { SessionService } from './impl/SessionService';
import { SettingsService } from './impl/SettingsService';
import { notYetWired } from './impl/notYetWired';

export function createServices(ctx: AppContext): Services {
  const engine = ctx.moderation;
  return {
    session: new SessionService(ctx),
    guilds: new GuildsService(ctx),
    channels: new ChannelsService(ctx),
    messages: new MessagesService(ctx),
    members: new MembersService(ctx),
    roles: new RolesService(ctx),
    settings: new SettingsService(ctx),
    events: new EventsService(ctx),
    jobs: new JobsService(engine?.jobs ?? null, ctx.inspector.jobs),
    moderation: engine ? new ModerationService(engine, ctx.dataDir) : notYetWired('moderation'),
    cases: engine ? new CasesService(engine) : notYetWired('cases'),
    inspector: new InspectorService(ctx.inspector),
  };
}
