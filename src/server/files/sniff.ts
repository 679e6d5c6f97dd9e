/** Media types the system accepts, decided by the file's first bytes (magic numbers), never its name. */
export type AcceptedMediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

const SIGNATURES: { type: AcceptedMediaType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export function sniffMediaType(content: Buffer): AcceptedMediaType | undefined {
  return SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => content[index] === byte))?.type;
}

export const EXTENSIONS: Record<AcceptedMediaType, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};
