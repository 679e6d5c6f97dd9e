import type { CodeItem } from '../common/types';

export interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

/** 省/市/区 as a tree, from the flat region code table (each item names its parent). */
export function buildRegionTree(items: CodeItem[]): RegionOption[] {
  const nodes = new Map<string, RegionOption>();
  for (const item of items) nodes.set(item.code, { value: item.code, label: item.name });
  const roots: RegionOption[] = [];
  for (const item of items) {
    const node = nodes.get(item.code)!;
    const parent = item.parentCode ? nodes.get(item.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else if (!item.parentCode) roots.push(node);
  }
  return roots;
}

/** The path of codes from the province down to `code` (for showing a stored region). */
export function regionPath(items: CodeItem[], code: string): string[] {
  const byCode = new Map(items.map((item) => [item.code, item]));
  const path: string[] = [];
  for (let current = byCode.get(code); current; current = current.parentCode ? byCode.get(current.parentCode) : undefined) {
    path.unshift(current.code);
  }
  return path;
}
