import type { FastifyReply } from 'fastify';

export type FileBody = { content: Buffer; sha256: string; fileName: string; mediaType: string };

/**
 * Sends stored bytes with their sniffed type, a download name (UTF-8, RFC 6266) and their hash; inline
 * for 预览, attachment for 下载. `nosniff` keeps a browser from reading them as anything else.
 */
export function sendFile(reply: FastifyReply, file: FileBody, inline: boolean) {
  const asciiName = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .type(file.mediaType)
    .header(
      'content-disposition',
      `${inline ? 'inline' : 'attachment'}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('x-content-sha256', file.sha256)
    .send(file.content);
}
