import { makeIdCard } from '../../domain/validators';

/**
 * Deterministic fictitious people for the demo data: the same seed gives the same names and
 * checksum-valid 身份证号, so demo logins and screenshots are stable.
 */
const FAMILY_NAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强丛华车冉房边'];
const GIVEN_PARTS = [...'子涵浩然欣怡梓轩雨桐宇航诗琪俊杰思远嘉怡博文佳琪明轩一诺子墨语嫣泽宇若曦晨阳心怡天佑静怡昊天梦琪志强雅婷建华晓东丽娜文博海洋春燕秀英国庆'];
const COUNTIES = ['110105', '110108', '310104', '320102', '330106', '370102', '420111', '440106', '440305', '510107', '610113', '500103'];

export type DemoPerson = { name: string; idNumber: string; genderCode: '1' | '2'; birthDate: string; regionCode: string };

/** A small linear congruential generator: fixed output for a fixed seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function makeDemoPerson(random: () => number, birthYear: number, sequence: number): DemoPerson {
  const genderCode = random() < 0.5 ? '1' : '2';
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const birthDate = `${birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const regionCode = pick(random, COUNTIES);
  // 顺序码: odd for men, even for women (GB 11643); the sequence keeps every number distinct.
  const order = (sequence % 500) * 2 + (genderCode === '1' ? 1 : 0);
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(order).padStart(3, '0')}`;
  const given = pick(random, GIVEN_PARTS) + (random() < 0.7 ? pick(random, GIVEN_PARTS) : '');
  return { name: pick(random, FAMILY_NAMES) + given, idNumber: makeIdCard(first17), genderCode, birthDate, regionCode };
}
