import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseMarkdown} from '../../src/translation/hash';
import {
  assertNoRecord,
  readRecord,
  TranslationRecordError,
  writeRecord,
} from '../../src/translation/record';
import {BAD} from './translation-fixture';

const HASH = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

async function recordOf(name: string) {
  const {frontMatter} = await parseMarkdown(fs.readFileSync(path.join(BAD, name), 'utf8'), name);
  return () => readRecord(frontMatter, `i18n/tr/x/${name}`);
}

describe('reading a translation record', () => {
  it('reads our keys, the type and Microsoft hand-off date', () => {
    expect(
      readRecord(
        {
          'translation.sourcehash': HASH,
          'translation.date': '2024-05-02',
          'ms.translationtype': 'MT',
        },
        'f.md',
      ),
    ).toEqual({sourceHash: HASH, date: '2024-05-02', type: 'machine'});
    expect(
      readRecord({'ms.translationtype': 'HT', 'ms.lasthandoff': '08/06/2021'}, 'f.md'),
    ).toEqual({
      type: 'human',
      date: '2021-08-06',
    });
    expect(readRecord({}, 'f.md')).toEqual({type: 'human'});
  });

  it('prefers our date over the hand-off date, and accepts a date YAML already parsed', () => {
    expect(
      readRecord(
        {'translation.date': new Date('2024-05-02T00:00:00Z'), 'ms.lasthandoff': '08/06/2021'},
        'f.md',
      ).date,
    ).toBe('2024-05-02');
  });

  it.each([
    [
      'bad-hash.md',
      'translation.sourcehash',
      'expected the 64-character lowercase hex hash written by `npm run i18n:mark`, got "2b248ada"',
    ],
    ['bad-date.md', 'translation.date', 'expected a date written YYYY-MM-DD, got "06/08/2021"'],
    [
      'status-written.md',
      'translation.status',
      'expected no such key (the build computes the status; remove it)',
    ],
    [
      'unknown-key.md',
      'translation.translator',
      'expected one of translation.sourcehash, translation.date',
    ],
    ['bad-handoff.md', 'ms.lasthandoff', 'expected a date written MM/DD/YYYY, got "last week"'],
  ])('rejects %s naming the file, the key and what was expected', async (name, key, expected) => {
    const read = await recordOf(name);
    expect(read).toThrow(TranslationRecordError);
    expect(read).toThrow(`i18n/tr/x/${name}: front matter "${key}": ${expected}`);
  });

  it('rejects a record in an English source', async () => {
    const {frontMatter} = await parseMarkdown(
      fs.readFileSync(path.join(BAD, 'english-with-record.md'), 'utf8'),
      'x',
    );
    expect(() => assertNoRecord(frontMatter, 'docs/x.md')).toThrow(
      'docs/x.md: front matter "translation.sourcehash": expected no translation.* key in an English source',
    );
  });

  it('rejects impossible dates', () => {
    expect(() => readRecord({'translation.date': '2021-02-30'}, 'f.md')).toThrow(
      '"translation.date"',
    );
  });
});

describe('writing a translation record', () => {
  const FILE = [
    '---',
    'title: Başlık',
    'ms.lasthandoff: 08/06/2021',
    '---',
    '# Başlık',
    '',
    'Metin.',
    '',
  ].join('\n');

  it('appends our two keys at the end of the front matter and changes nothing else', () => {
    const out = writeRecord(FILE, {sourceHash: HASH, date: '2024-05-02'});
    expect(out).toBe(
      [
        '---',
        'title: Başlık',
        'ms.lasthandoff: 08/06/2021',
        `translation.sourcehash: ${HASH}`,
        'translation.date: 2024-05-02',
        '---',
        '# Başlık',
        '',
        'Metin.',
        '',
      ].join('\n'),
    );
  });

  it('replaces existing lines in place, including a value someone wrapped by hand', () => {
    const first = writeRecord(FILE, {sourceHash: HASH, date: '2024-05-02'});
    const moved = first.replace(
      `translation.sourcehash: ${HASH}`,
      `translation.sourcehash: >-\n  ${HASH}`,
    );
    const out = writeRecord(moved, {sourceHash: OTHER, date: '2024-06-01'});
    expect(out).toBe(first.replace(HASH, OTHER).replace('2024-05-02', '2024-06-01'));
  });

  it('keeps Windows line endings and a byte-order mark', () => {
    const crlf = `\uFEFF${FILE.replace(/\n/g, '\r\n')}`;
    const out = writeRecord(crlf, {sourceHash: HASH, date: '2024-05-02'});
    expect(out.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(out).toContain(
      `\r\ntranslation.sourcehash: ${HASH}\r\ntranslation.date: 2024-05-02\r\n---\r\n`,
    );
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('gives a file without front matter a block of its own', () => {
    expect(writeRecord('# Başlık\n', {sourceHash: HASH, date: '2024-05-02'})).toBe(
      `---\ntranslation.sourcehash: ${HASH}\ntranslation.date: 2024-05-02\n---\n# Başlık\n`,
    );
  });

  it('refuses values that are not a hash or a date', () => {
    expect(() => writeRecord(FILE, {sourceHash: 'abc', date: '2024-05-02'})).toThrow(
      'not a source hash',
    );
    expect(() => writeRecord(FILE, {sourceHash: HASH, date: '02/05/2024'})).toThrow(
      'not a YYYY-MM-DD date',
    );
  });
});
