import { invoke } from '@forge/bridge';
import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { resultOf, type CallError, type CallInput, type CallOutput, type CallResult, type Contract } from '#kernel/contract';
import { t } from './i18n';

/** Sends one resolver call to the host; `@forge/bridge`'s `invoke` unless a test gives another. */
export type Invoker = (functionKey: string, payload: Record<string, unknown>) => Promise<unknown>;

/** A typed client over one surface's contract. */
export interface ContractClient<C extends Contract> {
  /**
   * Calls the resolver function `functionKey` and returns its envelope, checked against the
   * contract. It never rejects: an unreachable backend, a thrown resolver or an answer of the
   * wrong shape come back as `{ ok: false, error }` with a sentence a person understands.
   */
  call<K extends keyof C & string>(functionKey: K, input: CallInput<C, K>): Promise<CallResult<CallOutput<C, K>>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const failure = (error: CallError): { ok: false; error: CallError } => ({ ok: false, error });

/** The resolver's envelope checked against the call's output schema, or `undefined` if it does not match. */
function checkAnswer<O extends z.ZodType>(output: O, raw: unknown): CallResult<z.output<O>> | undefined {
  const envelope = anyEnvelope.safeParse(raw);
  if (!envelope.success) return undefined;
  if (!envelope.data.ok) return failure(envelope.data.error);
  const data = output.safeParse(envelope.data.data);
  return data.success ? { ok: true, data: data.data } : undefined;
}

const anyEnvelope = resultOf(z.unknown());

/** Builds the client for `contract`. Inputs are checked before they leave the page. */
export function createClient<C extends Contract>(contract: C, send: Invoker = (key, payload) => invoke(key, payload)): ContractClient<C> {
  // A mapped view of the contract, so that looking a call up keeps its exact schema types.
  const calls: { [P in keyof C]: C[P] } = contract;
  return {
    async call(functionKey, input) {
      if (!Object.hasOwn(contract, functionKey)) return failure({ code: 'INTERNAL', message: t('common.error.badAnswer') });
      const schema = calls[functionKey];
      const checkedInput = schema.input.safeParse(input);
      if (!checkedInput.success) {
        const issue = checkedInput.error.issues[0];
        return failure({
          code: 'INVALID_INPUT',
          message: issue?.message ?? t('common.error.INVALID_INPUT'),
          ...(issue && issue.path.length > 0 ? { field: issue.path.join('.') } : {}),
        });
      }
      const payload = isRecord(input) ? input : {};
      let raw: unknown;
      try {
        raw = await send(functionKey, payload);
      } catch {
        return failure({ code: 'UPSTREAM', message: t('common.error.unreachable') });
      }
      const output: C[typeof functionKey]['output'] = schema.output;
      return checkAnswer(output, raw) ?? failure({ code: 'INTERNAL', message: t('common.error.badAnswer') });
    },
  };
}

/** What `useCall` holds: the last answer, whether a call is running, and a way to call again. */
export interface CallState<T> {
  loading: boolean;
  /** The last successful answer; kept while a reload runs so the page does not flicker. */
  data?: T;
  /** Why the last call failed; cleared when a later call succeeds. */
  error?: CallError;
  reload: () => void;
}

/**
 * Calls `functionKey` when the component mounts and again whenever `input` changes (compared by
 * value), keeping only the answer to the latest call.
 */
export function useCall<C extends Contract, K extends keyof C & string>(
  client: ContractClient<C>,
  functionKey: K,
  input: CallInput<C, K>,
  options: { skip?: boolean } = {},
): CallState<CallOutput<C, K>> {
  const inputKey = JSON.stringify(input) ?? '';
  const [state, setState] = useState<Omit<CallState<CallOutput<C, K>>, 'reload'>>({ loading: !options.skip });
  const [nonce, setNonce] = useState(0);
  const latest = useRef(0);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    if (options.skip) return;
    const callId = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    void client.call(functionKey, inputRef.current).then((result) => {
      if (callId !== latest.current) return;
      setState((previous) => (result.ok ? { loading: false, data: result.data } : { loading: false, data: previous.data, error: result.error }));
    });
  }, [client, functionKey, inputKey, nonce, options.skip]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}

/** What `useAction` holds: run the call on demand (a form's submit), its progress and its failure. */
export interface ActionState<I, O> {
  run: (input: I) => Promise<CallResult<O>>;
  pending: boolean;
  error?: CallError;
}

/** A call the user triggers (save, tag, provision), as opposed to one that loads a view. */
export function useAction<C extends Contract, K extends keyof C & string>(
  client: ContractClient<C>,
  functionKey: K,
): ActionState<CallInput<C, K>, CallOutput<C, K>> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<CallError | undefined>(undefined);
  const run = useCallback(
    async (input: CallInput<C, K>) => {
      setPending(true);
      setError(undefined);
      const result = await client.call(functionKey, input);
      setPending(false);
      if (!result.ok) setError(result.error);
      return result;
    },
    [client, functionKey],
  );
  return { run, pending, error };
}
