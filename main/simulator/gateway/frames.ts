// Server frames of GATEWAY.md §2, built as strings: an event's `d` is serialized once and each
// session's frame is made by concatenation with its sn, which keeps delivery cheap (≥ 5,000 events/s).
import { deflateSync } from 'node:zlib';
import { Signal } from '../../../shared/kook';

/** What goes on the socket: text JSON (compress=0) or one complete zlib stream (compress=1, GATEWAY.md §3). */
export type WireFrame = string | Buffer;

export function helloOk(sessionId: string): string {
  return JSON.stringify({ s: Signal.Hello, d: { code: 0, session_id: sessionId } });
}

export function helloError(code: number): string {
  return JSON.stringify({ s: Signal.Hello, d: { code } });
}

export const PONG = JSON.stringify({ s: Signal.Pong });

export function reconnectFrame(code: number, err: string): string {
  return JSON.stringify({ s: Signal.Reconnect, d: { code, err } });
}

export function resumeAck(sessionId: string): string {
  return JSON.stringify({ s: Signal.ResumeAck, d: { session_id: sessionId } });
}

/** `{"s":0,"d":<event>,"sn":n}` from the already-serialized event. */
export function eventFrame(dataJson: string, sn: number): string {
  return '{"s":0,"d":' + dataJson + ',"sn":' + sn + '}';
}

/**
 * Each compressed frame is an independent zlib stream: no shared context across frames (GATEWAY.md §3).
 * Default level keeps KOOK's usual `78 9C` header; a smaller memLevel only makes the per-frame
 * setup cheaper (frames are small), which matters at thousands of frames per second.
 */
const DEFLATE_OPTIONS = { memLevel: 4 } as const;

export function encodeFrame(text: string, compress: boolean): WireFrame {
  return compress ? deflateSync(text, DEFLATE_OPTIONS) : text;
}
