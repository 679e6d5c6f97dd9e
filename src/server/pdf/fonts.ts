import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let regular: Buffer | undefined;

/** Noto Sans SC from its npm package, read once; PDFKit embeds only the glyphs a document uses. */
export function cjkFont(): Buffer {
  regular ??= fs.readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));
  return regular;
}
