import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, setCsrfToken } from '../../web/src/common/api';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** Records what the client sends and answers `{}` (200), as the server's JSON would. */
function recordFetch(): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({
      url,
      method: String(init.method),
      headers: init.headers as Record<string, string>,
      body: init.body,
    });
    return new Response(JSON.stringify({ ok: true }), { status: 200 });
  });
  return sent;
}

// Every page reaches the server through the endpoint table: the path as the server declares it.
describe('the typed API client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('fills the path parameters (encoded) and leaves empty query parameters out', async () => {
    const sent = recordFetch();
    await call('verify', { params: { code: 'AB 12/3' } });
    await call('reviewQueue', { query: { status: 'pending', keyword: '', page: 2 } });
    expect(sent.map((request) => [request.method, request.url])).toEqual([
      ['GET', '/api/public/verify/AB%2012%2F3'],
      ['GET', '/api/review/agreements?status=pending&page=2'],
    ]);
  });

  it('sends a POST as JSON with the CSRF token, and `{}` when the endpoint has no body', async () => {
    const sent = recordFetch();
    setCsrfToken('token-1');
    await call('decideReview', { params: { id: 7 }, body: { result: 'approved' } });
    await call('acceptInvitation', { params: { id: 7 } });
    expect(sent.map((request) => [request.url, request.headers['x-csrf-token'], request.body])).toEqual([
      ['/api/review/agreements/7/decision', 'token-1', '{"result":"approved"}'],
      ['/api/student/agreements/7/accept', 'token-1', '{}'],
    ]);
  });
});
