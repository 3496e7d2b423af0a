/**
 * `### YamlMime:Landing` pages (a docset's `index.yml`) as typed objects.
 *
 * In:  the file's text and name.
 * Out: title, metadata (front matter keys), summary and the cards of
 *      `landingContent`: each card's title and its link lists
 *      (`linkListType`, links with `text` and `url`, urls as written: the
 *      page's Markdown sends them through the site's link rules).
 * Mistakes (a card without title, a link without url) throw YamlPageError
 * with file, line and key.
 */
import {YamlReader, type Located, type PageHead} from './document';

/** Microsoft's documented `linkListType` values (shown as a translated label). */
export const LINK_LIST_TYPES = [
  'architecture',
  'concept',
  'deploy',
  'download',
  'get-started',
  'how-to-guide',
  'learn',
  'overview',
  'quickstart',
  'reference',
  'sample',
  'tutorial',
  'video',
  'whats-new',
] as const;
export type LinkListType = (typeof LINK_LIST_TYPES)[number];

export interface LandingLink {
  text: Located;
  url: Located;
}

export interface LandingLinkList {
  type: LinkListType;
  line: number;
  links: LandingLink[];
}

export interface LandingCard {
  title: Located;
  linkLists: LandingLinkList[];
}

export interface LandingPage extends PageHead {
  kind: 'landing';
  cards: LandingCard[];
}

export function readLanding(text: string, file: string): LandingPage {
  const yaml = new YamlReader(text, file);
  const {root, ...head} = yaml.head();
  return {
    kind: 'landing',
    ...head,
    cards: yaml.maps(root, 'landingContent', '').map((card) => ({
      title: yaml.line(card.map, 'title', card.path),
      linkLists: yaml.maps(card.map, 'linkLists', card.path).map((list) => {
        const type = yaml.text(list.map, 'linkListType', list.path, true);
        if (!(LINK_LIST_TYPES as readonly string[]).includes(type.text.trim())) {
          yaml.fail(
            yaml.node(list.map, 'linkListType'),
            `${list.path}.linkListType`,
            `unknown type "${type.text}"; expected one of ${LINK_LIST_TYPES.join(', ')}`,
          );
        }
        return {
          type: type.text.trim() as LinkListType,
          line: type.line,
          links: yaml.maps(list.map, 'links', list.path).map((link) => ({
            text: yaml.line(link.map, 'text', link.path),
            url: yaml.line(link.map, 'url', link.path),
          })),
        };
      }),
    })),
  };
}
