import { describe, it, expect } from 'vitest';
import { idCardCheckChar, makeIdCard, validateIdCard } from '../../src/domain/validators/index.js';

describe('validateIdCard (GB 11643-1999)', () => {
  it('accepts real numbers and extracts birth date, gender and region', () => {
    expect(validateIdCard('11010519491231002X')).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'F',
      regionCode: '110105',
    });
    expect(validateIdCard('11010119900307803X')).toEqual({
      ok: true,
      normalized: '11010119900307803X',
      birthDate: '1990-03-07',
      gender: 'M',
      regionCode: '110101',
    });
  });

  it('accepts a lowercase x and normalises it', () => {
    const result = validateIdCard('11010519491231002x');
    expect(result.ok).toBe(true);
    expect(result.ok && result.normalized).toBe('11010519491231002X');
  });

  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(idCardCheckChar('11010519491231002')).toBe('X');
    expect(idCardCheckChar('11010119900307803')).toBe('X');
    // the GB 11643 example: its check digit is right, but 1880 is before the accepted range
    expect(idCardCheckChar('44052418800101001')).toBe('4');
    expect(makeIdCard('11010519491231002')).toBe('11010519491231002X');
    expect(() => idCardCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => idCardCheckChar('1101051949123100A')).toThrow(RangeError);
  });

  it('rejects birth dates before 1900-01-01 even with a right check digit', () => {
    expect(validateIdCard('440524188001010014')).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateIdCard(makeIdCard('11010118991231001'))).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateIdCard(makeIdCard('11010119000101001')).ok).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(validateIdCard('110105194912310020')).toEqual({ ok: false, reason: 'check_digit' });
    expect(validateIdCard('110101199003078031')).toEqual({ ok: false, reason: 'check_digit' });
  });

  it('rejects dates that do not exist', () => {
    expect(validateIdCard(makeIdCard('11010119900230001'))).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateIdCard(makeIdCard('11010119901301001'))).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateIdCard(makeIdCard('11010119900100001'))).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateIdCard(makeIdCard('11010119010229001'))).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateIdCard(makeIdCard('11010120000229001')).ok).toBe(true);
  });

  it('rejects future birth dates (China time)', () => {
    const now = new Date('2024-06-30T17:00:00Z'); // 2024-07-01 01:00 in China
    expect(validateIdCard(makeIdCard('11010120240701001'), { now }).ok).toBe(true);
    expect(validateIdCard(makeIdCard('11010120240702001'), { now })).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateIdCard(makeIdCard('11010121000101001'))).toEqual({ ok: false, reason: 'birth_date' });
  });

  it('rejects unknown provinces', () => {
    expect(validateIdCard(makeIdCard('00010119900307803'))).toEqual({ ok: false, reason: 'region' });
    expect(validateIdCard(makeIdCard('99010119900307803'))).toEqual({ ok: false, reason: 'region' });
    expect(validateIdCard(makeIdCard('16010119900307803'))).toEqual({ ok: false, reason: 'region' });
  });

  it('accepts unknown county codes of a known province (old codes)', () => {
    const result = validateIdCard(makeIdCard('11999919900307803'));
    expect(result.ok && result.regionCode).toBe('119999');
  });

  it('accepts 港澳台 prefixes', () => {
    for (const prefix of ['71', '81', '82', '83']) {
      expect(validateIdCard(makeIdCard(`${prefix}000019900307803`)).ok).toBe(true);
    }
  });

  it('rejects malformed values', () => {
    for (const value of [
      '',
      '11010519491231002', // 17 chars
      '11010519491231002XX', // 19 chars
      '1101051949123100AX', // letter
      'ABCDEFGHIJKLMNOPQR',
      '11010519491231002Y',
      'X10105194912310020',
      ' 11010519491231002X',
      '11010519491231002X ',
      '１１０１０５１９４９１２３１００２Ｘ', // full-width digits
    ]) {
      expect(validateIdCard(value), value).toEqual({ ok: false, reason: 'format' });
    }
  });
});
