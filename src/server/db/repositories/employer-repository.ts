import type { Executor } from './executor';

export async function findEmployer(db: Executor, id: number) {
  return db.selectFrom('employer').selectAll().where('id', '=', id).executeTakeFirst();
}
