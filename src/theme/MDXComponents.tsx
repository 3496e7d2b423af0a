import MDXComponents from '@theme-original/MDXComponents';
import Callout from '@site/src/components/Callout';

// Wraps the theme's MDX components (never a copy): adds ours so Markdown and
// the compatibility plugins can use <Callout> without importing it.
export default {
  ...MDXComponents,
  Callout,
};
