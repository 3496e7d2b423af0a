/**
 * The "Copy for a ticket" menu (WAI-ARIA menu button pattern), loaded when
 * its button is first used (src/components/CopyLink/TicketButton.tsx).
 *
 * In:  `to` (`#id` of a section, or '' for the page), the button that opened
 *      it (gets focus back) and its name (the menu's), which item to focus first.
 * Out: a `role="menu"` list of one or two items: the reference in the page's
 *      language, and, when the page exists in another language, the same
 *      reference in both (the other language's real titles, read at build
 *      time: src/plugins/alternate-titles). An item copies it as rich text
 *      and plain text (src/links/ticket.ts), closes the menu and announces it
 *      (src/links/announce.ts). Arrow keys, Home, End move; Escape closes
 *      and returns to the button; Tab or a click elsewhere closes it.
 */
import React, {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import titles from '@generated/alternate-titles/default/titles.json';
import type {AlternateTitles} from '@site/src/plugins/alternate-titles';
import {absoluteLink} from '@site/src/links/clipboard';
import {copyRich} from '@site/src/links/richClipboard';
import {announce} from '@site/src/links/announce';
import {referenceTitle, ticketReference, type TicketEntry} from '@site/src/links/ticket';
import styles from './styles.module.css';

export interface TicketMenuProps {
  /** The menu's name: its button's. */
  label: string;
  to: string;
  button: RefObject<HTMLButtonElement | null>;
  focus: 'first' | 'last';
  onClose: (refocus: boolean) => void;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The visible title of a section (heading, table row, FAQ question), without its buttons. */
function sectionTitle(id: string): string | undefined {
  const target = document.getElementById(id);
  if (!target) return undefined;
  const source = target.tagName === 'TR' ? target.querySelector('th') : target;
  const clone = source?.cloneNode(true) as HTMLElement | undefined;
  clone
    ?.querySelectorAll('button, .hash-link, [data-row-tools], [aria-hidden="true"]')
    .forEach((el) => el.remove());
  return clone ? squash(clone.textContent ?? '') || undefined : undefined;
}

/** The page's own title: its og:title (the page title without the site's name). */
const pageTitle = (): string =>
  document.querySelector('meta[property="og:title"]')?.getAttribute('content') ??
  squash(document.querySelector('h1')?.textContent ?? document.title);

/** The other locale's address of this page (its hreflang alternate), on this host. */
function alternateUrl(hreflang: string, hash: string): string | undefined {
  const href = document
    .querySelector(`link[rel="alternate"][hreflang="${hreflang}"]`)
    ?.getAttribute('href');
  if (!href) return undefined;
  return new URL(new URL(href).pathname + hash, window.location.origin).href;
}

export default function TicketMenu({
  label: name,
  to,
  button,
  focus,
  onClose,
}: TicketMenuProps): ReactNode {
  const {siteConfig, i18n} = useDocusaurusContext();
  const menu = useRef<HTMLUListElement>(null);
  const [shift, setShift] = useState(0);
  const key = window.location.pathname.slice(siteConfig.baseUrl.length);
  const hash = to.startsWith('#') ? to : '';
  const other = Object.entries((titles as AlternateTitles)[key] ?? {})[0];
  const names = new Intl.DisplayNames([i18n.currentLocale], {type: 'language'});
  const languageName = (locale: string): string => {
    const name = names.of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(i18n.currentLocale) + name.slice(1);
  };

  function entries(both: boolean): TicketEntry[] {
    const page = pageTitle();
    const section = hash ? sectionTitle(hash.slice(1)) : undefined;
    const own = {title: referenceTitle(page, section), url: absoluteLink(to || '#')};
    own.url = own.url.replace(/#$/, '');
    if (!both || !other) return [own];
    const [locale, data] = other;
    const hreflang = i18n.localeConfigs[locale]?.htmlLang ?? locale;
    const url = alternateUrl(hreflang, hash);
    if (!url) return [own];
    return [own, {title: referenceTitle(data.t, hash ? data.s[hash.slice(1)] : undefined), url}];
  }

  async function copy(both: boolean): Promise<void> {
    const {text, html} = ticketReference(entries(both));
    const outcome = await copyRich(text, html);
    onClose(true);
    announce(
      outcome === 'copied'
        ? translate({
            id: 'links.ticket.copied',
            message: 'Reference copied',
            description: 'Said after the title and link of a page were copied for a support ticket',
          })
        : translate({
            id: 'links.ticket.blocked',
            message: 'Copying was blocked',
            description: 'Said when the browser refused to copy the reference for a ticket',
          }),
    );
  }

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useLayoutEffect(() => {
    const list = items();
    (focus === 'last' ? list[list.length - 1] : list[0])?.focus();
    // Keep the menu on screen (phones): move it left by what would overflow.
    const rect = menu.current?.getBoundingClientRect();
    if (rect) setShift(Math.min(0, document.documentElement.clientWidth - 8 - rect.right));
  }, [focus]);

  useEffect(() => {
    const outside = (event: Event): void => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) onClose(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [button, onClose]);

  function onKeyDown(event: React.KeyboardEvent): void {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (i: number): void => list[(i + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') onClose(true);
    else if (event.key === 'Tab') onClose(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  }

  const label = translate({
    id: 'links.ticket.copy',
    message: 'Copy for a ticket',
    description:
      'Menu button, and its item: copies the title and link of the page or section for a support ticket',
  });
  return (
    <ul
      ref={menu}
      role="menu"
      aria-label={name}
      className={styles.menu}
      style={shift ? {transform: `translateX(${shift}px)`} : undefined}
      onKeyDown={onKeyDown}>
      <li role="none">
        <button type="button" role="menuitem" tabIndex={-1} onClick={() => void copy(false)}>
          {label}
        </button>
      </li>
      {other && (
        <li role="none">
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => void copy(true)}>
            {translate(
              {
                id: 'links.ticket.copyBoth',
                message: 'Copy for a ticket ({languages})',
                description:
                  'Menu item: copies the reference in the page language and in the other one; {languages} is e.g. "Turkish + English"',
              },
              {languages: `${languageName(i18n.currentLocale)} + ${languageName(other[0])}`},
            )}
          </button>
        </li>
      )}
    </ul>
  );
}
