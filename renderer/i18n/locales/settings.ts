// Strings of renderer/features/settings.
export const en = {
  title: 'Settings',
  profiles: 'Bot profiles',
  noProfiles: 'No saved profiles.',
  removeProfile: 'Remove profile {{name}}',
  storageEncrypted: 'token encrypted on disk',
  storageMemory: 'token in memory only',
  storageNone: 'no token saved',
  demoProfile: 'demo',
  language: 'Language',
  theme: 'Theme',
  dark: 'Dark',
  light: 'Light',
  close: 'Close settings',
};

export const zh: typeof en = {
  title: '设置',
  profiles: '机器人配置',
  noProfiles: '没有已保存的配置。',
  removeProfile: '删除配置 {{name}}',
  storageEncrypted: 'Token 已加密保存',
  storageMemory: 'Token 仅保存在内存中',
  storageNone: '未保存 Token',
  demoProfile: '演示',
  language: '语言',
  theme: '主题',
  dark: '深色',
  light: '浅色',
  close: '关闭设置',
};
