import {describe, expect, it} from 'vitest';
import {externalLinkProblem} from '../e2e/allowed-domains';

// The crawl's rule for external links: https, and a host on the one list.
describe('externalLinkProblem', () => {
  it('accepts https links to listed hosts, with paths, queries and anchors', () => {
    expect(
      externalLinkProblem('https://learn.microsoft.com/tr-tr/microsoft-365/x?view=o365#y'),
    ).toBeUndefined();
    expect(externalLinkProblem('https://aka.ms/PillarUnknownCharge')).toBeUndefined();
  });

  it('rejects http, other schemes and unparsable URLs', () => {
    expect(externalLinkProblem('http://learn.microsoft.com/x')).toBe(
      'not https: http://learn.microsoft.com/x',
    );
    expect(externalLinkProblem('mailto:someone@microsoft.com')).toMatch(/^not https/);
    expect(externalLinkProblem('javascript:alert(1)')).toMatch(/^not https/);
    expect(externalLinkProblem('https://')).toMatch(/^not a valid URL/);
  });

  it('rejects hosts that only look like listed ones', () => {
    for (const href of [
      'https://learn.microsoft.com.example.org/x',
      'https://evil-aka.ms/x',
      'https://foo.aka.ms/x',
    ]) {
      expect(externalLinkProblem(href)).toMatch(/is not in src\/links\/allowedDomains\.ts/);
    }
    expect(externalLinkProblem('https://user:pw@learn.microsoft.com/x')).toMatch(/^credentials/);
  });
});
