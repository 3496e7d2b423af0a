/**
 * One polite live region for the whole page, so screen readers hear "Link
 * copied" wherever the button is (a live region inside a heading would
 * become part of the heading's name).
 *
 * In:  a message. Out: it is announced. The region is created on first use
 * and filled a moment later: screen readers only notice changes to a region
 * that already exists (the pattern of react-aria's live announcer), and a
 * page nobody copies from carries no extra status region.
 */
const REGION_ID = 'link-announcer';

function ensureAnnouncer(): HTMLElement {
  const existing = document.getElementById(REGION_ID);
  if (existing) return existing;
  const region = document.createElement('div');
  region.id = REGION_ID;
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  // Visually hidden, still read (the usual "sr-only" recipe).
  Object.assign(region.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: '0',
  });
  document.body.append(region);
  return region;
}

export function announce(message: string): void {
  const created = !document.getElementById(REGION_ID);
  const region = ensureAnnouncer();
  // A fresh node each time: the same message twice is announced twice.
  const line = document.createElement('p');
  line.textContent = message;
  if (created) window.setTimeout(() => region.replaceChildren(line), 100);
  else region.replaceChildren(line);
}
