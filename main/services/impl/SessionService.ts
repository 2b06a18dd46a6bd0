// session.* (shared/ipc/contract.ts): profiles, connect, demo, observer mode.
import type { Contract, ServiceImpl } from '../../../shared/ipc';
import type { AppContext } from '../AppContext';

export class SessionService implements ServiceImpl<Contract['session']> {
  constructor(private readonly ctx: AppContext) {}

  async state() {
    return this.ctx.state();
  }

  listProfiles() {
    return this.ctx.listProfiles();
  }

  connect(args: { name: string; token: string; baseUrl?: string | null }) {
    return this.ctx.connect(args);
  }

  connectProfile(args: { profileId: string }) {
    return this.ctx.connectProfile(args.profileId);
  }

  openDemo() {
    return this.ctx.openDemo();
  }

  useObserverMode(args: { observer: boolean }) {
    return this.ctx.useObserverMode(args.observer);
  }

  disconnect() {
    return this.ctx.disconnect();
  }

  removeProfile(args: { profileId: string }) {
    return this.ctx.removeProfile(args.profileId);
  }
}
