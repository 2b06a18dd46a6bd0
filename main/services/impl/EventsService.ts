// events.*: the push stream. Transports subscribe their sinks to the PushHub themselves; these
// calls let a renderer (re)start after a reload and take what is queued.
import type { Contract, PushBatch, ServiceImpl } from '../../../shared/ipc';
import type { AppContext } from '../AppContext';

export class EventsService implements ServiceImpl<Contract['events']> {
  constructor(private readonly ctx: AppContext) {}

  async subscribe(): Promise<{ seq: number }> {
    // A fresh subscriber rebuilds its view from main, starting with the session state.
    this.ctx.push.emit('session.state', this.ctx.state());
    return { seq: this.ctx.push.currentSeq };
  }

  async drain(): Promise<PushBatch> {
    return this.ctx.push.drain();
  }
}
