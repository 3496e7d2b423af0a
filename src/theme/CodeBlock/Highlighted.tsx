/**
 * The theme's CodeBlock with Prism ready: registers the site's
 * `prism.additionalLanguages` on Prism once, when this module first loads.
 * Loaded on demand by ./index.tsx, so Prism travels in this module's chunk only.
 */
import type {ComponentType} from 'react';
import type {Props} from '@theme/CodeBlock';
import {Prism} from 'prism-react-renderer';
import includeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';

includeLanguages(Prism);

// The alias module is typed loosely; it is the theme's CodeBlock.
export default CodeBlock as ComponentType<Props>;
