/**
 * The one way the web app talks to the server: `call(name, input)` over the endpoint table (typed from the
 * contract), JSON over fetch, same-origin cookies, the CSRF header on every POST, and errors turned into
 * ApiError with Chinese messages.
 */
import { endpoints, type EndpointName, type Endpoints } from './endpoints';

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

const NETWORK_MESSAGE = '网络连接失败,请检查网络后重试';
const UNAVAILABLE_MESSAGE = '服务暂时不可用,请稍后重试';

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** Remembers the token that the next POST sends (from /auth/me, login or register). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request outside /auth/ answers 401: the session has ended. */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

interface RequestOptions {
  method?: 'GET' | 'POST';
  /** JSON, or a FormData sent as multipart/form-data (the browser sets its boundary). */
  body?: unknown;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | FormData | undefined;
  if (method !== 'GET') {
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    if (options.body instanceof FormData) {
      body = options.body;
    } else {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body ?? {});
    }
  }
  try {
    return await fetch(`/api${path}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object') {
    const { code, message, fields } = body as { code?: unknown; message?: unknown; fields?: unknown };
    const fieldList = Array.isArray(fields)
      ? fields.filter(
          (field): field is FieldError =>
            !!field && typeof field === 'object' && typeof (field as FieldError).message === 'string',
        )
      : [];
    if (typeof message === 'string' && message !== '') {
      return new ApiError(status, typeof code === 'string' ? code : `HTTP_${status}`, message, fieldList);
    }
  }
  return new ApiError(status, `HTTP_${status}`, UNAVAILABLE_MESSAGE);
}

/** Fetches the session and its CSRF token; every later POST uses that token. */
export async function fetchMe(): Promise<Endpoints['me']['response']> {
  const me = await call('me');
  setCsrfToken(me.csrfToken);
  return me;
}

async function request(path: string, options: RequestOptions): Promise<unknown> {
  let response = await send(path, options);
  let body = await readBody(response);

  // A stale page may hold an old CSRF token (session rotated in another tab): refresh it once and retry.
  if (
    response.status === 403 &&
    options.method === 'POST' &&
    (body as { code?: unknown } | null)?.code === 'CSRF_REJECTED'
  ) {
    const me = await send(endpoints.me.path, {});
    const meBody = (await readBody(me)) as { csrfToken?: unknown } | null;
    if (me.ok && typeof meBody?.csrfToken === 'string') {
      setCsrfToken(meBody.csrfToken);
      response = await send(path, options);
      body = await readBody(response);
    }
  }

  if (response.ok) {
    if (body === undefined) throw new ApiError(response.status, 'BAD_RESPONSE', UNAVAILABLE_MESSAGE);
    return body;
  }
  if (response.status === 401 && !path.startsWith('/auth/')) unauthorizedHandler?.();
  throw toApiError(response.status, body);
}

/** `'/a/:id/b/:kind'` → `'id' | 'kind'`. */
type ParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;
type Part<E, Key extends string> = E extends Record<Key, infer T> ? Record<Key, T> : unknown;
type Params<Path extends string> = [ParamNames<Path>] extends [never]
  ? unknown
  : { params: Record<ParamNames<Path>, string | number> };

/** What one endpoint needs: its path parameters, its body, its query, each only when it has one. */
export type CallInput<Name extends EndpointName> = Params<Endpoints[Name]['path']> &
  Part<Endpoints[Name], 'body'> &
  Part<Endpoints[Name], 'query'>;
export type CallResponse<Name extends EndpointName> = Endpoints[Name]['response'];
type CallArgs<Name extends EndpointName> =
  object extends CallInput<Name> ? [input?: CallInput<Name>] : [input: CallInput<Name>];

/** Calls one endpoint of the table and returns its typed response, or throws ApiError. */
export async function call<Name extends EndpointName>(
  name: Name,
  ...[input]: CallArgs<Name>
): Promise<CallResponse<Name>> {
  const { method, path } = endpoints[name];
  const { params, body, query } = (input ?? {}) as {
    params?: Record<string, string | number>;
    body?: unknown;
    query?: Record<string, string | number | undefined | null>;
  };
  const filled = path.replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(String(params?.[key])));
  return (await request(query ? withQuery(filled, query) : filled, { method, body })) as CallResponse<Name>;
}

/** `path?key=value…` without the parameters that are empty. */
function withQuery(path: string, parameters: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作失败,请稍后重试';
}
