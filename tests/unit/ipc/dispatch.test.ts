import { describe, expect, it } from 'vitest';
import { METHODS, buildClient, channelName, contract, IpcCallError } from '../../../shared/ipc';
import { createDispatch, type Services } from '../../../main/services/dispatch';
import { ServiceError } from '../../../main/services/toIpcError';

/** Services whose every method echoes its validated arguments, except a few scripted failures. */
function echoServices(): Services {
  const services: Record<string, Record<string, (args: unknown) => Promise<unknown>>> = {};
  for (const [service, name] of METHODS) {
    (services[service] ??= {})[name] = async (args) => ({ service, name, args });
  }
  services.guilds!.view = async () => {
    throw Object.assign(new Error('你没有权限'), { name: 'KookApiError', code: 40300, httpStatus: 200, endpoint: 'guild/view' });
  };
  services.session!.disconnect = async () => {
    throw new ServiceError('not-connected', 'no session');
  };
  services.settings!.get = async () => {
    throw new Error('secret stack detail');
  };
  return services as unknown as Services;
}

const caller = { transport: 'test' as const, id: 't' };

describe('dispatch', () => {
  const dispatch = createDispatch(echoServices());

  it('derives one channel per contract method', () => {
    const channels = METHODS.map(([s, m]) => channelName(s, m));
    expect(new Set(channels).size).toBe(channels.length);
    expect(channels).toContain('messages:list');
    expect(METHODS.length).toBe(Object.values(contract).reduce((n, s) => n + Object.keys(s).length, 0));
  });

  it('passes validated arguments to the service', async () => {
    const res = await dispatch('messages:list', { channelId: '123', flag: 'before', msgId: 'aaaaaaaa-bbbb' }, caller);
    expect(res).toEqual({ ok: true, value: { service: 'messages', name: 'list', args: { channelId: '123', flag: 'before', msgId: 'aaaaaaaa-bbbb' } } });
  });

  it.each([
    ['messages:list', { channelId: 'abc' }],
    ['messages:list', { channelId: '1', flag: 'before' }],
    ['messages:list', { channelId: '1', extra: true }],
    ['roles:update', { guildId: '1', roleId: -1 }],
    ['session:connect', { name: 'x', token: 'short' }],
    ['session:connect', { name: 'x', token: 'long-enough-token', baseUrl: 'javascript:alert(1)' }],
    ['guilds:list', null],
    ['guilds:list', 'string'],
  ])('refuses an invalid payload for %s with a typed error', async (channel, payload) => {
    const res = await dispatch(channel, payload, caller);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('invalid-payload');
  });

  it('refuses unknown methods', async () => {
    const res = await dispatch('nope:nothing', {}, caller);
    expect(res).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('maps a KOOK 40300 to missing-permission with the KOOK code in details', async () => {
    const res = await dispatch('guilds:view', { guildId: '1' }, caller);
    expect(res).toMatchObject({ ok: false, error: { code: 'missing-permission', details: { kookCode: 40300 } } });
  });

  it('keeps service errors typed and hides unknown failures', async () => {
    expect(await dispatch('session:disconnect', {}, caller)).toMatchObject({ ok: false, error: { code: 'not-connected' } });
    const res = await dispatch('settings:get', {}, caller);
    expect(res).toEqual({ ok: false, error: { code: 'internal', message: 'internal error' } });
  });

  it('serves a client built from the method list', async () => {
    const api = buildClient((channel, args) => dispatch(channel, args, caller));
    await expect(api.guilds.list({})).resolves.toMatchObject({ service: 'guilds', name: 'list' });
    await expect(api.session.disconnect({})).rejects.toBeInstanceOf(IpcCallError);
    await expect(api.session.disconnect({})).rejects.toMatchObject({ code: 'not-connected' });
  });
});
