// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IpcCallError } from '../../../../shared/ipc';
import { App } from '../../../../renderer/App';
import { createAppStore } from '../../../../renderer/store';
import { fakeApi } from '../store/support/fakeApi';
import { GUILD, detail, page, sessionState } from '../store/support/fixtures';
import { renderWith } from '../store/support/render';

afterEach(cleanup);

/** Main has answered session.state: no profile is open. */
const NO_SESSION = sessionState({ profile: null, bot: null, connection: 'idle', sessionId: null });

function connectWith(connect: () => Promise<ReturnType<typeof sessionState>>) {
  const store = createAppStore(
    fakeApi({
      session: { connect: vi.fn(connect), listProfiles: vi.fn(async () => []) },
      guilds: { list: vi.fn(async () => [GUILD]), view: vi.fn(async () => detail()) },
      channels: { watch: vi.fn(async () => undefined) },
      members: { list: vi.fn(async () => page([])) },
    }),
  );
  store.setState({ session: NO_SESSION });
  return store;
}

function fillAndSubmit(token: string) {
  fireEvent.change(screen.getByLabelText('Profile name'), { target: { value: 'Prod bot' } });
  fireEvent.change(screen.getByLabelText('Bot token'), { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
}

describe('start screen', () => {
  it('shows a neutral loading state, not the start screen, until main reports the session', async () => {
    const store = connectWith(async () => sessionState());
    store.setState({ session: null });
    await renderWith(<App />, store);
    expect(screen.getByText('Starting…').getAttribute('role')).toBe('status');
    expect(screen.queryByRole('button', { name: 'Open the demo server' })).toBeNull();
    act(() => store.getState().applySessionState(NO_SESSION));
    expect(screen.getByRole('button', { name: 'Open the demo server' })).toBeTruthy();
  });

  it('offers the demo server and a bot connection', async () => {
    await renderWith(<App />, connectWith(async () => sessionState()));
    expect(screen.getByRole('button', { name: 'Open the demo server' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Connect a bot' })).toBeTruthy();
    expect(screen.getByLabelText('Bot token').getAttribute('type')).toBe('password');
  });

  it('clears the token field as soon as it is submitted and opens the workspace', async () => {
    let finish: (s: ReturnType<typeof sessionState>) => void = () => undefined;
    const store = connectWith(() => new Promise((r) => (finish = r)));
    await renderWith(<App />, store);
    fillAndSubmit('Bot-1234567890abcdef');
    expect((screen.getByLabelText('Bot token') as HTMLInputElement).value).toBe('');
    finish(sessionState());
    await screen.findByRole('navigation', { name: 'Servers' });
    expect(document.body.innerHTML).not.toContain('Bot-1234567890abcdef');
  });

  it('explains a wrong token in words', async () => {
    await renderWith(<App />, connectWith(async () => Promise.reject(new IpcCallError('auth-failed', 'HTTP 401'))));
    fillAndSubmit('wrong-token-000');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('KOOK refused this token');
    await waitFor(() => expect((screen.getByLabelText('Bot token') as HTMLInputElement).value).toBe(''));
  });
});
