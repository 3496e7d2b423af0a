/**
 * The button that opens the "Copy for a ticket" menu, beside a "Copy link".
 *
 * In:  `to`: `#id` of a section, or '' for the page; `labelled`: show the
 *      name as text (the page's links box) instead of an icon only.
 * Out: a menu button (`aria-haspopup="menu"`, `aria-expanded`); Enter, Space
 *      or ArrowDown open the menu on its first item, ArrowUp on its last.
 * Why lazy: the menu, its clipboard code and the other language's titles
 *      (./TicketMenu.tsx) load when a reader first opens it, so article pages
 *      carry only this button (the byte budget, tests/e2e/page-weight.spec.ts).
 */
import React, {useCallback, useRef, useState, type ComponentType, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {TicketMenuProps} from './TicketMenu';
import styles from './styles.module.css';

export default function TicketButton({to, labelled}: {to: string; labelled?: boolean}): ReactNode {
  const [open, setOpen] = useState<'first' | 'last' | false>(false);
  const [Menu, setMenu] = useState<ComponentType<TicketMenuProps>>();
  const button = useRef<HTMLButtonElement>(null);
  const name = translate({
    id: 'links.ticket.copy',
    message: 'Copy for a ticket',
    description:
      'Name of the button that opens the menu of references to copy for a support ticket',
  });

  function show(focus: 'first' | 'last'): void {
    void import('./TicketMenu').then((m) => {
      setMenu(() => m.default);
      setOpen(focus);
    });
  }
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  return (
    <span className={styles.ticket}>
      <button
        ref={button}
        type="button"
        className={clsx(styles.button, labelled && styles.labelled)}
        aria-haspopup="menu"
        aria-expanded={Boolean(open)}
        aria-label={labelled ? undefined : name}
        title={name}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          show(event.key === 'ArrowUp' ? 'last' : 'first');
        }}>
        {/* A ticket stub. */}
        <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
          <path
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            d="M3 7h18v3a2 2 0 0 0 0 4v3H3v-3a2 2 0 0 0 0-4zM14 7v10"
          />
        </svg>
        {labelled && <span>{name}</span>}
      </button>
      {open && Menu && <Menu label={name} to={to} button={button} focus={open} onClose={close} />}
    </span>
  );
}
