import { describe, it, expect } from 'vitest';
import { checkPasswordPolicy, isContactPhone, isEmail, isMainlandMobile } from '../../src/domain/validators/index.js';

describe('isMainlandMobile', () => {
  it('accepts 11 digits starting with 1[3-9]', () => {
    for (const phone of ['13800138000', '15912345678', '19912345678', '17012345678']) {
      expect(isMainlandMobile(phone), phone).toBe(true);
    }
  });
  it('rejects everything else', () => {
    for (const phone of ['12800138000', '10800138000', '1380013800', '138001380000', '+8613800138000', '1380013800a', ' 13800138000', '']) {
      expect(isMainlandMobile(phone), phone).toBe(false);
    }
  });
});

describe('isContactPhone (联系人电话)', () => {
  it('accepts fixed-line numbers with or without 区号 and 分机, 400/800 numbers and mobiles', () => {
    for (const phone of [
      '010-12345678',
      '01012345678',
      '0755-1234567',
      '(0755)12345678',
      '021-12345678-123',
      '021-12345678转8001',
      '62345678',
      '400-123-4567',
      '8001234567',
      '13900000001',
    ]) {
      expect(isContactPhone(phone), phone).toBe(true);
    }
  });
  it('rejects text, short numbers and malformed 区号', () => {
    for (const phone of ['hello', '', '123', '010-123', '10-12345678', '010--12345678', '010-02345678', '12800138000', '010-12345678-', '电话010-12345678']) {
      expect(isContactPhone(phone), phone).toBe(false);
    }
  });
});

describe('isEmail', () => {
  it('accepts ordinary addresses', () => {
    for (const email of ['a@b.cn', 'zhang.san@example.com', 'li_si+jobs@mail.pku.edu.cn', 'x-y@sub-domain.example.org']) {
      expect(isEmail(email), email).toBe(true);
    }
  });
  it('rejects malformed addresses', () => {
    for (const email of [
      '',
      'plain',
      '@example.com',
      'a@',
      'a@b',
      'a@@b.cn',
      'a b@c.cn',
      '.a@b.cn',
      'a.@b.cn',
      'a..b@c.cn',
      'a@-b.cn',
      'a@b-.cn',
      'a@b..cn',
      'a@b.c',
      'a@b.123',
      '张三@example.com',
    ]) {
      expect(isEmail(email), email).toBe(false);
    }
  });
  it('enforces the length limits', () => {
    const domain = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.cn`;
    const local254 = 'x'.repeat(254 - 1 - domain.length);
    expect(`${local254}@${domain}`).toHaveLength(254);
    expect(isEmail(`${local254}@${domain}`)).toBe(true);
    expect(isEmail(`${local254}x@${domain}`)).toBe(false); // 255
    expect(isEmail(`${'x'.repeat(64)}@b.cn`)).toBe(true);
    expect(isEmail(`${'x'.repeat(65)}@b.cn`)).toBe(false);
  });
});

describe('checkPasswordPolicy', () => {
  it('accepts 8–64 characters with a letter and a digit', () => {
    expect(checkPasswordPolicy('abc12345')).toBeNull();
    expect(checkPasswordPolicy('Passw0rd!')).toBeNull();
    expect(checkPasswordPolicy(`a1${'x'.repeat(62)}`)).toBeNull();
  });
  it('rejects short passwords and those without a letter or a digit', () => {
    for (const pw of ['', 'abc1234', 'abcdefgh', '12345678', '!!!!!!!!', '密码密码密码密码1']) {
      expect(checkPasswordPolicy(pw), pw).toBe('密码至少 8 位,且须同时包含字母和数字');
    }
  });
  it('rejects passwords longer than 64 characters', () => {
    const message = checkPasswordPolicy(`a1${'x'.repeat(63)}`);
    expect(message).toMatch(/64/);
  });
});
