// The default socket factory over a real loopback WebSocket: text frames stay text, binary frames stay bytes.
import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { wsSocketFactory } from '../../../../main/kook/gateway/wsSocketFactory';

let server: WebSocketServer | null = null;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

describe('wsSocketFactory', () => {
  it('delivers text as string and binary as bytes, sends text, and reports the close', async () => {
    server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    const wss = server;
    await new Promise<void>((r) => wss.once('listening', () => r()));
    const address = wss.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const received: string[] = [];
    wss.on('connection', (ws) => {
      ws.on('message', (data) => received.push(String(data)));
      ws.send('{"s":3}');
      ws.send(deflateSync(Buffer.from('{"s":3}')), { binary: true });
    });
    const socket = wsSocketFactory(`ws://127.0.0.1:${port}/gateway?compress=0`);
    const frames: (string | Uint8Array)[] = [];
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      socket.on('open', () => socket.send('{"s":2,"sn":0}'));
      socket.on('message', (data) => {
        frames.push(data);
        if (frames.length === 2) resolve();
      });
    });
    expect(typeof frames[0]).toBe('string');
    expect(frames[1]).toBeInstanceOf(Uint8Array);
    socket.close(1000);
    expect(await closed).toBe(1000);
    expect(received).toEqual(['{"s":2,"sn":0}']);
  });
});
