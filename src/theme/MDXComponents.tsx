import MDXComponents from '@theme-original/MDXComponents';
import Callout from '@site/src/components/Callout';
import DecisionTable, {DecisionRow} from '@site/src/components/DecisionTable';
import Moniker from '@site/src/components/Moniker';
import ContentDefect from '@site/src/components/ContentDefect';
import {lazyComponent} from '@site/src/components/LazyMdx';
import {Tabs, TabItem} from '@site/src/components/LazyTabs';
import FaqStructuredData from '@site/src/components/FaqStructuredData';

// Rare constructs: their code comes with the first page that uses them,
// not with every article (src/components/LazyMdx, src/components/LazyTabs).
const VideoCard = lazyComponent(() => import('@site/src/components/VideoCard'));
// Landing pages (src/msdocs/yaml): one per docset.
const Landing = lazyComponent(() => import('@site/src/components/Landing'));
const LandingCard = lazyComponent(() => import('@site/src/components/Landing/Card'));
const LandingLinkList = lazyComponent(() => import('@site/src/components/Landing/LinkList'));

// Wraps the theme's MDX components (never a copy): adds ours so Markdown and
// the compatibility plugins can use <Callout>, <DecisionTable> and
// <DecisionRow> without importing them. Moniker, VideoCard, Tabs/TabItem,
// ContentDefect: emitted by src/msdocs/remark (monikers, videos, zone
// pivots, parts of imported articles that could not be shown);
// FaqStructuredData and Landing*: by src/msdocs/yaml (FAQ and landing pages).
export default {
  ...MDXComponents,
  Callout,
  DecisionTable,
  DecisionRow,
  Moniker,
  ContentDefect,
  VideoCard,
  Tabs,
  TabItem,
  FaqStructuredData,
  Landing,
  LandingCard,
  LandingLinkList,
};
