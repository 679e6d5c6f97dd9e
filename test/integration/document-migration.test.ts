import { expect, it } from 'vitest';
import { separateOfflineDocuments } from '../../src/server/db/migrations/0004-agreement-documents';
import { describeOnDialects } from '../support/app';
import { scannedPagePng } from '../e2e/offline-helpers';
import { pdfText } from './document-helpers';
import { agreementRow, awaitingScan, decided, freshStudent, reviewersAt, uploadOwnScan } from './offline-helpers';

describeOnDialects('migration 0004 on agreements made before it', (context) => {
  it('an effective offline agreement that served its draft gets the draft as its pre-seal document and a final document', async () => {
    const { app, db } = context();
    const student = await freshStudent(app, db);
    const people = await reviewersAt(app);
    const id = await awaitingScan(app, student.client, people);
    const uploaded = await uploadOwnScan(student.client, id, [{ filename: '盖章页.png', contentType: 'image/png', content: scannedPagePng(3) }]);
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    expect(await decided(people.college, id, 'approved')).toBe('scan_school_review');
    expect(await decided(people.school, id, 'approved')).toBe('effective');
    // As the code before 0004 left it: the draft linked as the agreement's document, and no final job.
    const draft = (await agreementRow(db, id)).preseal_pdf_file_id!;
    await db.updateTable('agreement').set({ pdf_file_id: draft, preseal_pdf_file_id: null }).where('id', '=', id).execute();
    await db.deleteFrom('job').where('dedupe_key', '=', `agreement_pdf:${id}:final`).execute();

    await separateOfflineDocuments(db);
    const moved = await agreementRow(db, id);
    expect(moved).toMatchObject({ preseal_pdf_file_id: draft, pdf_file_id: null });
    await app.jobs.runDue();

    const final = await agreementRow(db, id);
    expect(final.preseal_pdf_file_id).toBe(draft);
    expect(final.pdf_file_id).not.toBeNull();
    const download = await student.client.download(`/api/student/agreements/${id}/pdf`);
    expect(download.status).toBe(200);
    const text = await pdfText(download.bytes);
    expect(text).not.toContain('待用人单位盖章');
    expect(text).toContain('附件甲方盖章协议书扫描件第1份,共1份');
  });
});
