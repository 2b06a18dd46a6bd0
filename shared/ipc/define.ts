// How a service method is declared: a runtime schema for its one argument object and a
// phantom result type. Channel names are derived from service and method, never typed twice.
import type { z } from 'zod';

export interface MethodSpec<A extends z.ZodType = z.ZodType, R = unknown> {
  readonly args: A;
  /** Phantom: carries the result type only. */
  readonly result?: R;
}

/** `method<Result>()(argsSchema)` — curried so the result type is explicit and the args are inferred. */
export function method<R>() {
  return <A extends z.ZodType>(args: A): MethodSpec<A, R> => ({ args });
}

export type ServiceSpec = Record<string, MethodSpec>;

export type ArgsOf<M> = M extends MethodSpec<infer A, unknown> ? z.input<A> : never;
export type ParsedArgsOf<M> = M extends MethodSpec<infer A, unknown> ? z.output<A> : never;
export type ResultOf<M> = M extends MethodSpec<z.ZodType, infer R> ? R : never;

/** The callable shape of a service, for the renderer's client and main's implementation. */
export type ServiceApi<S extends ServiceSpec> = {
  [K in keyof S]: (args: ArgsOf<S[K]>) => Promise<ResultOf<S[K]>>;
};

/** What main implements: methods receive the already-validated argument object. */
export type ServiceImpl<S extends ServiceSpec> = {
  [K in keyof S]: (args: ParsedArgsOf<S[K]>) => Promise<ResultOf<S[K]>>;
};

export function channelName(service: string, methodName: string): string {
  return `${service}:${methodName}`;
}
