import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, AppErrorCode } from '../domain/errors';
import sessionPlugin from './auth/session-plugin';
import type { Config } from './config';
import type { DatabaseHandle } from './db/database';
import { mailboxRoutes } from './dev/mailbox';
import { registerErrorHandler } from './errors';
import { registerInputHygiene } from './input-hygiene';
import { registerUploadCleanup } from './routes/multipart';
import { accountRecoveryRoutes } from './routes/auth/account-recovery';
import { captchaRoutes } from './routes/auth/captcha';
import { sessionRoutes } from './routes/auth/session';
import { consoleRoutes } from './routes/console/console';
import { studentRecordRoutes } from './routes/student/record';
import { studentAgreementRoutes } from './routes/student/agreements';
import { employerRegistrationRoutes } from './routes/employer/registration';
import { employerInvitationRoutes } from './routes/employer/invitations';
import { reviewRoutes } from './routes/review/agreements';
import { schoolSettingRoutes } from './routes/review/school-settings';
import { platformEmployerRoutes } from './routes/platform/employers';
import { verifyRoutes } from './routes/public/verify';
import { returnLinkRoutes } from './routes/public/return-link';
import { studentOfflineRoutes } from './routes/student/offline';
import { notificationRoutes } from './routes/system/notifications';
import { FileStore } from './files/file-store';
import { JobRunner } from './jobs/job-runner';
import { codeRoutes } from './routes/system/codes';
import { healthRoutes } from './routes/system/health';
import { APP_VERSION } from './version';

z.config(z.locales.zhCN());

const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

// Personal data never reaches the log: no cookies, tokens or bodies, and URLs without their query.
const logRedaction = ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'];

// A path segment that may be a secret (a return-link token is 43 characters of base64url).
const TOKEN_LIKE_SEGMENT = /(?<=\/)[\w-]{20,}(?=\/|$)/g;

/**
 * The route's pattern (`/api/public/return/:token`), never the values in it; a path no route matched
 * (a web page such as /return/<token>) has its token-like segments blanked.
 */
function loggedPath(request: FastifyRequest): string {
  return request.routeOptions.url ?? request.url.split('?')[0]!.replace(TOKEN_LIKE_SEGMENT, ':redacted');
}

export type BuildOptions = {
  config: Config;
  database: DatabaseHandle;
  /** false: no log; a stream: the log goes there (tests read it); default: standard output. */
  logger?: boolean | { write(line: string): void };
};

/** Builds the whole HTTP app: API, OpenAPI docs, the web app and (outside production) the dev mailbox. */
export async function buildApp({ config, database, logger = true }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger
      ? {
          level: config.logLevel,
          redact: logRedaction,
          ...(typeof logger === 'object' ? { stream: logger } : {}),
          serializers: {
            req: (request: FastifyRequest) => ({ method: request.method, path: loggedPath(request), ip: request.ip }),
          },
        }
      : false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: 64 * 1024,
    trustProxy: config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', database.db);
  app.decorate('dialect', database.dialect);
  app.decorate('config', config);
  const files = new FileStore(config.fileDirectory);
  app.decorate('files', files);
  const jobs = new JobRunner({ db: database.db, dialect: database.dialect, config, files, log: app.log });
  app.decorate('jobs', jobs);
  if (config.runJobs) app.addHook('onReady', async () => jobs.start());
  app.addHook('onClose', async () => jobs.stop());
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandler(app);
  registerInputHygiene(app);
  registerUploadCleanup(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: config.isProduction ? [] : null,
      },
    },
  });
  await app.register(cookie);
  // Oversized files are truncated rather than thrown, so the answer can name the form field.
  await app.register(multipart, { throwFileSizeLimit: false });
  await app.register(rateLimit, {
    max: 600,
    timeWindow: '1 minute',
    errorResponseBuilder: () => new AppError(AppErrorCode.RateLimited),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: '毕业去向登记系统 API', version: APP_VERSION },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(sessionPlugin, { db: database.db, sessionHours: config.sessionHours });

  await app.register(healthRoutes);
  await app.register(codeRoutes);
  await app.register(sessionRoutes);
  await app.register(captchaRoutes);
  await app.register(accountRecoveryRoutes);
  await app.register(studentRecordRoutes);
  await app.register(consoleRoutes);
  await app.register(notificationRoutes);
  await app.register(studentAgreementRoutes);
  await app.register(employerRegistrationRoutes);
  await app.register(employerInvitationRoutes);
  await app.register(reviewRoutes);
  await app.register(schoolSettingRoutes);
  await app.register(platformEmployerRoutes);
  await app.register(verifyRoutes);
  await app.register(studentOfflineRoutes);
  await app.register(returnLinkRoutes);
  if (!config.isProduction) await app.register(mailboxRoutes);
  await registerWebApp(app);
  return app;
}

/** Serves the built web app; unknown non-API paths get its index.html (client-side routing). */
async function registerWebApp(app: FastifyInstance): Promise<void> {
  const hasBuild = fs.existsSync(path.join(WEB_ROOT, 'index.html'));
  if (hasBuild) await app.register(fastifyStatic, { root: WEB_ROOT, index: false, redirect: false });
  const sendApp = (reply: FastifyReply) => {
    if (!hasBuild) {
      return reply.status(503).type('text/plain; charset=utf-8').send('网页尚未构建,请先运行 npm run build');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  };
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendApp(reply));
  app.setNotFoundHandler((request, reply) => {
    // Missing API paths and missing built files are real 404s; every other page is the web app's.
    if (request.url.startsWith('/api/') || request.url.startsWith('/assets/') || request.method !== 'GET') {
      const message = request.url.startsWith('/assets/') ? '请求的文件不存在,请刷新页面' : '请求的接口不存在';
      return reply.status(404).send({ code: AppErrorCode.NotFound, message, fields: [] });
    }
    return sendApp(reply);
  });
}
