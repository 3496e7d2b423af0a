/**
 * The theme's Tabs and TabItem (zone pivots, src/msdocs/remark/zones.ts),
 * with their code travelling only with the pages that show them.
 *
 * In:  the props of @theme/Tabs and @theme/TabItem, TabItems as children of
 *      Tabs (as the zone plugin writes them).
 * Out: Tabs loads through src/components/LazyMdx; TabItem is a stand-in that
 *      renders the theme's TabItem, which arrives in the same chunk as Tabs.
 *
 * Why a stand-in rather than a second lazy component: Tabs renders its
 * TabItems only once its own code has loaded, and by then the TabItem code is
 * there too, so it renders at once (a lazy TabItem would mount empty, then
 * fill in). An eager TabItem would pull the theme's tab state code
 * (useTabs) into every article's chunk.
 */
import React, {type ComponentType, type ReactNode} from 'react';
import type {Props as TabsProps} from '@theme/Tabs';
import type {Props as TabItemProps} from '@theme/TabItem';
import {lazyComponent} from '@site/src/components/LazyMdx';

let LoadedTabItem: ComponentType<TabItemProps> | undefined;

export const Tabs = lazyComponent<TabsProps>(() =>
  import('./tabs').then((module) => {
    LoadedTabItem = module.TabItem;
    return {default: module.Tabs};
  }),
);

export function TabItem(props: TabItemProps): ReactNode {
  if (!LoadedTabItem) {
    throw new Error(
      `<TabItem value="${props.value}"> must be a child of <Tabs>: its code comes with the Tabs code`,
    );
  }
  return <LoadedTabItem {...props} />;
}
