import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  ID_CARD_PROVINCE_PREFIXES,
  USCC_CHARSET,
  makeIdCard,
  makeUscc,
  validateIdCard,
  validateUscc,
} from '../../src/domain/validators/index.js';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

/** 17 digits: known province, any 4 digits, a real birth date in 1900..2020, any 3-digit sequence. */
const idCardFirst17 = fc
  .tuple(
    fc.constantFrom(...ID_CARD_PROVINCE_PREFIXES),
    digits(4),
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }),
    digits(3),
  )
  .map(([province, county, birth, seq]) => province + county + birth.toISOString().slice(0, 10).replaceAll('-', '') + seq);

const usccFirst17 = fc
  .array(fc.constantFrom(...USCC_CHARSET), { minLength: 17, maxLength: 17 })
  .map((a) => a.join(''));

const ID_CHECK_CHARS = '0123456789X';

describe('check characters (property)', () => {
  it('makeIdCard always validates, with birth date and gender from the number', () => {
    fc.assert(
      fc.property(idCardFirst17, (first17) => {
        const result = validateIdCard(makeIdCard(first17));
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.birthDate.replaceAll('-', '')).toBe(first17.slice(6, 14));
          expect(result.gender).toBe(Number(first17[16]) % 2 === 1 ? 'M' : 'F');
        }
      }),
    );
  });

  it('any other ID check character fails with check_digit', () => {
    fc.assert(
      fc.property(idCardFirst17, fc.constantFrom(...ID_CHECK_CHARS), (first17, replacement) => {
        const valid = makeIdCard(first17);
        fc.pre(valid[17] !== replacement);
        expect(validateIdCard(first17 + replacement)).toEqual({ ok: false, reason: 'check_digit' });
      }),
    );
  });

  it('a single changed digit in the body of an ID number is detected', () => {
    fc.assert(
      fc.property(idCardFirst17, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (first17, pos, delta) => {
        const valid = makeIdCard(first17);
        const changed = valid.slice(0, pos) + String((Number(valid[pos]) + delta) % 10) + valid.slice(pos + 1);
        expect(validateIdCard(changed).ok).toBe(false);
      }),
    );
  });

  it('makeUscc always validates', () => {
    fc.assert(
      fc.property(usccFirst17, (first17) => {
        expect(validateUscc(makeUscc(first17))).toEqual({ ok: true, normalized: makeUscc(first17) });
      }),
    );
  });

  it('any other USCC check character fails with check_char', () => {
    fc.assert(
      fc.property(usccFirst17, fc.constantFrom(...USCC_CHARSET), (first17, replacement) => {
        fc.pre(makeUscc(first17)[17] !== replacement);
        expect(validateUscc(first17 + replacement)).toEqual({ ok: false, reason: 'check_char' });
      }),
    );
  });
});
