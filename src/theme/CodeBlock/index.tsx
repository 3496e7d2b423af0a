/**
 * Wraps the theme's CodeBlock so syntax highlighting is downloaded only by
 * pages that show code.
 *
 * In:  the CodeBlock props (the code as children, language, title...).
 * Out: the theme's own CodeBlock, loaded on demand with Prism and the site's
 *      `prism.additionalLanguages`; until it arrives (client-side navigation
 *      only: the server renders the real block, and hydration keeps that
 *      HTML), the same code as plain preformatted text.
 *
 * Why: the theme imports Prism (~35 KiB gzipped) from every page's main
 * bundle, yet most licensing articles have no code. The page-weight plugin
 * (src/plugins/page-weight) takes Prism out of the main bundle; this wrapper
 * brings it back where it is used.
 */
import React, {lazy, Suspense, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

// One chunk holds Prism and the theme's CodeBlock (see ./Highlighted).
const HighlightedCodeBlock = lazy(() => import('./Highlighted'));

function PlainCode({children}: Pick<Props, 'children'>): ReactNode {
  return (
    <pre className="prism-code">
      <code>{children}</code>
    </pre>
  );
}

export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense fallback={<PlainCode>{props.children}</PlainCode>}>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
