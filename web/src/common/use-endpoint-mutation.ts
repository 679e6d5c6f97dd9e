import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { call, type CallInput, type CallResponse } from './api';
import type { EndpointName } from './endpoints';

export interface EndpointMutation<Name extends EndpointName, Variables> {
  /** What the page hands over (the form's values, an id) → the endpoint's params and body. */
  input: (variables: Variables) => CallInput<Name>;
  /**
   * The queries read again once the call has settled: after a failure too, since a refusal (already decided,
   * withdrawn elsewhere) means the page shows a stale state.
   */
  invalidates?: (variables: Variables) => readonly QueryKey[];
  /** Puts the fresh response into the cache (a detail the server just returned). */
  onSuccess?: (response: CallResponse<Name>, variables: Variables) => void;
}

/** The TanStack mutation of one endpoint: pending state, the typed error and response, cache refresh. */
export function useEndpointMutation<Name extends EndpointName, Variables = void>(
  name: Name,
  mutation: EndpointMutation<Name, Variables>,
) {
  const queryClient = useQueryClient();
  return useMutation<CallResponse<Name>, unknown, Variables>({
    mutationFn: (variables) =>
      (call as (name: Name, input: CallInput<Name>) => Promise<CallResponse<Name>>)(name, mutation.input(variables)),
    onSuccess: mutation.onSuccess,
    onSettled: (_response, _error, variables) => {
      for (const queryKey of mutation.invalidates?.(variables) ?? []) void queryClient.invalidateQueries({ queryKey });
    },
  });
}
