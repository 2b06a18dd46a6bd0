// Inspector benchmark (issue 5): inspector_heap_mb = main-process heapUsed after global.gc()
// following 1,000,000 frames through the real gateway client's frame tap into the recorder,
// with the real SQLite event log (a temp file) behind it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FrameRecorder } from '../../main/inspector';
import { GatewayClient } from '../../main/kook/gateway';
import { MemorySocket } from '../fixtures/memorySocket';
import { openModerationDatabase } from '../../main/store/db';
import { type Bench, round } from './harness';
import { sampleEventJson } from './gatewayPipeline';

const FRAMES = 1_000_000;

const inspectorHeap: Bench = async () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the bench with node --expose-gc (npm run bench does)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kookdesk-inspector-bench-'));
  const db = openModerationDatabase(path.join(dir, 'bench.sqlite'));
  const recorder = new FrameRecorder({ push: { emit: () => undefined }, store: db.events });
  let socket: MemorySocket | null = null;
  let frozen = false;
  const client = new GatewayClient({
    fetchGatewayUrl: async () => 'ws://bench.invalid/gateway?compress=0&token=x',
    wsFactory: () => (socket = new MemorySocket()),
    // Once HELLO is in, new timers never fire: heartbeats stay out of the measured path.
    clock: { now: () => Date.now(), setTimeout: (fn, ms) => (frozen ? 0 : setTimeout(fn, ms)), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  });
  recorder.gatewayCreated(client);
  client.start();
  for (let i = 0; i < 200 && !socket; i++) await new Promise((r) => setTimeout(r, 5));
  const s = socket as MemorySocket | null;
  if (!s) throw new Error('the gateway client never opened a socket');
  s.open();
  frozen = true;
  s.deliver('{"s":1,"d":{"code":0,"session_id":"bench-session"}}');
  const templates = Array.from({ length: 64 }, (_, i) => sampleEventJson(i));
  const t0 = performance.now();
  for (let sn = 1; sn <= FRAMES; sn++) {
    s.deliver(`{"s":0,"sn":${sn},"d":${templates[sn % 64]}}`);
    // Let the flush timer and GC breathe now and then, as a live socket would.
    if (sn % 50_000 === 0) await new Promise((r) => setImmediate(r));
  }
  recorder.flush();
  const rate = (FRAMES * 1000) / (performance.now() - t0);
  await new Promise((r) => setImmediate(r));
  gc();
  gc();
  const heapMb = round(process.memoryUsage().heapUsed / (1024 * 1024), 2);
  const stored = db.events.count();
  client.stop();
  recorder.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  if (stored < FRAMES) throw new Error(`the event log holds ${stored} of ${FRAMES} frames`);
  return {
    rows: [
      { name: 'inspector_heap_mb', value: heapMb, unit: 'MB', target: '<= 250' },
      { name: 'inspector_frames_per_s', value: Math.round(rate), unit: 'fr/s', target: '(sqlite event log)' },
    ],
    metrics: { inspector_heap_mb: heapMb, inspector_frames_per_s: Math.round(rate) },
  };
};

export const inspectorBenches: Bench[] = [inspectorHeap];
