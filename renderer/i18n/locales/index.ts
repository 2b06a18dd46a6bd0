// The namespace registry: add one line per feature namespace.
import * as cases from './cases';
import * as common from './common';
import * as errors from './errors';
import * as inspector from './inspector';
import * as members from './members';
import * as messageContent from './messageContent';
import * as messages from './messages';
import * as moderation from './moderation';
import * as permissionHelp from './permissionHelp';
import * as roles from './roles';
import * as session from './session';
import * as settings from './settings';
import * as status from './status';
import * as workspace from './workspace';

export const namespaces: Record<string, { en: Record<string, unknown>; zh: Record<string, unknown> }> = {
  cases,
  common,
  messageContent,
  messages,
  moderation,
  errors,
  inspector,
  members,
  permissionHelp,
  roles,
  session,
  settings,
  status,
  workspace,
};
