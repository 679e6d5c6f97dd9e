import type { Kysely } from 'kysely';
import PDFDocument from 'pdfkit';
import { makeUscc } from '../../domain/validators';
import { hashPassword } from '../auth/passwords';
import { insertAccount, insertRoleGrant } from '../db/repositories/account-repository';
import { appendAuditEvent } from '../db/repositories/audit-repository';
import { insertEmployer } from '../db/repositories/employer-repository';
import type { Database } from '../db/schema';
import { recordFile, type FileStore } from '../files/file-store';
import { cjkFont } from '../pdf/fonts';
import { DEMO_PASSWORD } from './seed-demo';

const NAME = '示例新能源科技有限公司';
const USCC = makeUscc('91110105MA02C3D4E');

/** A one-page stand-in for a 营业执照 scan, clearly marked as an example. */
function licenseDocument(): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A5', margin: 40, info: { CreationDate: new Date('2026-01-01T00:00:00Z') } });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  document.registerFont('cjk', cjkFont()).font('cjk');
  document.fontSize(22).text('营业执照(示例)', { align: 'center' }).moveDown();
  document.fontSize(11).text(`名称:${NAME}`).text(`统一社会信用代码:${USCC}`).text('类型:有限责任公司');
  document.text('住所:北京市朝阳区示例路 8 号').moveDown().fillColor('#c00').text('本文件为演示数据,不具法律效力。');
  document.end();
  return done;
}

/** Demo: one employer that registered and waits for the platform's 资质认证, with its license scan. */
export async function seedPendingEmployer(db: Kysely<Database>, files: FileStore): Promise<void> {
  const license = await licenseDocument();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const file = await recordFile(trx, files, license, 'application/pdf');
    const employerId = await insertEmployer(trx, {
      name: NAME,
      uscc: USCC,
      natureCode: '39',
      industryCode: '23',
      regionCode: '110105',
      address: '示例路 8 号',
      contactName: '孙经理',
      contactMobile: '13900000004',
      contactEmail: 'hr@newenergy.example.com',
      licenseFileId: file.id,
      verified: false,
    });
    const accountId = await insertAccount(trx, { phone: '13900000004', realName: '孙经理', passwordHash });
    await insertRoleGrant(trx, { accountId, role: 'employer', employerId });
    await appendAuditEvent(trx, {
      actor: { accountId, role: 'employer', ip: null },
      entityType: 'employer',
      entityId: employerId,
      action: 'employer.registered',
      toStatus: 'pending',
    });
  });
}
