/**
 * Wraps the theme's SiteMetadata (never a copy): every page also gets the
 * link-preview tags of src/components/LinkPreview (`SitePreview`).
 *
 * In:  nothing (the theme's component takes no props).
 * Out: the theme's head tags, then ours: rendered after the theme's, ours
 *      replace its og:locale (`tr` -> `tr_TR`) and twitter:card; pages
 *      rendered later still override titles and descriptions.
 */
import React, {type ReactNode} from 'react';
import SiteMetadata from '@theme-original/SiteMetadata';
import {SitePreview} from '@site/src/components/LinkPreview';

export default function SiteMetadataWrapper(): ReactNode {
  return (
    <>
      <SiteMetadata />
      <SitePreview />
    </>
  );
}
