/**
 * The compile hint of the entry scripts (src/plugins/compile-hints): every
 * entry script starts with it, no stylesheet does (there the line would void
 * the first rule: the theme's whole Infima layer), and a build whose entry
 * files break either rule is stopped.
 */
import {describe, expect, it} from 'vitest';
import {COMPILE_HINT, hintProblems} from '@site/src/plugins/compile-hints';

const files = (texts: Record<string, string>) => ({
  names: Object.keys(texts),
  text: (file: string) => texts[file] ?? '',
});

describe('compile hints of the entry files', () => {
  it('accepts hinted scripts beside an unhinted stylesheet', () => {
    const {names, text} = files({
      'assets/js/main.1.js': `${COMPILE_HINT}\n(self.chunk=[])`,
      'assets/js/runtime~main.2.js': `${COMPILE_HINT}\n(()=>{})()`,
      'assets/css/styles.3.css': '@layer docusaurus.infima{:root{}}',
    });
    expect(hintProblems(names, text)).toEqual([]);
  });

  it('names a script without the hint and a stylesheet with it', () => {
    const {names, text} = files({
      'assets/js/main.1.js': '(self.chunk=[])',
      'assets/css/styles.3.css': `${COMPILE_HINT}\n@layer docusaurus.infima{:root{}}`,
    });
    expect(hintProblems(names, text)).toEqual([
      'no compile hint at the start of assets/js/main.1.js',
      'a compile hint at the start of assets/css/styles.3.css',
    ]);
  });

  it('fails when there is no entry script to hint', () => {
    expect(hintProblems(['assets/css/styles.3.css'], () => '')).toEqual(['no entry script found']);
  });
});
