import { describe, expect, it } from 'vitest';
import { CAPTURE_LIMITS, exportCapture, FrameRecorder, parseCapture, Replays } from '../../../main/inspector';
import { InspectorService } from '../../../main/services/impl/InspectorService';
import { Inspector } from '../../../main/inspector';
import { ManualClock, pushLog, TOKEN } from './support';

function recorderWith(n: number): FrameRecorder {
  const clock = new ManualClock();
  const recorder = new FrameRecorder({ push: pushLog(), store: null, clock });
  for (let i = 0; i < n; i++) {
    const text = JSON.stringify({ s: 0, sn: i + 1, d: { type: 1, channel_type: 'GROUP', target_id: 'c1', author_id: 'u1', content: `m${i} ${TOKEN}`, extra: { type: 1, guild_id: 'g1' } } });
    recorder.record({ bytes: text.length, at: clock.now() + i * 10, signal: 0, sn: i + 1, outcome: 'delivered', wire: text, data: JSON.parse(text).d });
  }
  return recorder;
}

describe('capture export and import', () => {
  it('round-trips rows and raw text exactly, without the token', () => {
    const recorder = recorderWith(25);
    const { fileName, content } = exportCapture(recorder.matching({}, 1000), { guildId: 'g1' }, 1_700_000_000_000);
    expect(fileName).toMatch(/^kookdesk-capture-\d{8}-\d{6}\.ndjson$/);
    expect(content).not.toContain('abcdefghijklmnopqrstuv');
    const header = JSON.parse(content.split('\n')[0] ?? '');
    expect(header).toEqual({ kookdesk_capture: 1, exported_at: 1_700_000_000_000, filter: { guildId: 'g1' } });
    const parsed = parseCapture(content);
    expect(parsed.badLines).toBe(0);
    const original = recorder.frames({}, 100).items;
    expect(parsed.frames.map((f) => f.row)).toEqual(original);
    expect(parsed.frames.map((f) => f.raw)).toEqual(original.map((r) => recorder.raw(r.seq)));
  });

  it('exports only frames matching the filter', () => {
    const recorder = recorderWith(5);
    const { content } = exportCapture(recorder.matching({ regex: 'm[34] ' }, 1000), undefined, 0);
    expect(content.trim().split('\n')).toHaveLength(3);
  });

  it('counts malformed lines and never throws on them', () => {
    const { content } = exportCapture(recorderWith(3).matching({}, 10), undefined, 0);
    const lines = content.trim().split('\n');
    const hostile = [
      lines[0], '{not json', '[]', '{"row":{"seq":"x"},"raw":"a"}', lines[1], '{"row":null,"raw":1}', 'x'.repeat(100), lines[2], '{"__proto__":{"a":1}}', lines[3],
    ].join('\n');
    const parsed = parseCapture(hostile);
    expect(parsed.frames).toHaveLength(3);
    expect(parsed.badLines).toBe(6);
  });

  it('refuses a file that is not a capture, with a typed error', () => {
    expect(() => parseCapture('{"hello":1}\n')).toThrow(expect.objectContaining({ code: 'bad-capture' }));
    expect(() => parseCapture('')).toThrow(expect.objectContaining({ code: 'bad-capture' }));
  });

  it('redacts a token found in an imported capture that was not scrubbed', () => {
    const line = JSON.stringify({ row: recorderWith(1).frames({}, 1).items[0], raw: `{"content":"Bot ${TOKEN}"}` });
    const parsed = parseCapture(`{"kookdesk_capture":1,"exported_at":0}\n${line}\n`);
    expect(parsed.frames[0]?.raw).not.toContain('abcdefghijklmnopqrstuv');
  });

  it('skips frames past the import limit and reports them', () => {
    const clock = new ManualClock();
    const replays = new Replays({ clock, emit: () => undefined, progress: () => undefined });
    const { content } = exportCapture(recorderWith(4).matching({}, 10), undefined, 0);
    const saved = CAPTURE_LIMITS.frames;
    CAPTURE_LIMITS.frames = 2;
    try {
      expect(replays.importCapture(content)).toMatchObject({ frames: 2, skipped: 2, badLines: 0 });
    } finally {
      CAPTURE_LIMITS.frames = saved;
    }
  });

  it('answers a bad regex and a bad capture as invalid-payload through the service', async () => {
    const service = new InspectorService(new Inspector({ push: pushLog(), clock: new ManualClock() }));
    await expect(service.frames({ limit: 10, filter: { regex: '(' } })).rejects.toMatchObject({ code: 'invalid-payload' });
    await expect(service.importCapture({ content: 'nope' })).rejects.toMatchObject({ code: 'invalid-payload' });
    await expect(service.replay({ captureId: 'capture-9', speed: 1 })).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.raw({ seq: 5 })).rejects.toMatchObject({ code: 'not-found' });
  });
});
