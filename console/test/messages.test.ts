import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../src/messages/en.json';
import { t } from '../src/i18n';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('messages', () => {
  it('has an English text for every key the pages look up literally', () => {
    const missing: string[] = [];
    let looked = 0;
    for (const file of sources(join(__dirname, '../src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([^']+)'/g)) {
        looked++;
        if (!(match[1] in en)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(looked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('fills placeholders and falls back to the key', () => {
    expect(t('pager.position', { page: 2, pages: 3, total: 45 })).toBe('Page 2 of 3 (45 in all)');
    expect(t('no.such.key')).toBe('no.such.key');
  });
});
