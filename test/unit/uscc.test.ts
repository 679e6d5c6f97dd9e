import { describe, it, expect } from 'vitest';
import { makeUscc, usccCheckChar, validateUscc } from '../../src/domain/validators/index.js';

describe('validateUscc (GB 32100-2015)', () => {
  it('accepts real codes', () => {
    expect(validateUscc('91350100M000100Y43')).toEqual({ ok: true, normalized: '91350100M000100Y43' });
    expect(validateUscc('91110000600037341L')).toEqual({ ok: true, normalized: '91110000600037341L' });
  });

  it('accepts lower case and normalises to upper case', () => {
    expect(validateUscc('91110000600037341l')).toEqual({ ok: true, normalized: '91110000600037341L' });
  });

  it('computes the weighted MOD 31 check character', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('91110000600037341')).toBe('L');
    expect(makeUscc('91110000600037341')).toBe('91110000600037341L');
    expect(() => usccCheckChar('9111000060003734')).toThrow(RangeError);
    expect(() => usccCheckChar('9111000060003734I')).toThrow(RangeError);
  });

  it('rejects a wrong check character', () => {
    expect(validateUscc('91350100M000100Y44')).toEqual({ ok: false, reason: 'check_char' });
    expect(validateUscc('91110000600037341K')).toEqual({ ok: false, reason: 'check_char' });
  });

  it('rejects I, O, S, V, Z anywhere', () => {
    for (const letter of ['I', 'O', 'S', 'V', 'Z']) {
      expect(validateUscc(`91350100${letter}000100Y43`), letter).toEqual({ ok: false, reason: 'format' });
      expect(validateUscc(`91110000600037341${letter}`), letter).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('rejects wrong lengths and other characters', () => {
    for (const value of ['', '91110000600037341', '91110000600037341LL', '9111000060003734-L', '91110000 600037341']) {
      expect(validateUscc(value), value).toEqual({ ok: false, reason: 'format' });
    }
  });
});
