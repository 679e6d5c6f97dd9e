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
      expect((await readOutbox(local)).body.items.some((item: { text: string }) => item.text.includes(code))).toBe(
        true,
      );
      expect((await local.request({ method: 'GET', url: '/dev/mailbox', remoteAddress: '::1' })).status).toBe(200);

      const remoteClients = [
        ...[
          {},
          { 'x-forwarded-for': '127.0.0.1' },
          { 'x-forwarded-for': '::1', 'x-real-ip': '127.0.0.1' },
          { forwarded: 'for=127.0.0.1' },
        ].map((headers) => ({ peer: '203.0.113.7', headers })),
        // A reverse proxy on the machine itself passing a remote client on.
        { peer: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.7' } },
        { peer: '127.0.0.1', headers: { 'x-forwarded-for': '127.0.0.1, 203.0.113.7' } },
        { peer: '::1', headers: { 'x-real-ip': '203.0.113.7' } },
        { peer: '127.0.0.1', headers: { forwarded: 'for="[2001:db8::7]:4711";proto=https' } },
      ];
      for (const { peer, headers } of remoteClients) {
        for (const url of ['/api/dev/outbox', '/dev/mailbox']) {
          const remote = await local.request({ method: 'GET', url, remoteAddress: peer, headers });
          expect(remote.status, `${url} ${peer} ${JSON.stringify(headers)}`).toBe(404);
          expect(JSON.stringify(remote.body)).not.toContain(code);
        }
      }
      const behindLocalProxy = await local.request({
        method: 'GET',
        url: '/api/dev/outbox',
        headers: { 'x-forwarded-for': '127.0.0.1', forwarded: 'for=127.0.0.1' },
      });
      expect(behindLocalProxy.status).toBe(200);
    });
  },
  { TRUST_PROXY: 'true' },
);
