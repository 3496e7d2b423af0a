import {describe, expect, it} from 'vitest';
import {hashSource, normaliseText} from '../../src/translation/hash';

const SOURCE = `---
title: Assign licenses to people
description: Give each person the license they need.
ms.date: 02/01/2024
ms.author: fixture
---
# Assign licenses to people

Every person who signs in needs a license. Open the admin center,
choose **Users** and select [Licenses](/microsoft-365/commerce/licenses/buy-licenses).
`;

const hash = (text: string): Promise<string> => hashSource(text, 'docs/a.md');

describe('English source hash', () => {
  it('is a 64-character hex SHA-256', async () => {
    expect(await hash(SOURCE)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores whitespace-only edits: re-wrapping, indentation, trailing spaces, CRLF, non-breaking spaces', async () => {
    const base = await hash(SOURCE);
    const rewrapped = SOURCE.replace(
      'license. Open the admin center,\nchoose',
      'license.\n   Open the admin center, choose',
    );
    expect(rewrapped).not.toBe(SOURCE);
    expect(await hash(rewrapped)).toBe(base);
    expect(await hash(SOURCE.replace(/\n/g, '  \r\n'))).toBe(base);
    expect(await hash(SOURCE.replace('Every person', 'Every\u00a0person'))).toBe(base);
    expect(await hash(`${SOURCE}\n\n\n`)).toBe(base);
  });

  it('changes when a word, a link target or the title changes', async () => {
    const base = await hash(SOURCE);
    expect(await hash(SOURCE.replace('needs a license', 'needs one license'))).not.toBe(base);
    expect(await hash(SOURCE.replace('buy-licenses)', 'buy-licenses#buy)'))).not.toBe(base);
    expect(
      await hash(SOURCE.replace('title: Assign licenses to people', 'title: Assign licenses')),
    ).not.toBe(base);
    expect(
      await hash(SOURCE.replace('description: Give each', 'description: Give every')),
    ).not.toBe(base);
  });

  it('ignores metadata a translator does not translate, and YAML quoting', async () => {
    const base = await hash(SOURCE);
    expect(await hash(SOURCE.replace('ms.date: 02/01/2024', 'ms.date: 05/02/2024'))).toBe(base);
    expect(
      await hash(SOURCE.replace('ms.author: fixture', 'ms.author: someone\nms.custom: [a, b]')),
    ).toBe(base);
    expect(
      await hash(
        SOURCE.replace('title: Assign licenses to people', 'title: "Assign licenses to people"'),
      ),
    ).toBe(base);
  });

  it('treats composed and decomposed Unicode as the same text (Turkish İ, ş)', async () => {
    const composed = SOURCE.replace('Users', 'Kullanıcılar İşlemleri');
    const decomposed = SOURCE.replace('Users', 'Kullanıcılar I\u0307s\u0327lemleri');
    expect(decomposed).not.toBe(composed);
    expect(await hash(decomposed)).toBe(await hash(composed));
    expect(normaliseText(' I\u0307s\u0327 \t')).toBe('İş');
  });

  it('keeps the title and the body apart', async () => {
    const a = await hash('---\ntitle: Assign licenses\n---\nto people\n');
    const b = await hash('---\ntitle: Assign\n---\nlicenses to people\n');
    expect(a).not.toBe(b);
  });
});
