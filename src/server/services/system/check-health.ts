import type { Executor } from '../../db/repositories/executor';
import { pingDatabase } from '../../db/repositories/health-repository';

/** 健康检查: the database answers. */
export async function checkHealth(db: Executor): Promise<void> {
  await pingDatabase(db);
}
