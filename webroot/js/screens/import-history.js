// Past imports on the import screen: newest first, who started each and how it ended, each one
// opening at #/workers/import/<id> (the job, its errors and the error report). A field officer
// is shown only their own; the API decides that.
import * as api from '../api.js';
import { h } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { dateTime, number } from '../format.js';
import { listQuery, tablePager } from '../pager.js';

const PAGE_SIZE = 10;
const COLUMNS = 7;

/** A status badge as the job card shows it. */
export function importBadge(status) {
  return h('span', { class: `badge import-${status.toLowerCase()}` }, t(`import.status.${status}`));
}

function row(job) {
  const counted = job.total !== null && job.total !== undefined;
  return h('tr', { 'data-import-id': job.id },
    h('th', { scope: 'row' }, h('a', { href: `#/workers/import/${job.id}` }, dateTime(job.createdAt))),
    h('td', { class: 'by' }, job.createdByUsername),
    h('td', {}, importBadge(job.status)),
    h('td', { class: 'num', 'data-col': 'total' }, counted ? number(job.total) : '—'),
    h('td', { class: 'num', 'data-col': 'inserted' }, number(job.inserted)),
    h('td', { class: 'num', 'data-col': 'duplicates' }, number(job.duplicates)),
    h('td', { class: 'num', 'data-col': 'failed' }, number(job.failed)));
}

/** The card with the table and its pager; reload() shows the first page again (a new import). */
export function importHistory({ alive }) {
  const body = h('tbody');
  const pager = tablePager({
    body,
    columns: COLUMNS,
    load: (cursor) => api.get(`/imports${listQuery(PAGE_SIZE, cursor)}`),
    row,
    empty: () => t('import.history.empty'),
    alive,
  });
  const element = h('section', { class: 'card flush import-history', 'aria-labelledby': 'import-history' },
    h('div', { class: 'card-head' }, h('h2', { id: 'import-history', class: 'card-title' }, t('import.history.heading'))),
    tableWrap(dataTable({ caption: t('import.history.heading'),
      columns: ['import.history.col.when', 'import.history.col.by', 'import.history.col.status',
        col('import.count.total', 'num'), col('import.count.inserted', 'num'), col('import.count.duplicates', 'num'),
        col('import.count.failed', 'num')],
      body })),
    pager.element);
  pager.first();
  return { element, reload: () => pager.first() };
}
