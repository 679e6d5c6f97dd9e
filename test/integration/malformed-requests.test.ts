// Whatever arrives, the answer is never a 5xx: bodies no form sends get a clear 400, and a bounded fuzz
// over every route of the OpenAPI document finds no request that breaks the server.
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { describeOnDialects, TestClient } from '../support/app';
import { ClientAt, CHINESE, expectRefusal, loggedInAt, multipartBody } from './helpers';
import { OFFLINE_FORM, PAPER_NUMBER, expectNothingStored, pngPages, storageSnapshot } from './offline-helpers';

type Route = { method: 'GET' | 'POST'; path: string };

const DEEP_OBJECT = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
const DEEP_ARRAY = `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;

describeOnDialects('requests no form sends', (context) => {
  let routes: Route[];
  let anonymous: ClientAt;
  let student: ClientAt;
  beforeAll(async () => {
    const { app } = context();
    const document = (await new TestClient(app).get('/api/docs/json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => ({ method: method.toUpperCase() as Route['method'], path })),
    );
    anonymous = await new ClientAt(app).open();
    student = await loggedInAt(app, '13800000002');
  });

  it('answers multipart/form-data without a boundary with 400 on every upload route, storing nothing', async () => {
    const { app, db } = context();
    const before = await storageSnapshot(app, db);
    for (const url of [
      '/api/student/agreements/1/scan',
      '/api/student/agreements/paper',
      `/api/public/return/${'x'.repeat(43)}/scan`,
      '/api/employer/register',
    ]) {
      for (const contentType of [
        'multipart/form-data',
        'multipart/form-data; boundary=',
        'multipart/form-data; charset=utf-8',
      ]) {
        const response = await student.request({
          method: 'POST',
          url,
          headers: { 'content-type': contentType },
          payload: 'abc',
        });
        expect(response.status, `${url} ${contentType} ${JSON.stringify(response.body)}`).toBeLessThan(500);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.body.message).toMatch(CHINESE);
      }
    }
    const paper = await student.request({
      method: 'POST',
      url: '/api/student/agreements/paper',
      headers: { 'content-type': 'multipart/form-data' },
      payload: 'abc',
    });
    expectRefusal(paper, 400, 'MALFORMED_BODY');
    expect(paper.body.message).toMatch(/multipart\/form-data/);
    await expectNothingStored(app, db, before);
  });

  it('answers a multipart body cut short or malformed with 400', async () => {
    const cut = await student.request({
      method: 'POST',
      url: '/api/student/agreements/paper',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      payload: '--xyz\r\nContent-Disposition: form-data; name="scans"; filename="a.png"\r\n\r\n\x89PNG',
    });
    expectRefusal(cut, 400, 'MALFORMED_BODY');
  });

  it('checks the JSON of a multipart form like any body: control characters and deep nesting are a 400', async () => {
    const { app, db } = context();
    const before = await storageSnapshot(app, db);
    const send = (data: string) =>
      student.request({
        method: 'POST',
        url: '/api/student/agreements/paper',
        ...multipartBody([
          { name: 'data', value: data },
          { name: 'scans', ...pngPages(1)[0]! },
        ]),
      });
    const withNul = await send(
      JSON.stringify({ ...OFFLINE_FORM, paperAgreementNumber: PAPER_NUMBER, employerName: '示例\u0000公司' }),
    );
    expectRefusal(withNul, 400, 'INVALID_INPUT', 'employerName');
    const deep = await send(DEEP_OBJECT);
    expectRefusal(deep, 400, 'MALFORMED_BODY');
    expect(deep.body.message).toMatch(/嵌套/);
    expectRefusal(await send('[1, 2]'), 400, 'INVALID_INPUT');
    await expectNothingStored(app, db, before);
  });

  it('answers JSON nested 10,000 deep with 400, anonymous or logged in', async () => {
    for (const [client, url] of [
      [student, '/api/student/drafts/offline'],
      [anonymous, '/api/auth/login'],
      [student, '/api/notifications/read'],
    ] as const) {
      for (const payload of [DEEP_OBJECT, DEEP_ARRAY]) {
        const response = await client.request({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload,
        });
        expectRefusal(response, 400, 'MALFORMED_BODY');
        expect(response.body.message).toMatch(/嵌套/);
      }
    }
  });

  it('never answers 5xx to a few hundred arbitrary requests on every documented route', async () => {
    const segment = fc.oneof(
      fc.integer({ min: -2, max: 5000 }).map(String),
      fc.constantFrom(
        '0',
        '1e9',
        '99999999999999999999',
        'NaN',
        '-1',
        '..',
        '%00',
        '%E4%B8%AD',
        'online',
        'offline',
        'paper',
        'x'.repeat(43),
      ),
      fc.string({ maxLength: 60 }).map(encodeURIComponent),
    );
    const json = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((value) => ({ type: 'application/json', payload: JSON.stringify(value) })),
      fc
        .dictionary(
          fc.constantFrom(
            'id',
            'ids',
            'name',
            'idNumber',
            'result',
            'comment',
            'channel',
            'phone',
            'password',
            'identifier',
            'data',
          ),
          fc.jsonValue({ maxDepth: 3 }),
        )
        .map((value) => ({
          type: 'application/json',
          payload: JSON.stringify(value),
        })),
    );
    const other = fc.oneof(
      fc.constantFrom(
        { type: 'multipart/form-data', payload: 'abc' },
        {
          type: 'multipart/form-data; boundary=b',
          payload: '--b\r\nContent-Disposition: form-data; name="data"\r\n\r\n{"a":',
        },
        {
          type: 'multipart/form-data; boundary=b',
          payload: '--b\r\nContent-Disposition: form-data; name="pages"; filename="a.png"\r\n\r\n\x89PNG\r\n--b--\r\n',
        },
        { type: 'application/json', payload: DEEP_OBJECT },
        { type: 'application/json', payload: '{"a":' },
        { type: 'application/x-www-form-urlencoded', payload: 'a=1&b[c]=2' },
        { type: 'text/plain', payload: 'hello' },
      ),
      fc.string({ maxLength: 200 }).map((payload) => ({ type: 'application/json', payload })),
    );
    const query = fc.option(
      fc.dictionary(fc.constantFrom('q', 'page', 'pageSize', 'status', 'kind', 'collegeId'), segment, { maxKeys: 3 }),
      { nil: undefined },
    );
    const request = fc.record({
      route: fc.constantFrom(...routes),
      segments: fc.array(segment, { minLength: 3, maxLength: 3 }),
      body: fc.oneof(json, other),
      query,
      asStudent: fc.boolean(),
    });

    await fc.assert(
      fc.asyncProperty(request, async ({ route, segments, body, query, asStudent }) => {
        // Logging out would leave the rest of the run anonymous.
        if (asStudent && route.path === '/api/auth/logout') return;
        let index = 0;
        const path = route.path.replace(/\{[^}]+\}/g, () => segments[index++ % segments.length]!);
        const search = query ? `?${new URLSearchParams(query as Record<string, string>)}` : '';
        const client = asStudent ? student : anonymous;
        const response = await client.request({
          method: route.method,
          url: path + search,
          ...(route.method === 'POST' ? { headers: { 'content-type': body.type }, payload: body.payload } : {}),
        });
        expect(
          response.status,
          `${route.method} ${path}${search} ${body.type} → ${JSON.stringify(response.body)}`,
        ).toBeLessThan(500);
      }),
      { numRuns: 300, seed: 20_261_204 },
    );
  });
});
