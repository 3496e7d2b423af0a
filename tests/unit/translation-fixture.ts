/**
 * A scratch copy of tests/fixtures/translation-status for one test: the
 * tests edit English sources and translations, so each gets its own folder
 * (and no git history, like a shallow clone).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Io} from '../../src/translation/cli';

export const FIXTURE = path.resolve(__dirname, '../fixtures/translation-status');
export const BAD = path.resolve(__dirname, '../fixtures/translation-status-bad');

export const EN_ASSIGN = 'docs/licenses/assign-licenses.md';
export const TR_ASSIGN =
  'i18n/tr/docusaurus-plugin-content-docs/current/licenses/assign-licenses.md';
export const TR_REMOVE =
  'i18n/tr/docusaurus-plugin-content-docs/current/licenses/remove-licenses.md';
export const EN_OLD_ASSIGN = 'versioned_docs/version-2021-08/licenses/assign-licenses.md';
export const TR_OLD_ASSIGN =
  'i18n/tr/docusaurus-plugin-content-docs/version-2021-08/licenses/assign-licenses.md';
export const TR_ORPHAN =
  'i18n/tr/docusaurus-plugin-content-docs/current/licenses/retired-article.md';
export const EN_MISSING = 'docs/billing/pay-invoice.md';
export const TR_FILES = [TR_ASSIGN, TR_REMOVE, TR_OLD_ASSIGN];

export interface Scratch {
  dir: string;
  read(rel: string): string;
  write(rel: string, text: string): void;
  edit(rel: string, change: (text: string) => string): void;
  remove(rel: string): void;
  /** Copies a file of tests/fixtures/translation-status-bad to `rel`. */
  placeBad(name: string, rel: string): void;
  /** Command io that records what the command printed. */
  io(today?: string): Io & {out: string[]; err: string[]};
  cleanup(): void;
}

export function scratchSite(): Scratch {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'translation-status-'));
  fs.cpSync(FIXTURE, dir, {recursive: true});
  const abs = (rel: string): string => path.join(dir, rel);
  const scratch: Scratch = {
    dir,
    read: (rel) => fs.readFileSync(abs(rel), 'utf8'),
    write: (rel, text) => {
      fs.mkdirSync(path.dirname(abs(rel)), {recursive: true});
      fs.writeFileSync(abs(rel), text);
    },
    edit: (rel, change) => scratch.write(rel, change(scratch.read(rel))),
    remove: (rel) => fs.rmSync(abs(rel)),
    placeBad: (name, rel) => scratch.write(rel, fs.readFileSync(path.join(BAD, name), 'utf8')),
    io: (today = '2024-05-02') => {
      const out: string[] = [];
      const err: string[] = [];
      return {
        siteDir: dir,
        cwd: dir,
        today,
        out,
        err,
        stdout: (l) => out.push(l),
        stderr: (l) => err.push(l),
      };
    },
    cleanup: () => fs.rmSync(dir, {recursive: true, force: true}),
  };
  return scratch;
}
