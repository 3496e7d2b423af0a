/**
 * <FaqStructuredData data="{...}" />: a FAQ page's schema.org FAQPage.
 *
 * In:  `data`, the JSON-LD as text (written by src/msdocs/yaml/markdown.ts
 *      from the page's questions and plain-text answers).
 * Out: `<script type="application/ld+json">` in the page's head; nothing in
 *      the page itself.
 *
 * Why a component: an article's own `<script>` is refused by the layer
 * (content is data, never code); this one holds data the build wrote.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';

export interface FaqStructuredDataProps {
  data: string;
}

export default function FaqStructuredData({data}: FaqStructuredDataProps): ReactNode {
  // Re-serialised: valid JSON, and `<` escaped so the text can't end the script.
  const json = JSON.stringify(JSON.parse(data)).replace(/</g, '\\u003c');
  return (
    <Head>
      <script type="application/ld+json">{json}</script>
    </Head>
  );
}
