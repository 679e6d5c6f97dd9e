import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { extractText, getDocumentProxy } from 'unpdf';
import { cjkBoldFont } from '../../src/server/pdf/fonts';

const RESULTS = path.resolve('test-results');

/** The text of a PDF with whitespace removed, so words wrapped across lines still match. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, '');
}

export async function pdfPageCount(bytes: Buffer): Promise<number> {
  return (await getDocumentProxy(new Uint8Array(bytes))).numPages;
}

/** A real one-page PDF as an employer's scanner makes it: a page with the unit's red round seal on it. */
export function sealedScanPdf(employerName: string): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  document.rect(0, 0, 595, 842).fill('#fbfaf6');
  document.registerFont('bold', cjkBoldFont()).font('bold');
  document.fillColor('#222').fontSize(20).text('毕业生就业协议书(盖章页)', 0, 90, { width: 595, align: 'center' });
  document.fontSize(12).text(`甲方(盖章):${employerName}`, 80, 560);
  document.circle(400, 600, 70).lineWidth(4).stroke('#d11');
  document.fillColor('#d11').fontSize(26).text('★', 385, 582);
  document.fontSize(10).text(employerName, 330, 630, { width: 140, align: 'center' });
  document.end();
  return done;
}

/** The same page as a scanned image (PNG), through poppler's renderer. */
export async function sealedScanPng(employerName: string): Promise<Buffer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-'));
  try {
    fs.writeFileSync(path.join(directory, 'scan.pdf'), await sealedScanPdf(employerName));
    execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', path.join(directory, 'scan.pdf'), path.join(directory, 'scan')]);
    return fs.readFileSync(path.join(directory, 'scan.png'));
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** Every page of a PDF as test-results/<name>-<n>.png, to look at. */
export function writePagePngs(bytes: Buffer, name: string): string[] {
  fs.mkdirSync(RESULTS, { recursive: true });
  for (const old of fs.readdirSync(RESULTS).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'))) {
    fs.rmSync(path.join(RESULTS, old));
  }
  const source = path.join(RESULTS, `${name}.pdf`);
  fs.writeFileSync(source, bytes);
  execFileSync('pdftoppm', ['-png', '-r', '80', source, path.join(RESULTS, name)]);
  return fs.readdirSync(RESULTS).filter((file) => new RegExp(`^${name}-\\d+\\.png$`).test(file));
}
