import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { Dialect } from '../../src/server/db/database';
import type { Database } from '../../src/server/db/schema';
import { createTestDatabase, testConfig, type TestDatabase } from './database';

export type TestApp = { app: FastifyInstance; db: Kysely<Database>; dialect: Dialect };

/** A fresh database of the vitest project's dialect (integration-sqlite or integration-postgres). */
export function createProjectDatabase(): Promise<TestDatabase> {
  return createTestDatabase(inject('dialect'), inject('template'));
}

/**
 * Runs a suite on its own fresh database and app, in the dialect of the vitest project: every suite runs
 * once in integration-sqlite and once in integration-postgres, and the two projects run side by side.
 */
export function describeOnDialects(
  name: string,
  suite: (context: () => TestApp) => void,
  configOverrides: Record<string, string> = {},
): void {
  const dialect = inject('dialect');
  describe(`[${dialect}] ${name}`, () => {
    let database: TestDatabase;
    let current: TestApp;
    beforeAll(async () => {
      database = await createProjectDatabase();
      const config = testConfig(database.config, { DATA_DIR: database.dataDirectory, ...configOverrides });
      const app = await buildApp({ config, database: database.handle, logger: false });
      current = { app, db: database.handle.db, dialect };
    });
    afterAll(async () => {
      await current?.app.close();
      await database?.handle.db.destroy();
      await database?.drop();
    });
    suite(() => current);
  });
}

/** An answer as a browser sees it: status, parsed JSON (or text), headers, and the raw bytes (PDFs, scans). */
type Response = { status: number; body: any; headers: Record<string, unknown>; bytes: Buffer };

/** A browser-like API client over app.inject(): keeps cookies and sends the CSRF header. */
export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken = '';
  constructor(private readonly app: FastifyInstance) {}

  async request(options: InjectOptions & { csrf?: string | null }): Promise<Response> {
    const { csrf, ...rest } = options;
    const headers: Record<string, string> = { ...(rest.headers as Record<string, string>) };
    const cookieHeader = [...this.cookies].map(([key, value]) => `${key}=${value}`).join('; ');
    if (cookieHeader) headers.cookie = cookieHeader;
    const token = csrf === undefined ? this.csrfToken : csrf;
    if (token) headers['x-csrf-token'] = token;
    const response = await this.app.inject({ ...rest, headers });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now());
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const text = response.body;
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    return { status: response.statusCode, body, headers: response.headers, bytes: response.rawPayload };
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }

  /** GETs a file: the same as `get`, named for what the caller reads (`bytes`). */
  download(url: string) {
    return this.get(url);
  }

  post(url: string, payload: unknown = {}, options: { csrf?: string | null } = {}) {
    return this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'], ...options });
  }

  /** Fetches the CSRF token the page would get on load. */
  async open(): Promise<this> {
    const me = await this.get('/api/auth/me');
    this.csrfToken = me.body.csrfToken;
    return this;
  }

  async login(identifier: string, password = 'Demo@2026'): Promise<Response> {
    await this.open();
    const response = await this.post('/api/auth/login', { identifier, password, captchaId: 'off', captchaAnswer: '0' });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }
}

export async function loggedIn(app: FastifyInstance, identifier: string): Promise<TestClient> {
  const client = new TestClient(app);
  const response = await client.login(identifier);
  if (response.status !== 200) throw new Error(`login ${identifier} failed: ${JSON.stringify(response.body)}`);
  return client;
}
