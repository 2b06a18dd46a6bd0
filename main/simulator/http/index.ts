export { createSimHttpServer, splitUrl } from './server';
export type { HttpSettings, HttpWorld, SimHttpContext } from './context';
export { RestFaults, type RestFault, type RestFaultKind, type FaultVerdict } from './faults';
export { isLoopbackAddress } from './loopback';
export { botToken } from './api';
export { pickLang } from './reply';
export { MAX_BODY_BYTES } from './body';
