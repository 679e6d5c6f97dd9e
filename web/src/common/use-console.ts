import { useQuery } from '@tanstack/react-query';
import { call } from './api';

export function useConsoleSummary() {
  return useQuery({ queryKey: ['console'], queryFn: () => call('console') });
}
