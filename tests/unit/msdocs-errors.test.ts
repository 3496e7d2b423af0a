/**
 * Bad input fails the build with the file, the line and what was expected:
 * one bad fixture per error (tests/fixtures/bad/docs/microsoft-365/bad/).
 */
import {describe, expect, it} from 'vitest';
import {failure} from './helpers/msdocs';

const BAD = 'docs/microsoft-365/bad';

async function failsWith(
  file: string,
  where: string,
  ...parts: (string | RegExp)[]
): Promise<void> {
  const message = await failure(`${BAD}/${file}`);
  expect(message, `${file} should fail the build`).not.toBe('');
  expect(message.startsWith(where), `"${message}" should start with ${where}`).toBe(true);
  for (const part of parts) {
    if (typeof part === 'string') expect(message).toContain(part);
    else expect(message).toMatch(part);
  }
}

describe('content is data, never code', () => {
  it('rejects a <script> element', async () => {
    await failsWith(
      'script-tag.md',
      `${BAD}/script-tag.md:9:1: HTML:`,
      '<script> is active content',
      'never code',
    );
  });

  it('rejects an on* event handler attribute', async () => {
    await failsWith(
      'event-handler.md',
      `${BAD}/event-handler.md:7:7: HTML:`,
      'onmouseover= event handler',
    );
  });

  it('rejects a javascript: URL in a Markdown link', async () => {
    await failsWith(
      'javascript-link.md',
      `${BAD}/javascript-link.md:7:5: link:`,
      'a javascript URL runs code',
      'javascript:alert(1)',
    );
  });

  it('rejects a javascript: URL hidden with an entity in raw HTML', async () => {
    await failsWith(
      'javascript-href.md',
      `${BAD}/javascript-href.md:7:6: HTML:`,
      'a javascript URL runs code',
    );
  });
});

describe('placeholders', () => {
  it('rejects a component-like placeholder as an unknown component', async () => {
    await failsWith(
      'placeholder.md',
      `${BAD}/placeholder.md:7:24: component:`,
      'Unknown component <TenantName>',
    );
  });

  it('rejects a lower-case placeholder, which a browser would swallow', async () => {
    await failsWith(
      'placeholder-lowercase.md',
      `${BAD}/placeholder-lowercase.md:7:5: placeholder:`,
      '<your> is not an HTML element',
    );
  });
});

describe('grid', () => {
  it('rejects an empty column span', async () => {
    await failsWith(
      'column-span-empty.md',
      `${BAD}/column-span-empty.md:8:4: column:`,
      'span=""; expected a number of columns from 1 to 4',
    );
  });
});

describe('machine-translation damage', () => {
  it('rejects a link without text (Turkish article)', async () => {
    await failsWith(
      'empty-link-text.md',
      `${BAD}/empty-link-text.md:7:30: link:`,
      'has no text',
      'expected [words a reader can follow]',
    );
  });
});

describe('unknown DocFX syntax never vanishes', () => {
  it('rejects an unknown [!WORD] quote', async () => {
    await failsWith('unknown-alert.md', `${BAD}/unknown-alert.md:7:3: DocFX:`, '"[!REMINDER"');
  });

  it('rejects an unknown ::: block', async () => {
    await failsWith(
      'unknown-block.md',
      `${BAD}/unknown-block.md:9:1: DocFX:`,
      ':::code language="powershell"',
      'not supported',
    );
  });

  it('rejects DocFX tabs', async () => {
    await failsWith(
      'docfx-tabs.md',
      `${BAD}/docfx-tabs.md:7:3: DocFX tabs:`,
      '#tab/admin-center',
      'zone pivots',
    );
  });
});

describe('includes', () => {
  it('names both files of an include cycle', async () => {
    await failsWith(
      'include-cycle.md',
      `${BAD}/includes/cycle-b.md:7:1 (included from ${BAD}/includes/cycle-a.md:7, included from ${BAD}/include-cycle.md:7): include:`,
      `include cycle: ${BAD}/includes/cycle-a.md includes ${BAD}/includes/cycle-b.md includes ${BAD}/includes/cycle-a.md`,
    );
  });

  it('names the including file and the missing one', async () => {
    await failsWith(
      'include-missing.md',
      `${BAD}/include-missing.md:9:1: include:`,
      `${BAD}/include-missing.md includes "includes/retired-plan-note.md", but ${BAD}/includes/retired-plan-note.md does not exist`,
    );
  });

  it('names the include and the chain for an error inside it (components)', async () => {
    await failsWith(
      'component-in-include.md',
      `${BAD}/includes/unclosed-callout.md:5:1 (included from ${BAD}/component-in-include.md:7): component:`,
      '<Callout> is never closed',
    );
  });

  it('rejects an inline include of more than one paragraph', async () => {
    await failsWith(
      'include-inline-blocks.md',
      `${BAD}/include-inline-blocks.md:7:`,
      'holds 2 blocks',
      'expected a single paragraph',
    );
  });
});

describe('images', () => {
  it('names the article and the missing :::image file', async () => {
    await failsWith(
      'image-missing.md',
      `${BAD}/image-missing.md:7:1: :::image:`,
      'image file "media/billing-page.png" not found',
      `${BAD}/media/billing-page.png`,
    );
  });

  it('names the article and the missing Markdown image file', async () => {
    await failsWith(
      'image-missing-markdown.md',
      `${BAD}/image-missing-markdown.md:7:1: image:`,
      'image file "media/invoices.png" not found',
    );
  });

  it('rejects an image without alt text', async () => {
    await failsWith('image-no-alt.md', `${BAD}/image-no-alt.md:7:1: image:`, 'has no alt text');
  });

  it('rejects an unknown :::image attribute', async () => {
    await failsWith(
      'image-attribute.md',
      `${BAD}/image-attribute.md:7:1: :::image:`,
      'unknown attribute "caption"',
      'alt-text',
    );
  });

  it('rejects a complex image without :::image-end:::', async () => {
    await failsWith(
      'image-complex-open.md',
      `${BAD}/image-complex-open.md:7:1: :::image:`,
      'has no :::image-end:::',
    );
  });
});

describe('blocks', () => {
  it('rejects a moniker range that is never closed', async () => {
    await failsWith(
      'moniker-unclosed.md',
      `${BAD}/moniker-unclosed.md:7:1: moniker:`,
      'is never closed',
      'expected a "moniker-end" line',
    );
  });

  it('rejects a moniker range this site cannot evaluate', async () => {
    await failsWith(
      'moniker-range.md',
      `${BAD}/moniker-range.md:7:1: moniker:`,
      'unsupported range ">=o365-worldwide"',
    );
  });

  it('rejects a zone without a pivot', async () => {
    await failsWith('zone-no-pivot.md', `${BAD}/zone-no-pivot.md:7:1: zone:`, 'no usable pivot');
  });

  it('rejects a video that is not https', async () => {
    await failsWith(
      'video-http.md',
      `${BAD}/video-http.md:7:1: [!VIDEO]:`,
      'is not an https:// address',
    );
  });

  it('rejects a [!div] class with odd characters', async () => {
    await failsWith('div-class.md', `${BAD}/div-class.md:7:1: [!div]:`, 'is not usable');
  });
});
