export const en = {
  appName: 'Kookdesk',
  cancel: 'Cancel',
  confirm: 'Confirm',
  close: 'Close',
  retry: 'Retry',
  loading: 'Loading…',
  copy: 'Copy',
  copied: 'Copied',
};

export const zh: typeof en = {
  appName: 'Kookdesk',
  cancel: '取消',
  confirm: '确认',
  close: '关闭',
  retry: '重试',
  loading: '加载中…',
  copy: '复制',
  copied: '已复制',
};
