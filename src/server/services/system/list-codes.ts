import { isCodeDictionary } from '../../../domain/codes';
import { AppError, AppErrorCode } from '../../../domain/errors';
import type { Executor } from '../../db/repositories/executor';
import { listDictionary } from '../../db/repositories/code-repository';

/** 代码表: the entries of one dictionary, optionally the children of one parent code. */
export async function listCodes(db: Executor, dictionary: string, parentCode?: string) {
  if (!isCodeDictionary(dictionary)) throw new AppError(AppErrorCode.NotFound, `代码表 ${dictionary} 不存在`);
  const rows = await listDictionary(db, dictionary, parentCode);
  return { dictionary, items: rows.map((row) => ({ code: row.code, name: row.name, parentCode: row.parent_code })) };
}
