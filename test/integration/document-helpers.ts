import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';

const RESULTS = path.resolve('test-results');

/** The text of a PDF with whitespace removed, so words wrapped across lines still match. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, '');
}

export async function pdfPageCount(bytes: Buffer): Promise<number> {
  return (await getDocumentProxy(new Uint8Array(bytes))).numPages;
}

/** Each page's size in points, rounded: A4 is 595 × 842. */
export async function pdfPageSizes(bytes: Buffer): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const sizes: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const [, , width, height] = (await document.getPage(number)).view;
    sizes.push(`${Math.round(width!)}x${Math.round(height!)}`);
  }
  return sizes;
}

/** The fonts a PDF embeds: every one must be embedded, or a reader without it shows boxes. */
export function embeddedFontFiles(bytes: Buffer): { fonts: number; embedded: number } {
  const text = bytes.toString('latin1');
  return { fonts: (text.match(/\/Type\s*\/FontDescriptor/g) ?? []).length, embedded: (text.match(/\/FontFile2/g) ?? []).length };
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
