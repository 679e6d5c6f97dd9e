import { describe, it, expect } from 'vitest';
import {
  CODE_DICTIONARIES,
  CODE_TABLES,
  POSITION_CATEGORY_ALIASES,
  canonicalPositionCategory,
  codeName,
  destination,
  educationLevel,
  educationLevelGroup,
  ethnicity,
  industry,
  isCodeDictionary,
  isPlacedDestination,
  isValidCode,
  regionPath,
  regions,
} from '../../src/domain/codes/index.js';

describe('code tables', () => {
  it('has the expected dictionaries', () => {
    expect([...CODE_DICTIONARIES].sort()).toEqual(
      [
        'destination',
        'education-level',
        'employer-nature',
        'ethnicity',
        'gender',
        'hukou-handling',
        'id-type',
        'industry',
        'political-status',
        'position-category',
        'region',
      ].sort(),
    );
  });

  for (const dictionary of CODE_DICTIONARIES) {
    describe(dictionary, () => {
      const table = CODE_TABLES[dictionary];
      it('is not empty, with unique string codes and non-empty names', () => {
        expect(table.length).toBeGreaterThan(0);
        const codes = table.map((e) => e.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const entry of table) {
          expect(entry.code, JSON.stringify(entry)).toMatch(/^[0-9]+$/);
          expect(entry.name.trim(), entry.code).not.toBe('');
        }
      });
      it('has parents that exist in the same table', () => {
        const codes = new Set(table.map((e) => e.code));
        for (const entry of table) {
          if (entry.parentCode !== undefined) expect(codes.has(entry.parentCode), entry.code).toBe(true);
        }
      });
    });
  }

  it('has the 56 ethnic groups plus 97 and 98', () => {
    expect(ethnicity).toHaveLength(58);
    expect(codeName('ethnicity', '01')).toBe('汉族');
    expect(codeName('ethnicity', '56')).toBe('基诺族');
    expect(codeName('ethnicity', '98')).toBe('外国血统中国籍人士');
  });

  it('maps education levels to the displayed 层次', () => {
    expect(educationLevel).toHaveLength(10);
    expect(educationLevelGroup('01')).toBe('博士');
    expect(educationLevelGroup('13')).toBe('硕士');
    expect(educationLevelGroup('31')).toBe('本科');
    expect(educationLevelGroup('43')).toBe('专科');
    expect(educationLevelGroup('25')).toBe('二学位');
    expect(educationLevelGroup('99')).toBeUndefined();
  });

  it('carries the GB/T 4754 section letter of industries', () => {
    expect(industry.find((e) => e.code === '34')).toMatchObject({ section: 'I', name: '信息传输、软件和信息技术服务业' });
    expect(industry.find((e) => e.code === '80')?.section).toBeUndefined();
  });

  it('resolves position category aliases', () => {
    expect(POSITION_CATEGORY_ALIASES).toEqual({ '31': '30', '49': '40' });
    expect(canonicalPositionCategory('31')).toBe('30');
    expect(canonicalPositionCategory('49')).toBe('40');
    expect(canonicalPositionCategory('13')).toBe('13');
    expect(canonicalPositionCategory('toString')).toBe('toString');
    expect(codeName('position-category', '09')).toBe('博士后研究人员');
    expect(codeName('position-category', '18')).toBe('飞机和船舶技术人员');
    for (const target of Object.values(POSITION_CATEGORY_ALIASES)) {
      expect(isValidCode('position-category', target)).toBe(true);
    }
  });

  it('classifies destinations', () => {
    const byCode = new Map(destination.map((e) => [e.code, e]));
    expect(byCode.get('10')).toMatchObject({ group: '就业', isPlaced: true });
    expect(byCode.get('70')).toMatchObject({ group: '未就业', isPlaced: false });
    expect(byCode.get('80')).toMatchObject({ group: '升学', isPlaced: true });
    expect(isPlacedDestination('10')).toBe(true);
    expect(isPlacedDestination('70')).toBe(false);
    expect(isPlacedDestination('71')).toBe(false);
    expect(isPlacedDestination('72')).toBe(false);
    expect(isPlacedDestination('00')).toBe(false);
    for (const [sub, parent] of [
      ['271', '27'],
      ['502', '50'],
      ['503', '50'],
      ['512', '51'],
      ['519', '51'],
      ['801', '80'],
      ['802', '80'],
    ] as const) {
      const entry = byCode.get(sub);
      expect(entry?.parentCode, sub).toBe(parent);
      expect(entry?.group).toBe(byCode.get(parent)?.group);
      expect(entry?.isPlaced).toBe(byCode.get(parent)?.isPlaced);
    }
    expect(isValidCode('destination', '10', 2021)).toBe(true);
    expect(isValidCode('destination', '10', 2020)).toBe(false);
  });

  it('looks codes up', () => {
    expect(codeName('political-status', '13')).toBe('群众');
    expect(codeName('hukou-handling', '2')).toBe('托管单位接收');
    expect(codeName('gender', '1')).toBe('男');
    expect(codeName('id-type', '1')).toBe('居民身份证');
    expect(codeName('employer-nature', '39')).toBe('其他企业');
    expect(codeName('ethnicity', '99')).toBeUndefined();
    expect(codeName('ethnicity', '1')).toBeUndefined();
    expect(isValidCode('gender', '2')).toBe(true);
    expect(isValidCode('gender', '3')).toBe(false);
    expect(isValidCode('gender', 'constructor')).toBe(false);
    expect(isCodeDictionary('region')).toBe(true);
    expect(isCodeDictionary('regions')).toBe(false);
    expect(isCodeDictionary('toString')).toBe(false);
  });
});

describe('regions', () => {
  const byCode = new Map(regions.map((e) => [e.code, e]));

  it('includes provinces, cities and counties with parents', () => {
    expect(byCode.get('110000')).toMatchObject({ name: '北京市', level: 'province' });
    expect(byCode.get('110000')?.parentCode).toBeUndefined();
    expect(byCode.get('440300')).toMatchObject({ name: '深圳市', parentCode: '440000', level: 'city' });
    expect(byCode.get('440305')).toMatchObject({ name: '南山区', parentCode: '440300', level: 'county' });
    expect(regions.filter((e) => e.level === 'province').length).toBeGreaterThanOrEqual(34);
    expect(regions.length).toBeGreaterThan(3000);
    for (const entry of regions) expect(entry.code, entry.name).toMatch(/^\d{6}$/);
  });

  it('is reachable through the dictionary API', () => {
    expect(codeName('region', '440300')).toBe('深圳市');
    expect(isValidCode('region', '110101')).toBe(true);
    expect(isValidCode('region', '999999')).toBe(false);
  });

  it('builds full names without repeating municipality names', () => {
    expect(regionPath('110000')).toBe('北京市');
    expect(regionPath('110100')).toBe('北京市');
    expect(regionPath('110101')).toBe('北京市东城区');
    expect(regionPath('440000')).toBe('广东省');
    expect(regionPath('440300')).toBe('广东省深圳市');
    expect(regionPath('440305')).toBe('广东省深圳市南山区');
    expect(regionPath('440305', ' ')).toBe('广东省 深圳市 南山区');
    expect(regionPath('500229')).toBe('重庆市城口县');
    expect(regionPath('999999')).toBe('');
    expect(regionPath('')).toBe('');
  });

  it('leaves out 省直辖县 grouping levels', () => {
    const county = regions.find((e) => e.level === 'county' && e.parentCode === '429000');
    expect(county).toBeDefined();
    expect(regionPath(county!.code)).toBe(`湖北省${county!.name}`);
  });
});
