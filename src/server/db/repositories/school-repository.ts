import type { Insertable } from 'kysely';
import type { CollegeTable, SchoolTable } from '../schema';
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

/** True before the first school exists: a fresh database the demo data may fill. */
export async function hasNoSchool(db: Executor): Promise<boolean> {
  return !(await db.selectFrom('school').select('id').limit(1).executeTakeFirst());
}

export async function insertSchool(db: Executor, school: Insertable<SchoolTable>): Promise<number> {
  const row = await db.insertInto('school').values(school).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertCollege(db: Executor, college: Insertable<CollegeTable>): Promise<number> {
  const row = await db.insertInto('college').values(college).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
