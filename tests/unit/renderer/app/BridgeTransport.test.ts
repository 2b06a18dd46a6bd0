import { describe, expect, it } from 'vitest';
import { IpcCallError, buildClient, type PushBatch } from '../../../../shared/ipc';
import { BridgeTransport, type SocketLike } from '../../../../renderer/transport/BridgeTransport';
import { takeSecretFromLocation } from '../../../../renderer/transport/bridgeSecret';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  send(data: string) {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close() {
    this.onclose?.({});
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(msg: unknown) {
    this.onmessage?.({ data: JSON.stringify(msg) });
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const transport = new BridgeTransport({
    url: 'ws://127.0.0.1:1/bridge',
    secret: 's3cret',
    createSocket: () => {
      const s = new FakeSocket();
      sockets.push(s);
      return s;
    },
    setTimer: (fn, ms) => timers.push({ fn, ms }),
  });
  return { transport, sockets, timers, api: buildClient(transport.invoke) };
}

describe('browser-mode bridge transport', () => {
  it('says hello with the secret first, then sends calls queued before the socket opened', async () => {
    const { sockets, api } = setup();
    const answer = api.guilds.list({});
    const socket = sockets[0]!;
    socket.open();
    expect(socket.sent[0]).toEqual({ type: 'hello', secret: 's3cret' });
    expect(socket.sent[1]).toMatchObject({ type: 'call', channel: 'guilds:list', args: {} });
    socket.receive({ type: 'result', id: socket.sent[1]!.id, result: { ok: true, value: [] } });
    await expect(answer).resolves.toEqual([]);
  });

  it('turns an error result into IpcCallError with its code', async () => {
    const { sockets, api } = setup();
    sockets[0]!.open();
    const answer = api.session.connect({ name: 'x', token: 'tttttttttt' });
    sockets[0]!.receive({ type: 'result', id: sockets[0]!.sent[1]!.id, result: { ok: false, error: { code: 'auth-failed', message: '401' } } });
    await expect(answer).rejects.toMatchObject({ name: 'IpcCallError', code: 'auth-failed' });
  });

  it('delivers push batches and ignores malformed frames', () => {
    const { sockets, transport } = setup();
    const batches: PushBatch[] = [];
    transport.onPush((b) => batches.push(b));
    sockets[0]!.open();
    sockets[0]!.onmessage?.({ data: 'not json' });
    sockets[0]!.receive({ type: 'push', batch: { seq: 'x' } });
    sockets[0]!.receive({ type: 'push', batch: { seq: 3, events: [] } });
    expect(batches).toEqual([{ seq: 3, events: [] }]);
  });

  it('fails calls in flight with a network error on close and reconnects with growing backoff', async () => {
    const { sockets, timers, transport, api } = setup();
    const readies: number[] = [];
    transport.onReady((seq) => readies.push(seq));
    sockets[0]!.open();
    const answer = api.guilds.list({});
    sockets[0]!.close();
    await expect(answer).rejects.toBeInstanceOf(IpcCallError);
    await expect(answer).rejects.toMatchObject({ code: 'network' });
    expect(timers[0]?.ms).toBe(250);
    timers[0]!.fn();
    sockets[1]!.close();
    expect(timers[1]?.ms).toBe(500);
    timers[1]!.fn();
    sockets[2]!.open();
    sockets[2]!.receive({ type: 'ready', seq: 12 });
    expect(readies).toEqual([12]);
    expect(sockets[2]!.sent[0]).toEqual({ type: 'hello', secret: 's3cret' });
  });
});

describe('bridge secret', () => {
  it('reads the secret from the fragment and removes it from the address bar', () => {
    const replaced: string[] = [];
    const secret = takeSecretFromLocation({ hash: '#secret=abc%2D1', pathname: '/', search: '' }, { replaceState: (_d, _t, url) => void replaced.push(String(url)) });
    expect(secret).toBe('abc-1');
    expect(replaced).toEqual(['/']);
    expect(takeSecretFromLocation({ hash: '', pathname: '/', search: '' }, null)).toBeNull();
  });
});
