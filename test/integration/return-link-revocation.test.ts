// A return link opens the whole agreement (with the 身份证号) to whoever holds it: it must die as soon as
// the sealed scan arrives, and when review ends the agreement (已生效 / 已作废), even if one was sent
// while the scan was on its way. (A scan through a link uses that link up, and the database allows only
// one live link per agreement, so that path leaves none live either.)
import { beforeAll, expect, it } from 'vitest';
import { randomToken, sha256 } from '../../src/server/auth/tokens';
import { isoAfter } from '../../src/server/db/repositories/executor';
import { insertReturnLink } from '../../src/server/db/repositories/return-link-repository';
import { describeOnDialects, TestClient } from '../support/app';
import {
  agreementRow,
  auditOf,
  awaitingScan,
  decided,
  freshStudent,
  pngPages,
  reviewersAt,
  sendLink,
  uploadOwnScan,
  uploadThroughLink,
  type FreshStudent,
  type Reviewers,
} from './offline-helpers';

describeOnDialects('return links end with the scan and with the agreement', (context) => {
  let reviewers: Reviewers;
  let visitor: TestClient;
  beforeAll(async () => {
    const { app } = context();
    reviewers = await reviewersAt(app);
    visitor = await new TestClient(app).open();
  });

  /** A link as one sent while the scan was being uploaded would be: live, whatever the agreement's state. */
  async function linkSentMeanwhile(student: FreshStudent, agreementId: number) {
    const token = randomToken(32);
    await insertReturnLink(context().db, {
      agreementId,
      tokenHash: sha256(token),
      channel: 'email',
      recipient: 'hr@example.com',
      expiresAt: isoAfter(24 * 3600 * 1000),
      accountId: student.accountId,
    });
    return token;
  }

  async function linkRow(token: string) {
    return context()
      .db.selectFrom('return_link')
      .selectAll()
      .where('token_hash', '=', sha256(token))
      .executeTakeFirstOrThrow();
  }

  /** The link opens nothing any more: summary, PDF and upload all answer 410. */
  async function expectDead(token: string) {
    for (const response of [
      await visitor.get(`/api/public/return/${token}`),
      await visitor.get(`/api/public/return/${token}/pdf`),
      await uploadThroughLink(visitor, token, pngPages(1)),
    ]) {
      expect(response.status, JSON.stringify(response.body)).toBe(410);
      expect(response.body.code).toBe('LINK_UNAVAILABLE');
    }
  }

  it('revokes the live link when the student returns the scan himself', async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    const id = await awaitingScan(app, student.client, reviewers);
    const { token } = await sendLink(db, student.client, id);
    expect((await visitor.get(`/api/public/return/${token}/pdf`)).status).toBe(200);

    expect((await uploadOwnScan(student.client, id, pngPages(1))).status).toBe(200);
    expect((await linkRow(token)).revoked_at).not.toBeNull();
    const links = await student.client.get(`/api/student/agreements/${id}/return-links`);
    expect(links.body.items.map((link: { state: string }) => link.state)).toEqual(['revoked']);
    await expectDead(token);
    const uploaded = (await auditOf(db, id)).find((event) => event.action === 'agreement.scan_uploaded')!;
    expect(JSON.parse(uploaded.details!)).toMatchObject({ via: 'student', returnLinksRevoked: 1 });
  });

  it('revokes a link sent during the upload when review makes the agreement 已生效 or 已作废', async () => {
    const { app, db } = context();
    for (const ending of ['effective', 'voided'] as const) {
      const student = await freshStudent(app, db);
      const id = await awaitingScan(app, student.client, reviewers);
      expect((await uploadOwnScan(student.client, id, pngPages(1))).status).toBe(200);
      const token = await linkSentMeanwhile(student, id);
      if (ending === 'effective') {
        expect(await decided(reviewers.college, id, 'approved')).toBe('scan_school_review');
        expect(await decided(reviewers.school, id, 'approved')).toBe('effective');
      } else {
        expect(await decided(reviewers.college, id, 'rejected', '盖章不清晰,协议作废')).toBe('voided');
      }
      expect((await agreementRow(db, id)).status).toBe(ending);
      expect((await linkRow(token)).revoked_at, ending).not.toBeNull();
      const decision = (await auditOf(db, id)).at(-1)!;
      expect(decision.to_status).toBe(ending);
      expect(JSON.parse(decision.details!)).toEqual({ returnLinksRevoked: 1 });
      await expectDead(token);
    }
  });
});
