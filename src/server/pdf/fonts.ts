import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const cache = new Map<string, Buffer>();

function notoSansSc(weight: '400Regular' | '700Bold'): Buffer {
  let font = cache.get(weight);
  if (!font) {
    font = fs.readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`));
    cache.set(weight, font);
  }
  return font;
}

/** Noto Sans SC from its npm package, read once; PDFKit embeds only the glyphs a document uses. */
export function cjkFont(): Buffer {
  return notoSansSc('400Regular');
}

/** The bold weight, for the title, headings and labels. */
export function cjkBoldFont(): Buffer {
  return notoSansSc('700Bold');
}
