import { useQuery } from '@tanstack/react-query';
import { Cascader, DatePicker, List, Popup, SearchBar, SpinLoading } from 'antd-mobile';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { call, errorMessage } from '../../common/api';
import type { CodeItem, EmployerSearchItem, StudentRecord } from '../../common/types';
import { useCodes } from '../../common/use-codes';
import { buildRegionTree, regionPath } from '../../login/region-tree';
import { SheetHeader, SheetOption } from './sheet';

/** A form value that is chosen, not typed: shows the choice (or the seed's placeholder) and opens a sheet. */
function Trigger({
  id,
  text,
  placeholder,
  onClick,
  onClear,
  clearLabel,
}: {
  id?: string;
  text: string | undefined;
  placeholder: string;
  onClick: () => void;
  onClear?: () => void;
  clearLabel?: string;
}) {
  return (
    <span className="form-trigger-row">
      <button
        type="button"
        id={id}
        className={text ? 'form-trigger' : 'form-trigger form-trigger--placeholder'}
        onClick={onClick}
      >
        <span className="form-trigger__text">{text || placeholder}</span>
        <span className="form-trigger__arrow" aria-hidden="true" />
      </button>
      {text && onClear ? (
        <button type="button" className="form-trigger__clear" onClick={onClear} aria-label={clearLabel}>
          ×
        </button>
      ) : null}
    </span>
  );
}

/** 单位性质 / 单位行业 / 职位类别: one code from a short table, as a list in a bottom sheet. */
export function SelectField({
  id,
  value,
  onChange,
  label,
  items,
  loading,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  label: string;
  items: CodeItem[] | undefined;
  loading?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const selected = items?.find((item) => item.code === value);
  return (
    <>
      <Trigger
        id={id}
        text={selected?.name}
        placeholder={loading ? '加载中…' : '点击选择'}
        onClick={() => setOpen(true)}
      />
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        onClose={() => setOpen(false)}
        bodyClassName="form-sheet"
      >
        <div role="dialog" aria-label={`选择${label}`} className="form-sheet__inner">
          <SheetHeader title={`选择${label}`} onClose={() => setOpen(false)} />
          <div className="form-sheet__body">
            {(items ?? []).map((item) => (
              <SheetOption
                key={item.code}
                selected={item.code === value}
                onClick={() => {
                  onChange?.(item.code);
                  setOpen(false);
                }}
              >
                {item.name}
              </SheetOption>
            ))}
          </div>
        </div>
      </Popup>
    </>
  );
}

const GROUPING_NAMES = new Set(['县', '市辖区', '省直辖县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** 通讯地址: 省 / 市 / 区 from the region code table (the tree the employer registration page uses). */
export function RegionField({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const regions = useCodes('region');
  const [open, setOpen] = useState(false);
  const items = regions.data?.items;
  const options = useMemo(() => buildRegionTree(items ?? []), [items]);
  const path = useMemo(() => (items && value ? regionPath(items, value) : []), [items, value]);
  const names = useMemo(() => {
    const byCode = new Map((items ?? []).map((item) => [item.code, item.name]));
    // As addresses are written: 北京市海淀区, not 北京市 北京市 海淀区 (nor 市辖区 / 省直辖县).
    return path
      .map((code) => byCode.get(code) ?? code)
      .filter((name, index, all) => (index === 0 || name !== all[index - 1]) && !GROUPING_NAMES.has(name));
  }, [items, path]);
  return (
    <>
      <Trigger
        id={id}
        text={names.join(' ')}
        placeholder={regions.isError ? '地区加载失败,请刷新页面' : '点击选择省市'}
        onClick={() => setOpen(true)}
      />
      <Cascader
        title="选择省 / 市 / 区"
        options={options}
        visible={open}
        value={path}
        loading={regions.isLoading}
        placeholder="请选择"
        onClose={() => setOpen(false)}
        onConfirm={(next) => {
          const last = next[next.length - 1];
          if (typeof last === 'string') onChange?.(last);
        }}
      />
    </>
  );
}

const pad = (value: number) => String(value).padStart(2, '0');
const toDateText = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** 报到期限: a date, optional; cleared with ×. */
export function DateField({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const now = new Date();
  const parsed = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : null;
  return (
    <>
      <Trigger
        id={id}
        text={value}
        placeholder="选填"
        onClick={() => setOpen(true)}
        onClear={() => onChange?.('')}
        clearLabel="清除报到期限"
      />
      <DatePicker
        title="选择报到期限"
        visible={open}
        value={parsed ?? undefined}
        min={new Date(now.getFullYear(), now.getMonth(), now.getDate())}
        max={new Date(now.getFullYear() + 3, 11, 31)}
        precision="day"
        onClose={() => setOpen(false)}
        onConfirm={(date) => onChange?.(toDateText(date))}
      />
    </>
  );
}

/**
 * 单位名称 (点击搜索): a search over the employers registered in the system — picking one fills 统一社会信用代码,
 * 单位性质, 单位行业 and 通讯地址 — or the name as typed, for an employer that is not registered.
 */
export function EmployerNameField({
  id,
  value,
  onChange,
  onPickRegistered,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  onPickRegistered: (item: EmployerSearchItem) => void;
}) {
  const [open, setOpen] = useState(false);
  const [keyword, setKeyword] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(keyword.trim()), 300);
    return () => clearTimeout(timer);
  }, [keyword]);
  const search = useQuery({
    queryKey: ['student', 'employer-search', debounced],
    queryFn: () => call('searchEmployers', { query: { q: debounced } }),
    enabled: open && debounced.length > 0,
    staleTime: 60_000,
  });
  const typed = keyword.trim();

  function show() {
    setKeyword(value ?? '');
    setOpen(true);
  }

  let results: ReactNode = null;
  if (debounced.length > 0) {
    if (search.isError) results = <div className="form-sheet__note">{errorMessage(search.error)}</div>;
    else if (!search.data) results = <SpinLoading className="form-sheet__spinner" />;
    else if (search.data.items.length === 0) {
      results = (
        <div className="form-sheet__note">系统中没有找到已注册的「{debounced}」,请直接使用你输入的单位全称。</div>
      );
    } else {
      results = (
        <div className="form-sheet__group">
          <div className="form-sheet__group-title">已在系统注册的单位(选择后自动填写单位信息)</div>
          {search.data.items.map((item) => (
            <SheetOption
              key={item.employerUscc}
              description={`统一社会信用代码 ${item.employerUscc}`}
              onClick={() => {
                onPickRegistered(item);
                setOpen(false);
              }}
            >
              {item.employerName}
            </SheetOption>
          ))}
        </div>
      );
    }
  }

  return (
    <>
      <Trigger id={id} text={value} placeholder="点击搜索" onClick={show} />
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        onClose={() => setOpen(false)}
        bodyClassName="form-sheet form-sheet--tall"
        destroyOnClose
      >
        <div role="dialog" aria-label="搜索单位名称" className="form-sheet__inner">
          <SheetHeader title="单位名称" onClose={() => setOpen(false)} />
          <div className="form-sheet__search">
            <SearchBar
              placeholder="输入单位名称搜索或填写全称"
              value={keyword}
              onChange={setKeyword}
              autoFocus
              aria-label="单位名称关键字"
            />
          </div>
          <div className="form-sheet__body">
            {typed.length >= 2 ? (
              <div className="form-sheet__group">
                <div className="form-sheet__group-title">单位未在系统注册?</div>
                <SheetOption
                  description="以输入的名称作为单位名称(须为全称,与公章一致),其余单位信息请逐项填写"
                  onClick={() => {
                    onChange?.(typed);
                    setOpen(false);
                  }}
                >
                  使用「{typed}」
                </SheetOption>
              </div>
            ) : (
              <div className="form-sheet__note">请输入单位名称(全称,与公章一致)进行搜索。</div>
            )}
            {results}
          </div>
        </div>
      </Popup>
    </>
  );
}

/** 学生信息 at the bottom of the form: the name, and 详细信息 that opens the rest of the record. */
export function StudentBrief({ record }: { record: StudentRecord | null }) {
  const [expanded, setExpanded] = useState(false);
  if (!record) return null;
  const rows: Array<[string, string]> = [
    ['性别', record.genderName],
    ['身份证号', record.idNumberMasked],
    ['毕业院校', record.schoolName],
    ['院系', record.collegeName],
    ['层次', record.levelName],
    ['专业名称', record.majorName],
    ['届别', `${record.cohort}届`],
  ];
  return (
    <List header="学生信息" className="student-info agreement-info">
      <List.Item
        extra={expanded ? '收起' : '详细信息'}
        arrowIcon={expanded ? false : undefined}
        onClick={() => setExpanded((current) => !current)}
        aria-expanded={expanded}
      >
        {record.name}
      </List.Item>
      {expanded
        ? rows.map(([label, text]) => (
            <List.Item key={label} extra={<span className="student-info__value">{text}</span>}>
              {label}
            </List.Item>
          ))
        : null}
    </List>
  );
}

/** 单位是否解决户档: native radio buttons (antd-mobile's hide the input from screen readers). */
export function ChoiceField({
  id,
  value,
  onChange,
  name,
  items,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  name: string;
  items: CodeItem[] | undefined;
}) {
  return (
    <div className="choice-field" role="radiogroup" id={id}>
      {(items ?? []).map((item) => (
        <label
          key={item.code}
          className={item.code === value ? 'choice-field__item choice-field__item--checked' : 'choice-field__item'}
        >
          <input
            type="radio"
            name={name}
            value={item.code}
            checked={item.code === value}
            onChange={() => onChange?.(item.code)}
          />
          <span>{item.name}</span>
        </label>
      ))}
    </div>
  );
}
