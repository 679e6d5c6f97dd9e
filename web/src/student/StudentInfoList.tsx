import { List, Tag } from 'antd-mobile';
import type { ReactNode } from 'react';
import type { StudentRecord } from '../common/types';

/** The rows of the seed's 学生信息 screen, in its order. */
function rows(record: StudentRecord): Array<[label: string, value: ReactNode]> {
  return [
    ['考生号', record.examNumber],
    ['姓名', record.name],
    ['性别', record.genderName],
    ['出生日期', record.birthDate],
    ['身份证号', record.idNumberMasked],
    ['生源省市', record.originRegionName],
    ['民族', record.ethnicityName],
    ['政治面貌', record.politicalStatusName],
    ['毕业院校', record.schoolName],
    ['院系', record.collegeName],
    ['层次', record.levelName],
    [
      '专业名称',
      <>
        {record.majorName}
        {record.majorCode ? <span className="student-info__code">专业代码 {record.majorCode}</span> : null}
      </>,
    ],
    ['学制', `${record.studyYears}年`],
    ['入学时间', record.enrolledOn],
    ['毕业时间', record.graduatingOn],
    ['届别', `${record.cohort}届`],
  ];
}

/** The server may name a key field by its 学籍 name; the screen calls 学历层次 just 层次. */
const LABEL_ALIASES: Record<string, string> = { 学历层次: '层次', 院校: '毕业院校', 学校: '毕业院校' };

export function StudentInfoList({ record, mismatchFields = [] }: { record: StudentRecord; mismatchFields?: string[] }) {
  const differing = new Set(mismatchFields.map((field) => LABEL_ALIASES[field] ?? field));
  return (
    <List header="学生信息" className="student-info">
      {rows(record).map(([label, value]) => (
        <List.Item
          key={label}
          extra={<span className="student-info__value">{value || '—'}</span>}
          className={differing.has(label) ? 'student-info__row--differs' : undefined}
        >
          {label}
          {differing.has(label) ? (
            <Tag color="danger" fill="outline" className="student-info__tag">
              不一致
            </Tag>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}
