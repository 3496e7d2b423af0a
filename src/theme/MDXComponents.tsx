import MDXComponents from '@theme-original/MDXComponents';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import Callout from '@site/src/components/Callout';
import Moniker from '@site/src/components/Moniker';
import VideoCard from '@site/src/components/VideoCard';

// Wraps the theme's MDX components (never a copy): adds ours so Markdown and
// the compatibility plugins can use <Callout> without importing it.
// Moniker, VideoCard, Tabs/TabItem: emitted by src/msdocs/remark (monikers,
// videos, zone pivots).
export default {
  ...MDXComponents,
  Callout,
  Moniker,
  VideoCard,
  Tabs,
  TabItem,
};
