/**
 * Wraps the theme's CodeBlock so syntax highlighting is downloaded only by
 * pages that show code.
 *
 * In:  the CodeBlock props (the code as children, language, title...).
 * Out: the theme's own CodeBlock, loaded on demand with Prism and the site's
 *      `prism.additionalLanguages` (./Highlighted); until it arrives
 *      (in-page navigation only: the static HTML has the real block), the
 *      same code as plain preformatted text.
 *
 * Why: the theme imports Prism (~35 KiB gzipped) from every page's main
 * bundle, yet most licensing articles have no code. The page-weight plugin
 * (src/plugins/page-weight) takes Prism out of the main bundle; this wrapper
 * brings it back where it is used.
 */
import React, {type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import {lazyComponent} from '@site/src/components/LazyMdx';

function PlainCode({children}: Props): ReactNode {
  return (
    <pre className="prism-code">
      <code>{children}</code>
    </pre>
  );
}

// One chunk holds Prism and the theme's CodeBlock (see ./Highlighted).
export default lazyComponent<Props>(() => import('./Highlighted'), PlainCode);
