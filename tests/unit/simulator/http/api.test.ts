import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestServer, BOT_TOKEN, call, post, startTestServer } from './fakes';

let server: TestServer;
afterEach(async () => server.close());

describe('/api/v3 over real loopback HTTP', () => {
  it('answers a GET in the envelope with code 0, 操作成功 and JSON utf-8', async () => {
    server = await startTestServer();
    const reply = await call(server.origin, '/api/v3/user/me');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(reply.body).toEqual({ code: 0, message: '操作成功', data: { id: 'bot-1' } });
  });

  it('says success in English when Accept-Language is en-US', async () => {
    server = await startTestServer();
    const reply = await call(server.origin, '/api/v3/user/me', { lang: 'en-US' });
    expect(reply.body.message).toBe('success');
  });

  it('takes POST params from a JSON body and from a form-encoded body', async () => {
    server = await startTestServer();
    const json = await post(server.origin, '/api/v3/message/create', { target_id: 42, content: 'hi' });
    expect(json.body.data).toEqual({ msg_id: 'm-1', author: 'bot-1', target_id: '42', content: 'hi' });
    const form = await call(server.origin, '/api/v3/message/create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'target_id=7&content=%E4%BD%A0%E5%A5%BD',
    });
    expect(form.body.data).toMatchObject({ target_id: '7', content: '你好' });
  });

  it('refuses a missing or wrong token with HTTP 401 and the envelope', async () => {
    server = await startTestServer();
    for (const token of [null, 'not-a-token']) {
      const reply = await call(server.origin, '/api/v3/user/me', { token });
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ code: 401, data: {} });
    }
    const bearer = await call(server.origin, '/api/v3/user/me', { token: null, headers: { Authorization: `Bearer ${BOT_TOKEN}` } });
    expect(bearer.status).toBe(401);
  });

  it('names the missing field in 40000, in Chinese by default and in English on request', async () => {
    server = await startTestServer();
    const zh = await post(server.origin, '/api/v3/message/create', { target_id: '1' });
    expect(zh.status).toBe(200);
    expect(zh.body.code).toBe(40000);
    expect(zh.body.message).toContain('content');
    expect(zh.body.message).toContain('参数错误');
    const en = await post(server.origin, '/api/v3/message/create', { content: 'x' }, { lang: 'en-US,en;q=0.9' });
    expect(en.body.message).toMatch(/target_id/);
    expect(en.body.message).toMatch(/^Parameter error/);
  });

  it('names a field of the wrong type too', async () => {
    server = await startTestServer();
    const reply = await post(server.origin, '/api/v3/message/create', { target_id: '1', content: 5 }, { lang: 'en-US' });
    expect(reply.body.code).toBe(40000);
    expect(reply.body.message).toMatch(/content is invalid/);
  });

  it('answers malformed JSON and a non-object body with 40000', async () => {
    server = await startTestServer();
    const broken = await call(server.origin, '/api/v3/message/create', { method: 'POST', body: '{"target_id": 1,' });
    expect(broken.body).toMatchObject({ code: 40000, data: {} });
    const array = await call(server.origin, '/api/v3/message/create', { method: 'POST', body: '[1,2]' });
    expect(array.body.code).toBe(40000);
  });

  it('answers a body over 1 MiB with 40014 and keeps serving', async () => {
    server = await startTestServer();
    const big = JSON.stringify({ target_id: '1', content: 'x'.repeat(1024 * 1024 + 10) });
    const reply = await call(server.origin, '/api/v3/message/create', { method: 'POST', body: big, lang: 'en-US' });
    expect(reply.body).toEqual({ code: 40014, message: 'request entity too large', data: {} });
    expect((await call(server.origin, '/api/v3/user/me')).body.code).toBe(0);
  });

  it('stops buffering a chunked body once it passes 1 MiB', async () => {
    server = await startTestServer();
    const url = new URL(`${server.origin}/api/v3/message/create`);
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { Authorization: `Bot ${BOT_TOKEN}`, 'Content-Type': 'application/json' } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(256 * 1024, 'a');
      for (let i = 0; i < 6; i++) req.write(chunk);
      req.end();
    });
    expect(JSON.parse(body)).toMatchObject({ code: 40014 });
  });

  it('answers an unknown route with HTTP 404 and code 404', async () => {
    server = await startTestServer();
    const reply = await call(server.origin, '/api/v3/no/such-route');
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ code: 404, data: {} });
  });

  it('answers the wrong method with HTTP 405', async () => {
    server = await startTestServer();
    const reply = await call(server.origin, '/api/v3/message/create');
    expect(reply.status).toBe(405);
    expect(reply.body.code).toBe(405);
    expect(reply.headers.get('allow')).toBe('POST');
  });

  it('turns a throwing handler into a 500 envelope and keeps running', async () => {
    server = await startTestServer();
    const reply = await call(server.origin, '/api/v3/boom');
    expect(reply.status).toBe(500);
    expect(reply.body).toMatchObject({ code: 500, data: {} });
    expect(server.calls.errors).toHaveLength(1);
    expect((await call(server.origin, '/api/v3/user/me')).status).toBe(200);
  });

  it('answers a SimApiError from the world with its code in the caller language', async () => {
    server = await startTestServer();
    const token = null;
    const reply = await post(server.origin, '/_sim/act', { as: 'muted-member', path: 'message/create', params: { target_id: '1', content: 'x' } }, { token });
    expect(reply.body.code).toBe(40300);
    expect(reply.body.message).toContain('SEND_MESSAGES');
  });

  it('hands the gateway URL builder the origin it listens on', async () => {
    server = await startTestServer();
    const reply = await call(server.origin, '/api/v3/gateway/index');
    expect(reply.body.data).toEqual({ url: `${server.origin.replace('http', 'ws')}/gateway?compress=0&token=t-bot-1` });
  });

  it('passes /gateway upgrades to the gateway and destroys other upgrades', async () => {
    server = await startTestServer();
    const upgrade = (path: string): Promise<void> =>
      new Promise((resolve) => {
        const req = request(`${server.origin}${path}`, { headers: { Connection: 'Upgrade', Upgrade: 'websocket' } });
        req.on('error', () => resolve());
        req.on('close', () => resolve());
        req.end();
      });
    await upgrade('/elsewhere');
    expect(server.calls.control).not.toContain('upgrade');
    await upgrade('/gateway?compress=0&token=x');
    expect(server.calls.control).toContain('upgrade');
  });
});
