import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from './api';
import type { NotificationsResponse } from './types';

export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;

/** 消息 of the logged-in account; polled so the unread badge follows new events. */
export function useNotifications() {
  return useQuery({
    queryKey: NOTIFICATIONS_QUERY_KEY,
    queryFn: () => call('notifications'),
    refetchInterval: 30_000,
  });
}

export function useUnreadCount(): number {
  return useNotifications().data?.unread ?? 0;
}

/** Marks messages read (ids, or 'all'), updating the list at once. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: number[] | 'all') => call('readNotifications', { body: { ids } }),
    onMutate: (ids) => {
      queryClient.setQueryData<NotificationsResponse>(NOTIFICATIONS_QUERY_KEY, (previous) => {
        if (!previous) return previous;
        const items = previous.items.map((item) =>
          ids === 'all' || ids.includes(item.id) ? { ...item, read: true } : item,
        );
        return { items, unread: items.filter((item) => !item.read).length };
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}
