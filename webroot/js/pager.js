// Cursor paging with a way back. The API pages forward only, so the pager remembers the
// cursor of every page it has shown; Previous asks for the page again with its cursor.
import { h, fill } from './dom.js';
import { t } from './i18n.js';
import { problemMessage } from './forms.js';
import { latestOnly, STALE } from './latest.js';

/**
 * load(cursor) resolves to an API page {items, nextCursor}; draw(items) shows it;
 * fail(error) shows a failure; alive() says whether the screen is still on display.
 */
export function cursorPager({ load, draw, fail, alive }) {
  const cursors = [null];
  let index = 0;
  const previous = h('button', { type: 'button', class: 'button secondary', onclick: () => show(index - 1) }, t('pager.previous'));
  const next = h('button', { type: 'button', class: 'button secondary', onclick: () => show(index + 1) }, t('pager.next'));
  const label = h('span', { class: 'pager-label', 'aria-live': 'polite' });
  // Only the latest request draws: a page asked for before the filters changed may answer after
  // the page asked for with them, and must not replace it.
  const latest = latestOnly();

  async function show(target) {
    previous.disabled = true;
    next.disabled = true;
    try {
      const page = await latest(load(cursors[target]));
      if (!alive() || page === STALE) return;
      index = target;
      cursors[index + 1] = page.nextCursor;
      cursors.length = index + (page.nextCursor ? 2 : 1);
      draw(page.items);
      label.textContent = t('pager.page', { page: index + 1 });
      previous.disabled = index === 0;
      next.disabled = !page.nextCursor;
    } catch (error) {
      if (!alive()) return;
      fail(error);
      previous.disabled = index === 0;
    }
  }

  return {
    element: h('div', { class: 'pager' }, previous, label, next),
    /** Shows the first page (again, e.g. after the filters changed). */
    first: () => {
      cursors.length = 1;
      index = 0;
      return show(0);
    },
    /** Shows the current page again, e.g. after a save. */
    reload: () => show(index),
  };
}

/** "?limit=20&cursor=…" plus any non-empty filters, for a list endpoint. */
export function listQuery(limit, cursor, filters = {}) {
  const query = new URLSearchParams({ limit: String(limit) });
  for (const [name, value] of Object.entries(filters)) {
    if (value) query.set(name, value);
  }
  if (cursor) query.set('cursor', cursor);
  return `?${query}`;
}

/** One full-width line in a table body: "nothing here" or a failure. */
export function messageRow(columns, text, error = false) {
  return h('tr', {}, h('td', { colspan: columns, class: error ? 'empty error' : 'empty' }, text));
}

/** A cursorPager drawing into a <tbody>: row(item) for each item, empty() when there are none. */
export function tablePager({ body, columns, load, row, empty, alive }) {
  return cursorPager({
    load,
    draw: (items) => fill(body, items.length ? items.map(row) : messageRow(columns, empty())),
    fail: (error) => fill(body, messageRow(columns, problemMessage(error), true)),
    alive,
  });
}
