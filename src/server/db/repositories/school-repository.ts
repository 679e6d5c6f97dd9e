import type { Executor } from './executor';

export async function findSchool(db: Executor, id: number) {
  return db.selectFrom('school').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listColleges(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('college').selectAll().where('id', 'in', ids).orderBy('code').execute();
}

export async function listCollegesOfSchool(db: Executor, schoolId: number) {
  return db.selectFrom('college').selectAll().where('school_id', '=', schoolId).orderBy('code').execute();
}
