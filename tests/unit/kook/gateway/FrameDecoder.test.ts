// GATEWAY.md §2–3: text or one zlib stream per binary frame; only the envelope is checked; never throws.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FrameDecoder } from '../../../../main/kook/gateway/FrameDecoder';

const decoder = new FrameDecoder();
const zlib = (o: unknown) => deflateSync(Buffer.from(JSON.stringify(o)));

describe('FrameDecoder', () => {
  it('parses a text event frame and reports its size', () => {
    const text = JSON.stringify({ s: 0, sn: 7, d: { type: 9, target_id: 'c' } });
    expect(decoder.decode(text)).toEqual({ ok: true, frame: { s: 0, sn: 7, d: { type: 9, target_id: 'c' } }, bytes: text.length });
  });

  it('inflates a binary frame as one independent zlib stream', () => {
    const bin = zlib({ s: 3 });
    expect(decoder.decode(bin)).toEqual({ ok: true, frame: { s: 3 }, bytes: 7, compressedBytes: bin.byteLength });
  });

  it('reads HELLO session_id, falling back to the historic sessionId key', () => {
    expect(decoder.decode('{"s":1,"d":{"code":0,"session_id":"a"}}')).toMatchObject({ frame: { s: 1, code: 0, sessionId: 'a' } });
    expect(decoder.decode('{"s":1,"d":{"code":0,"sessionId":"b"}}')).toMatchObject({ frame: { s: 1, code: 0, sessionId: 'b' } });
    expect(decoder.decode('{"s":1,"d":{"code":40103}}')).toMatchObject({ frame: { s: 1, code: 40103, sessionId: null } });
  });

  it('reads RECONNECT codes and RESUME ACK session ids', () => {
    expect(decoder.decode('{"s":5,"d":{"code":40108,"err":"x"}}')).toMatchObject({ frame: { s: 5, code: 40108, err: 'x' } });
    expect(decoder.decode('{"s":5}')).toMatchObject({ frame: { s: 5, code: null, err: null } });
    expect(decoder.decode('{"s":6,"d":{"session_id":"a"}}')).toMatchObject({ frame: { s: 6, sessionId: 'a' } });
  });

  it('accepts a system event with extra.type and tolerates unknown fields', () => {
    const r = decoder.decode(JSON.stringify({ s: 0, sn: 1, d: { type: 255, extra: { type: 'joined_guild', body: {} } }, extra: { intent: 3 } }));
    expect(r.ok).toBe(true);
  });

  it.each([
    ['garbage bytes', Buffer.from([1, 2, 3]), 'inflate-failed'],
    ['bad json', '{"s":', 'invalid-json'],
    ['an array', '[]', 'not-an-object'],
    ['null', 'null', 'not-an-object'],
    ['s out of range', '{"s":7}', 'bad-signal'],
    ['s not an int', '{"s":1.5}', 'bad-signal'],
    ['event without sn', '{"s":0,"d":{"type":1}}', 'bad-sn'],
    ['event with sn 0', '{"s":0,"sn":0,"d":{"type":1}}', 'bad-sn'],
    ['event with string sn', '{"s":0,"sn":"3","d":{"type":1}}', 'bad-sn'],
    ['event without d', '{"s":0,"sn":1}', 'bad-data'],
    ['event without type', '{"s":0,"sn":1,"d":{}}', 'bad-type'],
    ['system event without extra.type', '{"s":0,"sn":1,"d":{"type":255,"extra":{"type":1}}}', 'bad-extra-type'],
    ['HELLO without code', '{"s":1,"d":{}}', 'bad-data'],
  ] as const)('reports %s as malformed instead of throwing', (_name, input, reason) => {
    const r = decoder.decode(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe(reason);
  });
});
