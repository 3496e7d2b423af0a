/**
 * Wraps the theme's version dropdown (never a copy): switching version
 * keeps the path, the language and the reader's place (`#section`), see
 * src/links/keepPlace.ts.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import DocsVersionDropdownNavbarItem from '@theme-original/NavbarItem/DocsVersionDropdownNavbarItem';
import type DocsVersionDropdownNavbarItemType from '@theme/NavbarItem/DocsVersionDropdownNavbarItem';
import type {WrapperProps} from '@docusaurus/types';
import {useKeepPlace} from '@site/src/links/keepPlace';

type Props = WrapperProps<typeof DocsVersionDropdownNavbarItemType>;

const MARKER = 'keep-place-version';

export default function DocsVersionDropdownNavbarItemWrapper(props: Props): ReactNode {
  useKeepPlace(MARKER);
  return <DocsVersionDropdownNavbarItem {...props} className={clsx(props.className, MARKER)} />;
}
