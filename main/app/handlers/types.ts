// The shape of one domain's handlers: for each of its calls, a function from the validated input to
// the output. Typed from the contract, so a call without a handler fails to compile.
import type { z } from 'zod';
import type { ApiOutput, ApiMethod, apiMethods } from '../../contract/api';
import type { Studio } from '../studio';

type Calls = Partial<Record<ApiMethod, unknown>>;

export type HandlersFor<C extends Calls> = {
  [M in keyof C & ApiMethod]: (input: z.output<(typeof apiMethods)[M]['input']>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

export type HandlerFactory<C extends Calls> = (studio: Studio) => HandlersFor<C>;
