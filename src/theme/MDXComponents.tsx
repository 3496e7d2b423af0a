import MDXComponents from '@theme-original/MDXComponents';
import TabItem from '@theme/TabItem';
import Callout from '@site/src/components/Callout';
import DecisionTable, {DecisionRow} from '@site/src/components/DecisionTable';
import Moniker from '@site/src/components/Moniker';
import {lazyComponent} from '@site/src/components/LazyMdx';

// Rare constructs: their code comes with the first page that uses them,
// not with every article (src/components/LazyMdx). TabItem stays eager: lazy,
// it would mount empty when Tabs takes over after loading.
const Tabs = lazyComponent(() => import('@theme/Tabs'));
const VideoCard = lazyComponent(() => import('@site/src/components/VideoCard'));

// Wraps the theme's MDX components (never a copy): adds ours so Markdown and
// the compatibility plugins can use <Callout>, <DecisionTable> and
// <DecisionRow> without importing them. Moniker, VideoCard, Tabs/TabItem:
// emitted by src/msdocs/remark (monikers, videos, zone pivots).
export default {
  ...MDXComponents,
  Callout,
  DecisionTable,
  DecisionRow,
  Moniker,
  VideoCard,
  Tabs,
  TabItem,
};
