// Demo mode in Electron forks the simulator with utilityProcess (ARCHITECTURE.md "Demo mode"), so
// its traffic never competes with main's event loop. This adapts it to the launcher's ForkFn.
import type { UtilityProcess } from 'electron';
import type { ForkedChild, ForkFn } from '../demo/launchDemoSimulator';

type UtilityForkLike = (modulePath: string, args: string[], options: { execArgv: string[]; cwd: string; serviceName: string; stdio: 'ignore' | 'inherit' }) => Pick<UtilityProcess, 'on' | 'kill'>;

export function utilityProcessFork(fork: UtilityForkLike): ForkFn {
  return (modulePath, args, opts): ForkedChild => {
    const child = fork(modulePath, args, { execArgv: opts.execArgv, cwd: opts.cwd, serviceName: 'Kookdesk demo server', stdio: 'inherit' });
    return {
      on(event: 'message' | 'exit', listener: (value: never) => void): void {
        if (event === 'message') child.on('message', (message: unknown) => (listener as (m: unknown) => void)(message));
        else child.on('exit', (code: number) => (listener as (c: number | null) => void)(code));
      },
      kill: () => child.kill(),
    } as ForkedChild;
  };
}
