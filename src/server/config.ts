import path from 'node:path';
import { z } from 'zod';
import { currentCohort } from '../domain/cohort';

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 须为 postgres:// 形式')
    .optional(),
  CAPTCHA_MODE: z.enum(['on', 'off']).default('on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_HOURS: z.coerce.number().positive().default(8),
  SESSION_MAX_HOURS: z.coerce.number().positive().default(24),
  COHORT: z.coerce.number().int().min(2000).max(2100).optional(),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  JOBS: z.enum(['on', 'off']).default('on'),
  PUBLIC_URL: z.string().url('PUBLIC_URL 须为完整网址,如 https://dj.example.edu.cn').optional(),
});

export type Config = {
  environment: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  dataDirectory: string;
  fileDirectory: string;
  /** Where people reach the system: the QR codes and links in messages point here. */
  publicUrl: string;
  database: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };
  captchaEnabled: boolean;
  logLevel: string;
  /** Idle lifetime of a session. */
  sessionHours: number;
  /** Absolute lifetime: a session ends this long after login, however active. */
  sessionMaxHours: number;
  cohort: number;
  seedDemo: boolean;
  /** Run the background job loop in this process (tests drive jobs themselves). */
  runJobs: boolean;
  trustProxy: boolean;
};

export class ConfigError extends Error {}

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i;

/**
 * QR codes on printed agreements and links sent by SMS/email are read on other people's devices: in
 * production they must point at the address the public reaches, never this machine's loopback.
 */
function requirePublicUrl(publicUrl: string | undefined): void {
  const example = '如 PUBLIC_URL=https://dj.example.edu.cn';
  if (!publicUrl) {
    throw new ConfigError(`生产环境须设置 PUBLIC_URL 为毕业生、用人单位访问本系统的网址(${example}),协议书二维码和消息中的链接都指向它`);
  }
  if (LOOPBACK_HOSTS.test(new URL(publicUrl).hostname)) {
    throw new ConfigError(`PUBLIC_URL 不能是本机地址(${publicUrl}),请设置为外部可访问的网址(${example})`);
  }
}

/** Reads the environment into a typed config; refuses settings that are unsafe in production. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`配置有误: ${problems.join('; ')}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  if (isProduction && env.CAPTCHA_MODE === 'off') {
    throw new ConfigError('生产环境不允许关闭验证码 (CAPTCHA_MODE=off)');
  }
  if (isProduction) requirePublicUrl(env.PUBLIC_URL);
  const dataDirectory = path.resolve(env.DATA_DIR);
  return {
    environment: env.NODE_ENV,
    isProduction,
    port: env.PORT,
    host: env.HOST,
    dataDirectory,
    fileDirectory: path.join(dataDirectory, 'files'),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    database: env.DATABASE_URL
      ? { dialect: 'postgres', url: env.DATABASE_URL }
      : { dialect: 'sqlite', file: path.join(dataDirectory, 'registration.sqlite') },
    captchaEnabled: env.CAPTCHA_MODE === 'on',
    logLevel: env.LOG_LEVEL,
    sessionHours: env.SESSION_HOURS,
    sessionMaxHours: env.SESSION_MAX_HOURS,
    cohort: env.COHORT ?? currentCohort(new Date()),
    seedDemo: !isProduction && env.SEED_DEMO === 'auto',
    runJobs: env.JOBS === 'on',
    trustProxy: env.TRUST_PROXY === 'true',
  };
}
