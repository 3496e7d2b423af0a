/**
 * A reference to paste into a support ticket: title and address, as rich
 * text and as plain text.
 *
 * In:  one entry per language (the page's first): the title (page, or
 *      "page › section") and the absolute address.
 * Out: `text`: one line per entry, "Title — URL"; `html`: one link per entry,
 *      `<a href="URL">Title</a>`, separated by `<br>`. Ticket systems and
 *      mail clients paste the HTML; plain-text fields get the text.
 */
export interface TicketEntry {
  title: string;
  url: string;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "Page › Section", or the page's title alone. */
export function referenceTitle(page: string, section?: string): string {
  return section && section !== page ? `${page} › ${section}` : page;
}

export function ticketReference(entries: TicketEntry[]): {text: string; html: string} {
  return {
    text: entries.map((e) => `${e.title} — ${e.url}`).join('\n'),
    html: entries
      .map((e) => `<a href="${escapeHtml(e.url)}">${escapeHtml(e.title)}</a>`)
      .join('<br>'),
  };
}
