// 线下签约 under concurrency on PostgreSQL only: interleavings that need a second connection. Files named
// *.postgres.test.ts run in the integration-postgres project alone (vitest.config.ts).
import fs from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { sha256 } from '../../src/server/auth/tokens';
import type { Database } from '../../src/server/db/schema';
import { insertReturnLink, revokeLiveLinks } from '../../src/server/db/repositories/return-link-repository';
import { describeOnDialects } from '../support/app';
import {
  OFFLINE_FORM,
  awaitingScan,
  freshStudent,
  pngPages,
  reviewersAt,
  sha256Hex,
  uploadOwnScan,
} from './offline-helpers';

/**
 * Returns once another connection of this database waits for a lock: the request the test holds back has
 * reached the statement the open transaction blocks. Each check is a query, so the loop never sleeps.
 */
async function untilSomeoneWaitsForALock(db: Kysely<Database>, failure: string): Promise<void> {
  for (let check = 0; check < 10_000; check += 1) {
    const waiting = await sql<{ n: string }>`select count(*) as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
    if (Number(waiting.rows[0]!.n) > 0) return;
  }
  throw new Error(failure);
}

// Two interleavings that need a second connection (SQLite runs one transaction at a time).
//
// 1. DOMAIN §4.2: the student can resend the return link, and a resend replaces (revokes) the earlier one, so
// an agreement has at most one live link. On PostgreSQL two sends at once would both find nothing to revoke;
// the first send is held open between its insert and its commit — exactly the statements the service runs —
// while the second goes through the API.
describeOnDialects('interleavings only PostgreSQL allows', (context) => {
  // The partial unique index return_link_one_live serialises two sends of one agreement: the second send's
  // insert waits for the first transaction and then fails, answered with 409.
  it('leaves at most one live link', async () => {
    const { app, db } = context();
    const reviewers = await reviewersAt(app);
    const student = await freshStudent(app, db);
    const id = await awaitingScan(app, student.client, reviewers);
    let second: Promise<{ status: number; body: any }> | undefined;
    await db.transaction().execute(async (trx) => {
      const now = new Date().toISOString();
      await revokeLiveLinks(trx, id, now);
      await insertReturnLink(trx, {
        agreementId: id,
        tokenHash: sha256(`first-send-${Math.random()}`),
        channel: 'email',
        recipient: OFFLINE_FORM.contactEmail,
        expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        accountId: student.accountId,
      });
      second = student.client.post(`/api/student/agreements/${id}/return-links`, { channel: 'email' });
      await untilSomeoneWaitsForALock(db, 'the second send never waited for this transaction');
    });
    const answer = await second!;
    expect(answer.status, JSON.stringify(answer.body)).toBe(409);
    expect(answer.body.message).toMatch(/回传链接/);
    const live = await db
      .selectFrom('return_link')
      .select('id')
      .where('agreement_id', '=', id)
      .where('revoked_at', 'is', null)
      .where('used_at', 'is', null)
      .execute();
    expect(live.length).toBeLessThanOrEqual(1);
  });

  // 2. src/server/files/file-store.ts promises "a committed row never points at a missing or partial file",
  // and cleanOrphanFiles removes files with no stored_file row once they are an hour old. An upload refused
  // for its second page leaves its good first page on disk (allowed: no row names it). When that same page
  // is uploaded again more than an hour later, FileStore.write sees the file already there and returns
  // without touching it, so the file still looks an hour old; if the cleanup runs before the upload's
  // transaction commits (another process's job loop, or this one's), it deletes the file, and the upload
  // then commits a stored_file + agreement_file row for bytes that are gone: the page answers 500.
  // Here the upload is held between its file write and its commit by a row lock on the agreement.
  //
  // FileStore.write refreshes an existing file's mtime, so the cleanup's one-hour grace covers the
  // transaction that is about to reference the file.
  it(
    'a page re-uploaded an hour after a refused attempt survives the orphan cleanup running meanwhile',
    async () => {
      const { app, db } = context();
      const reviewers = await reviewersAt(app);
      const student = await freshStudent(app, db);
      const id = await awaitingScan(app, student.client, reviewers);
      const page = pngPages(1)[0]!;

      // The refused attempt: a good page, then a fake PDF. The good page stays behind without a row.
      const refused = await uploadOwnScan(student.client, id, [
        page,
        { filename: 'x.pdf', contentType: 'application/pdf', content: Buffer.from('not a pdf') },
      ]);
      expect(refused.status).toBe(400);
      const leftover = app.files.pathOf(sha256Hex(page.content));
      expect(fs.existsSync(leftover)).toBe(true);
      const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
      fs.utimesSync(leftover, twoHoursAgo, twoHoursAgo);

      // The same page again, held before its commit; the cleanup runs meanwhile.
      let upload: Promise<{ status: number; body: any }> | undefined;
      await db.transaction().execute(async (trx) => {
        await sql`select id from agreement where id = ${id} for update`.execute(trx);
        upload = uploadOwnScan(student.client, id, [page]);
        await untilSomeoneWaitsForALock(db, 'the upload never waited for the agreement row');
        await app.jobs.runDue({ sweep: true });
      });
      const done = await upload!;
      expect(done.status, JSON.stringify(done.body)).toBe(200);

      const attached = await db
        .selectFrom('agreement_file')
        .innerJoin('stored_file', 'stored_file.id', 'agreement_file.stored_file_id')
        .select(['agreement_file.id', 'stored_file.sha256'])
        .where('agreement_file.agreement_id', '=', id)
        .execute();
      expect(attached).toHaveLength(1);
      expect(fs.existsSync(app.files.pathOf(attached[0]!.sha256))).toBe(true);
      expect((await student.client.get(`/api/student/agreements/${id}/files/${attached[0]!.id}`)).status).toBe(200);
    },
  );
});
