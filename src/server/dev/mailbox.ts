import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, AppErrorCode } from '../../domain/errors';
import { listRecentOutbox } from '../db/repositories/outbox-repository';

const outboxResponse = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      channel: z.enum(['sms', 'email']),
      recipient: z.string(),
      template: z.string(),
      text: z.string(),
      createdAt: z.string(),
    }),
  ),
});

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}

/** Every client address the proxy headers name (X-Forwarded-For, X-Real-IP, Forwarded: for=). */
function forwardedAddresses(request: FastifyRequest): string[] {
  const { headers } = request;
  const listed = [headers['x-forwarded-for'], headers['x-real-ip']].flatMap((value) => String(value ?? '').split(','));
  const named = [...String(headers.forwarded ?? '').matchAll(/for="?\[?([^\]";,\s]+)/gi)].map((match) => match[1]!);
  return [...listed, ...named].map((address) => address.trim()).filter(Boolean);
}

/**
 * The machine itself: the peer of the TCP connection (not `request.ip`, which with TRUST_PROXY a header
 * could set) and every address a proxy names, so neither a forged header nor a local reverse proxy in
 * front of remote clients opens the mailbox.
 */
function isLocalClient(request: FastifyRequest): boolean {
  return isLoopback(request.socket.remoteAddress) && forwardedAddresses(request).every(isLoopback);
}

/**
 * Development only (never registered in production): what the outbox would have sent by SMS or email.
 * Every code and return link is in it, so only the machine itself may read it, even when the server
 * listens on all interfaces.
 */
export const mailboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', async (request) => {
    if (!isLocalClient(request)) throw new AppError(AppErrorCode.NotFound, '请求的接口不存在');
  });

  const recent = async () =>
    (await listRecentOutbox(app.db, 100)).map((row) => ({
      id: row.id,
      channel: row.channel,
      recipient: row.recipient,
      template: row.template,
      text: String((JSON.parse(row.payload) as { text?: unknown }).text ?? row.payload),
      createdAt: row.created_at,
    }));

  app.get(
    '/api/dev/outbox',
    { schema: { tags: ['development'], summary: '开发环境发件箱', response: { 200: outboxResponse } } },
    async () => ({ items: await recent() }),
  );

  app.get('/dev/mailbox', { schema: { hide: true } }, async (_request, reply) => {
    const rows = (await recent())
      .map(
        (item) =>
          `<tr><td>${item.id}</td><td>${item.channel === 'sms' ? '短信' : '邮件'}</td><td>${escapeHtml(item.recipient)}</td>` +
          `<td>${escapeHtml(item.text)}</td><td>${escapeHtml(item.createdAt)}</td></tr>`,
      )
      .join('');
    reply.type('text/html; charset=utf-8');
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>开发环境发件箱</title>
<style>body{font-family:sans-serif;margin:24px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:6px 8px;text-align:left}th{background:#f4f6f8}</style></head>
<body><h1>开发环境发件箱</h1><p>仅在非生产环境提供:系统要发出的短信和邮件都在这里,最新的在最上面。</p>
<table><thead><tr><th>#</th><th>渠道</th><th>收件人</th><th>内容</th><th>时间</th></tr></thead><tbody>${rows || '<tr><td colspan="5">暂无消息</td></tr>'}</tbody></table></body></html>`;
  });
};
