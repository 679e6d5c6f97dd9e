import { describe, expect, it } from 'vitest';
import { currentCohort } from '../../src/domain/cohort';
import { ConfigError, loadConfig } from '../../src/server/config';

const PRODUCTION_URL = 'https://dj.example.edu.cn';

describe('configuration from the environment', () => {
  it('defaults to the embedded database under ./data on port 3000 with the captcha on', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toMatchObject({ dialect: 'sqlite' });
    expect(config.database.dialect === 'sqlite' && config.database.file).toMatch(/data\/registration\.sqlite$/);
    expect(config.captchaEnabled).toBe(true);
    expect(config.seedDemo).toBe(true);
  });

  it('runs on PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' });
    expect(config.database).toEqual({ dialect: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/x' });
  });

  it('refuses CAPTCHA_MODE=off in production, and never seeds demo data there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', CAPTCHA_MODE: 'off' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', CAPTCHA_MODE: 'off' })).toThrow(/生产环境不允许关闭验证码/);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: PRODUCTION_URL }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', CAPTCHA_MODE: 'off' }).captchaEnabled).toBe(false);
  });

  it('points QR codes and message links at PUBLIC_URL; production refuses to start without one or with a loopback one', () => {
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: `${PRODUCTION_URL}/` }).publicUrl).toBe(PRODUCTION_URL);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/生产环境须设置 PUBLIC_URL.*https:\/\/dj\.example\.edu\.cn/);
    for (const loopback of ['http://localhost:3000', 'http://127.0.0.1', 'http://[::1]:8080', 'http://0.0.0.0']) {
      expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: loopback }), loopback).toThrow(/PUBLIC_URL 不能是本机地址/);
    }
    // Development keeps working on this machine.
    expect(loadConfig({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
  });

  it('gives sessions an idle lifetime of 8 hours and an absolute one of 24, both settable', () => {
    expect(loadConfig({})).toMatchObject({ sessionHours: 8, sessionMaxHours: 24 });
    expect(loadConfig({ SESSION_HOURS: '2', SESSION_MAX_HOURS: '12' })).toMatchObject({ sessionHours: 2, sessionMaxHours: 12 });
    expect(() => loadConfig({ SESSION_MAX_HOURS: '0' })).toThrow(/SESSION_MAX_HOURS/);
  });

  it('explains a malformed setting in Chinese', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/配置有误: PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL 须为 postgres/);
  });

  it('takes the 届别 from the China-time date: from September on, next year', () => {
    expect(currentCohort(new Date('2026-08-31T15:59:59Z'))).toBe(2026);
    expect(currentCohort(new Date('2026-08-31T16:00:00Z'))).toBe(2027);
    expect(currentCohort(new Date('2027-06-30T00:00:00Z'))).toBe(2027);
    expect(loadConfig({ COHORT: '2025' }).cohort).toBe(2025);
  });
});
