import { describe, expect, it } from 'vitest';
import { destination, isValidCode, regionLevel } from '../../src/domain/codes';
import { DESTINATION_FORMS, destinationForm, isAsked, recordedDestinationCode } from '../../src/domain/codes/destination-forms';
import { checkMinimumWage, MINIMUM_WAGES, minimumWageRow } from '../../src/domain/codes/minimum-wage';
import { missingProofs, normalizeValues, validateForm } from '../../src/domain/registration/validate-form';
import { nextRegistrationStatus, VOIDED_BY_SIGNING } from '../../src/domain/registration/status';

describe('destination forms', () => {
  it('declares a form for every destination code except 10 (a 就业协议) and sub codes', () => {
    const topLevel = destination.filter((entry) => !entry.parentCode && entry.code !== '10').map((entry) => entry.code);
    expect(DESTINATION_FORMS.map((form) => form.code).sort()).toEqual(topLevel.sort());
    expect(destinationForm('10')).toBeUndefined();
    expect(destinationForm('99')).toBeUndefined();
  });

  it('records only codes of the 毕业去向 table', () => {
    for (const form of DESTINATION_FORMS) {
      const recorded = [form.code, form.recordedCode ?? form.code, ...Object.values(form.subCode?.codes ?? {})];
      for (const code of recorded) expect(isValidCode('destination', code), `${form.code} → ${code}`).toBe(true);
    }
    expect(recordedDestinationCode(destinationForm('50')!, { project: '三支一扶' })).toBe('502');
    expect(recordedDestinationCode(destinationForm('50')!, { project: '特岗教师' })).toBe('50');
    expect(recordedDestinationCode(destinationForm('80')!, { studyLevel: '硕士研究生' })).toBe('801');
    expect(recordedDestinationCode(destinationForm('80')!, { studyLevel: '专升本' })).toBe('80');
    expect(recordedDestinationCode(destinationForm('27')!, {})).toBe('271');
  });

  it('refers only to its own fields in its conditions and rules', () => {
    for (const form of DESTINATION_FORMS) {
      const keys = new Set(form.fields.map((field) => field.key));
      expect(keys.size, form.code).toBe(form.fields.length);
      for (const item of [...form.fields, ...form.proofs]) if (item.when) expect(keys.has(item.when.field), `${form.code}.${item.key}`).toBe(true);
      for (const field of form.fields) if (field.notBefore) expect(keys.has(field.notBefore)).toBe(true);
      if (form.minimumWage) {
        const { pay, region, date } = form.minimumWage;
        for (const key of [pay, region, ...(date ? [date] : [])]) expect(keys.has(key), `${form.code}.${key}`).toBe(true);
      }
      // every form needs proof but the 未就业 statuses'
      expect(form.proofs.length > 0, form.code).toBe(form.category !== '未就业');
    }
  });
});

describe('validating a form', () => {
  const further = destinationForm('80')!;
  const complete = { studyLevel: '硕士研究生', admittingSchool: '示例大学', admittingCollege: '计算机学院', admittingMajor: '软件工程' };

  it('暂存 checks only what is filled in; 提交 names every missing required field', () => {
    expect(validateForm(further, { admittingSchool: '示例大学' }, { complete: false })).toEqual([]);
    const problems = validateForm(further, { admittingSchool: '示例大学' }, { complete: true });
    expect(problems.map((problem) => problem.path)).toEqual(['fields.studyLevel', 'fields.admittingCollege', 'fields.admittingMajor']);
    expect(problems[0]!.message).toBe('请选择升学层次');
    expect(validateForm(further, complete, { complete: true })).toEqual([]);
  });

  it('refuses values of the wrong kind, naming the field', () => {
    const contract = destinationForm('11')!;
    const problems = validateForm(
      contract,
      { employerUscc: '91110000000000000X', contractStart: '2027-07-01', contractEnd: '2027-06-30', monthlyPay: '6000.5', workRegionCode: '999999', employerNatureCode: 'xx' },
      { complete: false },
    );
    const byPath = Object.fromEntries(problems.map((problem) => [problem.path, problem.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      ['fields.contractEnd', 'fields.employerNatureCode', 'fields.employerUscc', 'fields.monthlyPay', 'fields.workRegionCode'].sort(),
    );
    expect(byPath['fields.contractEnd']).toContain('不能早于');
    expect(byPath['fields.monthlyPay']).toContain('整数');
    expect(validateForm(contract, { monthlyPay: 6000 }, { complete: false })[0]!.message).toBe('月薪(元)须为文字');
  });

  it('keeps only the asked fields of the branch chosen', () => {
    const venture = destinationForm('75')!;
    const values = normalizeValues(venture, { ventureForm: '开办网店', shopUrl: ' https://shop.example.com/1 ', companyName: '旧公司', other: 'x' });
    expect(values).toEqual({ ventureForm: '开办网店', shopUrl: 'https://shop.example.com/1' });
    expect(missingProofs(venture, values, new Set(['shopScreenshot'])).map((problem) => problem.path)).toEqual(['proofs.incomeRecords']);
    expect(venture.proofs.filter((proof) => isAsked(proof, { ventureForm: '创办企业或个体工商户' })).map((proof) => proof.key)).toEqual([
      'businessLicense',
    ]);
  });
});

describe('minimum wages', () => {
  it('has rows only for known provinces and cities', () => {
    for (const row of MINIMUM_WAGES) {
      expect(regionLevel(row.regionCode), row.regionCode).toMatch(/province|city/);
      expect([...row.tiers].sort((a, b) => b - a)).toEqual(row.tiers);
    }
  });

  it('takes the row in force on the day, a city’s own before its province’s', () => {
    expect(minimumWageRow('440305', '2026-03-01')!.tiers).toEqual([2520]);
    expect(minimumWageRow('440305', '2026-09-01')!.tiers).toEqual([2700]);
    expect(minimumWageRow('440106', '2026-08-31')!.regionCode).toBe('440000');
    expect(minimumWageRow('440106', '2026-09-01')!.tiers).toEqual([2680]);
    expect(minimumWageRow('110101', '2025-12-31')).toBeUndefined();
  });

  it('judges a pay against the tiers of the place', () => {
    expect(checkMinimumWage(2540, '110105', '2026-07-01').result).toBe('meets');
    expect(checkMinimumWage(2539, '110105', '2026-07-01').result).toBe('below');
    expect(checkMinimumWage(2000, '340102', '2026-07-01').result).toBe('depends_on_tier');
    expect(checkMinimumWage(1999, '340102', '2026-07-01').result).toBe('below');
  });
});

describe('registration transitions', () => {
  it('lets signing void every live registration and nothing else', () => {
    expect([...VOIDED_BY_SIGNING].sort()).toEqual(['approved', 'college_review', 'returned', 'school_review']);
    expect(nextRegistrationStatus('draft', 'sign')).toBeUndefined();
    expect(nextRegistrationStatus('approved', 'cancel')).toBe('voided');
    expect(nextRegistrationStatus('returned', 'submit')).toBe('college_review');
  });
});
