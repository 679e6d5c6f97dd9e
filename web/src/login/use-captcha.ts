import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call } from '../common/api';

export interface Captcha {
  captchaId: string | undefined;
  imageSrc: string | undefined;
  isLoading: boolean;
  failed: boolean;
  refresh: () => void;
}

/** An image captcha; each one is single-use, so callers refresh it after every attempt. */
export function useCaptcha(): Captcha {
  const query = useQuery({
    queryKey: ['auth', 'captcha'],
    queryFn: () => call('captcha'),
    // Answers expire after 5 minutes on the server: a page opened or returned to later gets a new image.
    staleTime: 4 * 60_000,
    gcTime: 0,
  });
  const { refetch } = query;
  const refresh = useCallback(() => void refetch(), [refetch]);
  const svg = query.data?.svg;
  return {
    captchaId: query.data?.captchaId,
    imageSrc: svg === undefined ? undefined : `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`,
    isLoading: query.isFetching,
    failed: query.isError,
    refresh,
  };
}
