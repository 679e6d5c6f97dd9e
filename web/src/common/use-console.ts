import { useQuery } from '@tanstack/react-query';
import { api } from './api';
import type { ConsoleSummary } from './types';

export function useConsoleSummary() {
  return useQuery({ queryKey: ['console'], queryFn: () => api<ConsoleSummary>('/console') });
}
