import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../../test/support/format-fixtures';
import { main } from './index';

/** The CLI on real published files (test/fixtures/formats/README.md). */

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false });
  return { code, out, err };
}

const NEWS = join(FIXTURES, 'brat-news-tutorial');
const NEWS_CONF = join(NEWS, 'annotation.conf');
const warningsOf = (err: string) => err.split('\n').filter((l) => l.startsWith('warning: ') && l.includes('annotation.conf'));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glose-formats-cli-'));
});

describe('a custom schema on the command line', () => {
  it('issue 15 #5: --schema annotation.conf prints the schema’s warnings, as convert --from brat-conf does', async () => {
    const schema = await run('convert', '--from', 'brat-conf', '--to', 'schema', NEWS_CONF, '-o', join(dir, 'news.json'));
    expect(schema.code).toBe(0);
    const expected = warningsOf(schema.err);
    expect(expected.join('\n')).toMatch(/relation type\(s\) left out/);
    expect(expected.join('\n')).toMatch(/count \{2\} kept as \*/);
    expect(expected.join('\n')).toMatch(/events as arguments \(<EVENT>\)/);
    const converted = await run('convert', '--from', 'brat', '--to', 'jsonl', NEWS, '-o', join(dir, 'news.jsonl'), '--schema', NEWS_CONF);
    expect(converted.code).toBe(0);
    expect(warningsOf(converted.err)).toEqual(expected);
  });

  it('issue 15 #6: validate --schema accepts what convert --schema wrote, which the default schema refuses', async () => {
    const out = join(dir, 'news.jsonl');
    expect((await run('convert', '--from', 'brat', '--to', 'jsonl', NEWS, '-o', out, '--schema', NEWS_CONF)).code).toBe(0);
    const plain = await run('validate', out);
    expect(plain.code).toBe(1);
    expect(plain.out).toMatch(/unknown label Organization/);
    const custom = await run('validate', out, '--schema', NEWS_CONF);
    expect(custom.out).toBe('');
    expect(custom.code).toBe(0);
  });
});
