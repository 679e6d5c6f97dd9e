import { Cascader } from 'antd';
import { useMemo } from 'react';
import { useCodes } from '../common/use-codes';
import { buildRegionTree, type RegionOption } from './region-tree';

interface RegionCascaderProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
}

const filter = (input: string, path: RegionOption[]) => path.some((option) => option.label.includes(input.trim()));

/** 通讯地址: 省 / 市 / 区 from GET /api/codes/region, searchable by name. */
export function RegionCascader({ id, value, onChange }: RegionCascaderProps) {
  const regions = useCodes('region');
  const options = useMemo(() => buildRegionTree(regions.data?.items ?? []), [regions.data]);
  return (
    <Cascader<RegionOption>
      id={id}
      value={value}
      onChange={(next) => onChange?.((next ?? []) as string[])}
      options={options}
      loading={regions.isLoading}
      placeholder={regions.isError ? '地区加载失败,请刷新页面' : '点击选择省 / 市 / 区'}
      showSearch={{ filter }}
      aria-label="通讯地址"
      style={{ width: '100%' }}
    />
  );
}
