// KOOK-style failures raised inside the simulator. The HTTP layer turns them into the
// `{code, message, data}` envelope (../shared/kook/PROTOCOL.md "Response envelope").

/** A message in both languages; `Accept-Language: en-US` picks English, anything else Chinese (PROTOCOL.md "i18n"). */
export interface Text {
  en: string;
  zh: string;
}

export type Lang = 'en' | 'zh';

export class SimApiError extends Error {
  override readonly name = 'SimApiError';
  constructor(
    readonly code: number,
    readonly text: Text,
    /** KOOK answers business failures with HTTP 200; 401/404/429 are the exceptions. */
    readonly httpStatus = 200,
  ) {
    super(text.en);
  }
}

export const fail = {
  /** 40000 naming the offending field, as KOOK does for bad params. */
  param: (field: string, why = 'is required'): SimApiError =>
    new SimApiError(40000, { en: `Parameter error: ${field} ${why}`, zh: `参数错误：${field} ${translateWhy(why)}` }),
  notFound: (what: string): SimApiError =>
    new SimApiError(40000, { en: `${what} not found`, zh: `${what} 不存在` }),
  permission: (permissionName: string): SimApiError =>
    new SimApiError(40300, { en: `You lack the permission: ${permissionName}`, zh: `你没有权限：${permissionName}` }),
  hierarchy: (): SimApiError =>
    new SimApiError(40300, { en: 'Target ranks equal to or above you', zh: '目标的角色等级不低于你' }),
  generic: (text: Text): SimApiError => new SimApiError(40000, text),
};

function translateWhy(why: string): string {
  if (why === 'is required') return '为必填项';
  return why;
}
