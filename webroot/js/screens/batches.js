// Bank transfer batches (#/payouts/batches), newest first, with their totals and the bank's
// answers so far. An OPERATOR makes a batch of the approved payouts (batch-create.js); anyone
// who reads payouts downloads a batch's transfer file.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, actionsCol, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { dateTime, number, rupiah, shortId } from '../format.js';
import { problemMessage } from '../forms.js';
import { listQuery, tablePager } from '../pager.js';
import { statusTabs } from '../tabs.js';
import { numberSearch } from '../number-search.js';
import { payoutViews } from './payout-views.js';
import { batchBadge, downloadFile, outcomes } from './batch-detail.js';
import { openCreateBatch } from './batch-create.js';

const PAGE_SIZE = 20;
const COLUMNS = 6;
const FILTERS = ['ALL', 'OPEN', 'RECONCILED'];

let shownFilter = FILTERS[0];

export function render(main, { user, alive }) {
  const status = h('div', { class: 'notice-slot' });
  const body = h('tbody');
  const caption = h('caption', { class: 'visually-hidden' });
  let searched = null;
  const pager = tablePager({
    body,
    columns: COLUMNS,
    load: (cursor) => api.get(`/payout-batches${listQuery(PAGE_SIZE, cursor,
      searched ? { number: searched } : { status: shownFilter === 'ALL' ? null : shownFilter })}`),
    row,
    empty: () => (searched ? t('numbers.none', { number: searched }) : t(`batches.empty.${shownFilter}`)),
    alive,
  });

  function fail(error) {
    fill(status, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
  }

  function row(batch) {
    // The transfer file carries account numbers in full: the operator's, who sends it to the bank.
    const download = user.role !== 'OPERATOR' ? null : h('button', {
      type: 'button',
      class: 'button small secondary',
      'aria-label': t('batches.download_named', { date: dateTime(batch.createdAt) }),
      onclick: () => downloadFile(batch.id, download, fail),
    }, t('batches.download_short'));
    return h('tr', { 'data-batch-id': batch.id },
      h('th', { scope: 'row' }, h('a', { href: `#/payouts/batches/${batch.id}` }, dateTime(batch.createdAt)),
        h('span', { class: 'sub codes record-number', title: batch.id }, batch.number || shortId(batch.id))),
      h('td', {}, batchBadge(batch.status)),
      h('td', { class: 'num' }, number(batch.count)),
      h('td', { class: 'money' }, rupiah(batch.total)),
      h('td', { class: 'outcomes' }, outcomes(batch)),
      h('td', { class: 'actions' }, download));
  }

  function describe() {
    caption.textContent = searched ? t('numbers.caption', { number: searched })
      : t('batches.caption', { status: t(`batches.filter.${shownFilter}`) });
  }

  const create = user.role === 'OPERATOR' ? h('button', {
    type: 'button',
    class: 'button primary',
    'aria-haspopup': 'dialog',
    onclick: () => openCreateBatch(),
  }, t('batches.create')) : null;
  describe();
  main.append(
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('nav.payouts')), h('div', { class: 'page-actions' }, create)),
    payoutViews('batches'),
    h('p', { class: 'lead' }, t('batches.lead')),
    status,
    h('section', { class: 'card flush' },
      numberSearch({ kind: 'batch', prefix: 'BTH', onSearch: (found) => {
        searched = found;
        describe();
        pager.first();
      } }),
      statusTabs({
        codes: FILTERS,
        current: shownFilter,
        label: (code) => t(`batches.filter.${code}`),
        groupLabel: t('batches.tabs'),
        onChange: (code) => {
          shownFilter = code;
          searched = null;
          describe();
          pager.first();
        },
      }),
      tableWrap(dataTable({ className: 'batch-table', caption,
        columns: ['batches.col.created', 'batches.col.status', col('batches.col.count', 'num'),
          col('batches.col.total', 'money'), 'batches.col.outcomes', actionsCol()],
        body })),
      pager.element));
  pager.first();
}
