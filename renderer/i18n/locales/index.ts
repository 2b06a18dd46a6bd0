// The namespace registry: add one line per feature namespace.
import * as common from './common';
import * as messageContent from './messageContent';

export const namespaces: Record<string, { en: Record<string, unknown>; zh: Record<string, unknown> }> = {
  common,
  messageContent,
};
