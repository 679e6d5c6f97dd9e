import { expect, it } from 'vitest';
import { describeOnDialects, TestClient } from '../support/app';
import { readOutbox, requestSmsCode, newPhone } from './helpers';

// The mailbox holds every SMS code and return link: only the machine itself may read it, and with
// TRUST_PROXY a forwarded header claiming a local address must not open it to a remote client.
describeOnDialects(
  'development mailbox',
  (context) => {
    it('answers a loopback client and nobody else, whatever the forwarded headers say', async () => {
      const { app } = context();
      const local = await new TestClient(app).open();
      const phone = newPhone();
      const code = await requestSmsCode(local, phone, 'register');
      expect((await readOutbox(local)).body.items.some((item: { text: string }) => item.text.includes(code))).toBe(true);
      expect((await local.request({ method: 'GET', url: '/dev/mailbox', remoteAddress: '::1' })).status).toBe(200);

      for (const headers of [{}, { 'x-forwarded-for': '127.0.0.1' }, { 'x-forwarded-for': '::1', 'x-real-ip': '127.0.0.1' }]) {
        for (const url of ['/api/dev/outbox', '/dev/mailbox']) {
          const remote = await local.request({ method: 'GET', url, remoteAddress: '203.0.113.7', headers });
          expect(remote.status, `${url} ${JSON.stringify(headers)}`).toBe(404);
          expect(JSON.stringify(remote.body)).not.toContain(code);
        }
      }
    });
  },
  { TRUST_PROXY: 'true' },
);
