import MDXComponents from '@theme-original/MDXComponents';
import Callout from '@site/src/components/Callout';
import DecisionTable, {DecisionRow} from '@site/src/components/DecisionTable';

// Wraps the theme's MDX components (never a copy): adds ours so Markdown and
// the compatibility plugins can use <Callout>, <DecisionTable> and
// <DecisionRow> without importing them.
export default {
  ...MDXComponents,
  Callout,
  DecisionTable,
  DecisionRow,
};
