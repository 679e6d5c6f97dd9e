import type { FastifyReply } from 'fastify';

/** Sends a PDF with a download name (UTF-8, RFC 6266) and its hash; inline for 预览, attachment for 下载. */
export function sendPdf(reply: FastifyReply, pdf: { content: Buffer; sha256: string; fileName: string }, inline: boolean) {
  const asciiName = pdf.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .type('application/pdf')
    .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(pdf.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('x-content-sha256', pdf.sha256)
    .send(pdf.content);
}
