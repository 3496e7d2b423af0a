/**
 * The link-preview card (src/plugins/link-previews): a production build draws
 * it in a worker thread while the site loads; the file postBuild writes is
 * the card itself, byte for byte, as drawing it on the main thread gives.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import linkPreviews from '../../src/plugins/link-previews';
import {renderCard} from '../../src/plugins/link-previews/card';
import {PREVIEW_IMAGE} from '../../src/links/linkPreview';

const nodeEnv = process.env.NODE_ENV;
afterEach(() => {
  process.env.NODE_ENV = nodeEnv;
});

it('writes the card drawn in the worker thread, the same as one drawn in place', async () => {
  process.env.NODE_ENV = 'production';
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'link-previews-'));
  const context = {
    siteDir: outDir,
    baseUrl: '/tr/',
    siteConfig: {
      title: 'Lisans rehberi',
      tagline: 'Şirket lisansları, açıkça',
      url: 'https://docs.example.org',
    },
    i18n: {currentLocale: 'tr', localeConfigs: {tr: {label: 'Türkçe'}}},
  } as unknown as LoadContext;
  const plugin = linkPreviews(context, {imageAlt: 'Kart'});
  await plugin.loadContent!();
  await plugin.postBuild!({outDir} as never);
  const written = fs.readFileSync(path.join(outDir, PREVIEW_IMAGE.path));
  const expected = await renderCard({
    site: 'Lisans rehberi',
    tagline: 'Şirket lisansları, açıkça',
    language: 'Türkçe',
    host: 'docs.example.org',
  });
  expect(written.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(written.readUInt32BE(16)).toBe(PREVIEW_IMAGE.width);
  expect(written.equals(expected)).toBe(true);
  fs.rmSync(outDir, {recursive: true, force: true});
});
