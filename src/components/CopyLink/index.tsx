/**
 * A "Copy link" button: copies the absolute address of this page (this
 * locale, this version) with `#id`, or any other link of the page.
 *
 * In:  `to`: `#section-id`, `/go/x` or a full URL; optional accessible name
 *      (default "Copy link", translated) and a title naming what is copied.
 * Out: the link on the clipboard (Clipboard API, else execCommand), a short
 *      visible confirmation and a spoken one (one shared live region); when
 *      both ways are refused, the link in a selected text field with the
 *      shortcut to copy it by hand. With `ticket`, a "Copy for a ticket"
 *      menu button beside it (./TicketButton.tsx).
 */
import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {absoluteLink} from '@site/src/links/clipboard';
import {copyLinkAnnounced} from '@site/src/links/copyLink';
import {announce} from '@site/src/links/announce';
import TicketButton from './TicketButton';
import styles from './styles.module.css';

export interface CopyLinkProps {
  /** What to copy: `#id` (this page), a site path, or an absolute URL. */
  to: string;
  /** Accessible name; defaults to "Copy link". */
  label?: string;
  /** Tooltip and accessible description, e.g. which section. */
  title?: string;
  /** `heading` sits after a heading's text; `inline` next to text. */
  variant?: 'heading' | 'inline';
  className?: string;
  /** Also offer "Copy for a ticket" (title and address, ./TicketButton.tsx). */
  ticket?: boolean;
}

type State = {kind: 'idle'} | {kind: 'copied'} | {kind: 'manual'; url: string};

function copyShortcut(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘C' : 'Ctrl+C';
}

function LinkIcon(): ReactNode {
  // Two chain links.
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round">
      <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1.5 1.5" />
      <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1.5-1.5" />
    </svg>
  );
}

function CheckIcon(): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6 11-11-1.4-1.4z" />
    </svg>
  );
}

function manualMessage(): string {
  return translate(
    {
      id: 'links.copyLink.manual',
      message: 'Copying was blocked. The link is selected: press {shortcut} to copy it.',
      description: 'Said and shown when the browser refused to copy; {shortcut} is Ctrl+C or ⌘C',
    },
    {shortcut: copyShortcut()},
  );
}

export default function CopyLink({
  to,
  label,
  title,
  variant = 'inline',
  className,
  ticket,
}: CopyLinkProps): ReactNode {
  const [state, setState] = useState<State>({kind: 'idle'});
  const buttonRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  // The visible "copied" mark fades after a moment; the spoken one is said once.
  useEffect(() => {
    if (state.kind !== 'copied') return undefined;
    const timer = window.setTimeout(() => setState({kind: 'idle'}), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  useEffect(() => {
    if (state.kind === 'manual') fieldRef.current?.select();
  }, [state]);

  const name =
    label ??
    translate({
      id: 'links.copyLink.label',
      message: 'Copy link',
      description: 'Accessible name of a button that copies the link to a section',
    });

  async function onClick(): Promise<void> {
    const url = absoluteLink(to);
    if (await copyLinkAnnounced(url)) {
      setState({kind: 'copied'});
    } else {
      setState({kind: 'manual', url});
      announce(manualMessage());
    }
  }

  function closeManual(): void {
    setState({kind: 'idle'});
    buttonRef.current?.focus();
  }

  return (
    <span className={clsx(styles.copyLink, variant === 'heading' && styles.inHeading, className)}>
      <button
        ref={buttonRef}
        type="button"
        className={clsx(styles.button, state.kind === 'copied' && styles.copied)}
        aria-label={name}
        title={title ?? name}
        data-copy-link={to}
        onClick={() => void onClick()}>
        {state.kind === 'copied' ? <CheckIcon /> : <LinkIcon />}
      </button>
      {ticket && <TicketButton to={to} />}
      {state.kind === 'copied' && (
        // Shown for sighted readers; the live region speaks it.
        <span className={styles.bubble} aria-hidden="true">
          {translate({
            id: 'links.copyLink.copied',
            message: 'Link copied',
            description: 'Said and shown after a link was copied',
          })}
        </span>
      )}
      {state.kind === 'manual' && (
        <span className={styles.manual}>
          <input
            ref={fieldRef}
            className={styles.field}
            type="url"
            readOnly
            value={state.url}
            aria-label={translate({
              id: 'links.copyLink.manualField',
              message: 'Link to copy',
              description: 'Label of the field that shows a link when copying was blocked',
            })}
            onKeyDown={(event) => {
              if (event.key === 'Escape') closeManual();
            }}
            onBlur={() => setState({kind: 'idle'})}
            // Focus moves here: the reader asked to copy and the field is where the link now is.
            autoFocus
          />
          {/* Visible twin of the announcement (which screen readers already get). */}
          <span className={styles.hint} aria-hidden="true">
            {manualMessage()}
          </span>
        </span>
      )}
    </span>
  );
}
