import { useQuery } from '@tanstack/react-query';
import { call } from './api';
import type { CodeItem } from './types';

export type CodeDictionaryName = 'employer-nature' | 'industry' | 'region' | 'position-category' | 'hukou-handling';

/** A code table from the server; it changes with releases only, so it is read once per visit. */
export function useCodes(dictionary: CodeDictionaryName) {
  return useQuery({
    queryKey: ['codes', dictionary],
    queryFn: () => call('codes', { params: { dictionary } }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function codeOptions(items: CodeItem[] | undefined): Array<{ value: string; label: string }> {
  return (items ?? []).map((item) => ({ value: item.code, label: item.name }));
}
