// The contract's method lists, as plain constants: the preload builds `window.kook` from these
// without pulling in any schema code (a sandboxed preload bundle must stay tiny and self-contained).
// contract.ts is checked against this list at compile time, both ways.

export const SERVICE_METHODS = {
  session: ['state', 'listProfiles', 'connect', 'connectProfile', 'openDemo', 'useObserverMode', 'disconnect', 'removeProfile'],
  guilds: ['list', 'view'],
  channels: ['view', 'watch'],
  messages: ['list', 'view', 'send', 'delete'],
  members: ['list', 'view', 'setNickname'],
  roles: ['list', 'create', 'update', 'delete', 'grant', 'revoke'],
  settings: ['get', 'update'],
  events: ['subscribe', 'drain'],
  jobs: ['list', 'control'],
  moderation: [
    'check', 'deleteMessage', 'kick', 'ban', 'unban', 'listBans', 'voiceMute', 'voiceUnmute', 'listVoiceMutes', 'textMute',
    'textUnmute', 'setNickname', 'grantRole', 'revokeRole', 'lockChannel', 'unlockChannel', 'setSlowMode', 'lockdown',
    'liftLockdown', 'post', 'massAction', 'purgePreview', 'purge', 'muteSettings',
  ],
  cases: ['list', 'view', 'editReason', 'undo', 'export', 'setLogChannel'],
  inspector: ['frames', 'raw', 'timeline', 'stats', 'rest', 'follow', 'exportCapture', 'importCapture', 'replay'],
} as const;

export type ServiceName = keyof typeof SERVICE_METHODS;
export type MethodName<S extends ServiceName> = (typeof SERVICE_METHODS)[S][number];

/** Every [service, method] pair: the source of channel names and of the preload's object. */
export const METHODS: readonly (readonly [ServiceName, string])[] = (Object.keys(SERVICE_METHODS) as ServiceName[]).flatMap(
  (service) => SERVICE_METHODS[service].map((m) => [service, m] as const),
);
