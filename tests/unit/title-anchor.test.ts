/**
 * The title's anchor: `# <a name="x"></a>Title` gives the h1 the id `x`, and
 * an English title Microsoft's id for its text, so `#x` is the same in both
 * languages (src/msdocs/remark/headings.ts; the theme wrapper keeps it on the
 * h1, tests/e2e/section-ids.spec.ts checks the build).
 */
import {describe, expect, it} from 'vitest';
import {render} from './helpers/msdocs';

const EN = 'docs/microsoft-365/fixtures/headings.md';
const TR = 'i18n/tr/docusaurus-plugin-content-docs/current/microsoft-365/fixtures/headings.md';

describe('title anchor', () => {
  it('a Turkish title keeps its <a name> as the id, with no <a> left in the text', async () => {
    const {$} = await render(TR, {markdown: '# <a name="move-licenses"></a>Lisansları taşıma\n'});
    expect($('h1').attr('id')).toBe('move-licenses');
    expect($('h1').text()).toBe('Lisansları taşıma');
    expect($('h1 a').length).toBe(0);
  });

  it('the English title gets the same id from its text', async () => {
    const {$} = await render(EN, {markdown: '# Move licenses\n'});
    expect($('h1').attr('id')).toBe('move-licenses');
  });
});
