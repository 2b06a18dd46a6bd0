// The browser-mode bridge from the test process: the same WebSocket, Origin and per-run secret a
// page uses, so a test can read main's state (cases, jobs, inspector) the way the renderer does.
import WebSocket from 'ws';

export interface BridgeClient {
  /** One contract call, e.g. call('cases:list', {guildId}); resolves with the value, throws on an error. */
  call<T>(channel: string, args?: unknown): Promise<T>;
  close(): void;
}

interface Answer {
  type: string;
  id?: number;
  result?: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

export async function openBridge(url: string): Promise<BridgeClient> {
  const u = new URL(url);
  const secret = new URLSearchParams(u.hash.slice(1)).get('secret') ?? '';
  const ws = new WebSocket(`ws://${u.host}/bridge`, { origin: u.origin });
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 1;
  await new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify({ type: 'hello', secret })));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as Answer;
      if (msg.type === 'ready') resolve();
      if (msg.type !== 'result' || msg.id === undefined) return;
      const w = waiting.get(msg.id);
      waiting.delete(msg.id);
      if (!w) return;
      if (msg.result?.ok) w.resolve(msg.result.value);
      else w.reject(new Error(`${msg.result?.error?.code ?? 'error'}: ${msg.result?.error?.message ?? ''}`));
    });
    ws.once('close', () => reject(new Error('bridge closed')));
  });
  return {
    call<T>(channel: string, args: unknown = {}): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: (v) => resolve(v as T), reject });
        ws.send(JSON.stringify({ type: 'call', id, channel, args }));
      });
    },
    close: () => ws.close(),
  };
}
