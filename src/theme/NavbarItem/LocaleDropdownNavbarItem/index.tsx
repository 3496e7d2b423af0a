/**
 * Wraps the theme's language dropdown (never a copy): switching language
 * keeps the path, the version and the reader's place (`#section`), see
 * src/links/keepPlace.ts.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import LocaleDropdownNavbarItem from '@theme-original/NavbarItem/LocaleDropdownNavbarItem';
import type LocaleDropdownNavbarItemType from '@theme/NavbarItem/LocaleDropdownNavbarItem';
import type {WrapperProps} from '@docusaurus/types';
import {useKeepPlace} from '@site/src/links/keepPlace';

type Props = WrapperProps<typeof LocaleDropdownNavbarItemType>;

const MARKER = 'keep-place-locale';

export default function LocaleDropdownNavbarItemWrapper(props: Props): ReactNode {
  useKeepPlace(MARKER);
  return <LocaleDropdownNavbarItem {...props} className={clsx(props.className, MARKER)} />;
}
