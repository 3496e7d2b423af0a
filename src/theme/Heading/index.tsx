/**
 * Wraps the theme's Heading (never a copy): h2-h6 with an id get a "Copy
 * link" button after the theme's own `#` link.
 *
 * In:  the theme's props (`as`, `id`, children). Out: the same heading, the
 * button inside it as its last child. The button is added by handing the
 * theme a tag component instead of a tag name, so the theme still sees plain
 * text children and keeps naming its `#` link "Direct link to <heading>".
 *
 * The title (h1) keeps its id: `# <a name="x"></a>Title` (and an English
 * title, whose id is Microsoft's slug of it) is `#x` in both languages, as
 * the README promises and stock Docusaurus keeps an `<a name>` in a title.
 * The theme drops every h1's id; here it stays, registered for the build's
 * broken-anchor check and scrolled to below the navbar like a section.
 */
import React, {type ComponentProps, type ReactNode} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useAnchorTargetClassName} from '@docusaurus/theme-common';
import clsx from 'clsx';
import CopyLink from '@site/src/components/CopyLink';

type Props = WrapperProps<typeof HeadingType>;
type Level = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** One tag component per level, created once (stable identity across renders). */
const withCopyLink = new Map<Level, (props: ComponentProps<Level>) => ReactNode>();
function tagWithCopyLink(level: Level): (props: ComponentProps<Level>) => ReactNode {
  let tag = withCopyLink.get(level);
  if (!tag) {
    const Tag = level;
    tag = function HeadingWithCopyLink({children, ...rest}: ComponentProps<Level>): ReactNode {
      const id = rest.id;
      return (
        <Tag {...rest}>
          {children}
          {id && (
            <CopyLink
              to={`#${id}`}
              variant="heading"
              ticket
              title={translate({
                id: 'links.copyLink.sectionTitle',
                message: 'Copy link to this section',
                description: 'Tooltip of the copy-link button of a section heading',
              })}
            />
          )}
        </Tag>
      );
    };
    withCopyLink.set(level, tag);
  }
  return tag;
}

/** The article's title with its id (the theme would drop it). */
function TitleWithId(props: Props & {id: string}): ReactNode {
  const {id} = props;
  useBrokenLinks().collectAnchor(id);
  const anchorClassName = useAnchorTargetClassName(id);
  const h1: ComponentProps<'h1'> & {as?: unknown} = {...props};
  delete h1.as;
  // The tag the theme's Heading would render, which this wrapper stands in for.
  const Title = 'h1';
  return <Title {...h1} id={id} className={clsx(anchorClassName, props.className)} />;
}

export default function HeadingWrapper(props: Props): ReactNode {
  const {as, id} = props;
  if (as === 'h1' && id) return <TitleWithId {...props} id={id} />;
  if (as === 'h1' || !id) return <Heading {...props} />;
  // The theme types `as` as a tag name; a component renders the same tag.
  const tag = tagWithCopyLink(as) as unknown as Props['as'];
  return <Heading {...props} as={tag} />;
}
