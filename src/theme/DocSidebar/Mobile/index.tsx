/**
 * Wraps the theme's phone docs sidebar (never a copy): it hands the sidebar
 * to the navigation drawer once the drawer is wanted, not at hydration.
 *
 * In:  the theme's props (the sidebar, the page's path). Out: nothing until
 *      the reader reaches for the menu button (src/components/DrawerOnDemand);
 *      then the theme's component, unchanged, which puts the sidebar into
 *      the drawer's second panel, shown first as before.
 *
 * Why: the theme's component renders nothing itself; it hands its props to
 * the drawer through a context, sorting their keys with `localeCompare` on
 * every render. On a phone that was the page's first use of the browser's
 * collator, which loads its locale data (about 10 ms on a desktop core,
 * four times that on a phone) inside the render after hydration, for a
 * drawer that isn't made until the reader reaches for it
 * (src/theme/Navbar/MobileSidebar). Both wait on the same signal, so they
 * appear in the same render.
 */
import React, {type ReactNode} from 'react';
import DocSidebarMobile from '@theme-original/DocSidebar/Mobile';
import type DocSidebarMobileType from '@theme/DocSidebar/Mobile';
import type {WrapperProps} from '@docusaurus/types';
import useDrawerWanted from '@site/src/components/DrawerOnDemand';

type Props = WrapperProps<typeof DocSidebarMobileType>;

export default function DocSidebarMobileWrapper(props: Props): ReactNode {
  return useDrawerWanted() ? <DocSidebarMobile {...props} /> : null;
}
