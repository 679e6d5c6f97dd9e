import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { cleanOrphanFiles } from '../../src/server/files/clean-orphans';
import { recordFile, storeUpload } from '../../src/server/files/file-store';
import { describeOnDialects } from '../support/app';

describeOnDialects('file store', (context) => {
  it('stores by content: the same bytes once, typed by their first bytes, on disk before the row', async () => {
    const { app, db } = context();
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('same content')]);
    const receive = (content: Buffer) => app.files.receive(Readable.from([content]));
    const first = await storeUpload(db, app.files, await receive(png), { field: 'f', label: '文件', accept: ['image/png'] });
    const second = await storeUpload(db, app.files, await receive(Buffer.from(png)), { field: 'f', label: '文件', accept: ['image/png'] });
    expect(second.id).toBe(first.id);
    expect(first.mediaType).toBe('image/png');
    expect(fs.readFileSync(app.files.pathOf(first.sha256))).toEqual(png);
    const refused = await receive(Buffer.from('MZ\x90\x00 not an image'));
    await expect(storeUpload(db, app.files, refused, { field: 'f', label: '文件', accept: ['image/png'] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: [{ path: 'f' }],
    });
    // A refused upload stays where it was received (the request's answer removes it), never in the store.
    expect(path.relative(app.config.fileDirectory, refused.path)).toMatch(/^\.incoming\//);
    fs.rmSync(refused.path);
  });

  it('leaves an upload being received alone, and removes one a crash cut off', async () => {
    const { app, db } = context();
    const received = await app.files.receive(Readable.from([Buffer.from('%PDF-1.4 half')]));
    expect(await cleanOrphanFiles(db, app.config.fileDirectory)).toBe(0);
    expect(fs.existsSync(received.path)).toBe(true);
    expect(await cleanOrphanFiles(db, app.config.fileDirectory, Date.now() + 2 * 60 * 60 * 1000)).toBe(1);
    expect(fs.existsSync(received.path)).toBe(false);
  });

  it('cleans files that no committed row refers to, once they are old enough', async () => {
    const { app, db } = context();
    const kept = await recordFile(db, app.files, Buffer.from('%PDF-1.4 kept'), 'application/pdf');
    const orphanHash = app.files.write(Buffer.from('%PDF-1.4 written, then the transaction rolled back'));
    const orphan = app.files.pathOf(orphanHash);
    expect(await cleanOrphanFiles(db, app.config.fileDirectory)).toBe(0);
    const later = Date.now() + 2 * 60 * 60 * 1000;
    expect(await cleanOrphanFiles(db, app.config.fileDirectory, later)).toBe(1);
    expect(fs.existsSync(orphan)).toBe(false);
    expect(fs.existsSync(app.files.pathOf(kept.sha256))).toBe(true);
    expect(path.relative(app.config.fileDirectory, orphan)).not.toMatch(/^\.\./);
  });
});
