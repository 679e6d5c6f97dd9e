import { expect, it } from 'vitest';
import { describeOnDialects, TestClient } from '../support/app';

describeOnDialects('health and API docs', (context) => {
  it('reports the database it runs on', async () => {
    const { app, dialect } = context();
    const response = await new TestClient(app).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: dialect });
    expect(response.body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('serves the OpenAPI document generated from the route schemas', async () => {
    const response = await new TestClient(context().app).get('/api/docs/json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/auth/login', '/api/student/record', '/api/console']),
    );
  });

  it('answers an unknown API path with a Chinese 404', async () => {
    const response = await new TestClient(context().app).get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ code: 'NOT_FOUND', message: '请求的接口不存在', fields: [] });
  });
});
