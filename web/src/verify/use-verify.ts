import { useQuery } from '@tanstack/react-query';
import { call } from '../common/api';

/** 验真 of one verification code (public, no login). */
export function useVerify(code: string) {
  return useQuery({
    queryKey: ['verify', code],
    queryFn: () => call('verify', { params: { code } }),
    retry: false,
  });
}

/** Codes are printed in upper case and may be typed with spaces or dashes. */
export function normalizeCode(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}
