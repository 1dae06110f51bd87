// Claims: the queue by status (newest first, paged with the API's cursor); #/claims/<id> is
// one claim. Field officers see the claims of their kelurahan only (the server's scope). A claim
// number (KLM-2026-000123) typed into the search shows that claim whatever its status.
import * as api from '../api.js';
import { h } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { date, dateTime, rupiah, shortId } from '../format.js';
import { listQuery, tablePager } from '../pager.js';
import { statusTabs } from '../tabs.js';
import { numberSearch } from '../number-search.js';
import * as detail from './claim-detail.js';
import { eligibilityBadge } from './claim-detail.js';

const PAGE_SIZE = 20;
const COLUMNS = 6;
const STATUSES = ['SUBMITTED', 'VERIFIED', 'HANDED_OVER', 'BPJS_PAID', 'BPJS_PARTLY_PAID', 'BPJS_REFUSED', 'REJECTED', 'PAID'];

let shownStatus = STATUSES[0];

export function render(main, context) {
  const [, id] = location.hash.replace(/^#\/?/, '').split('?')[0].split('/');
  if (id) {
    detail.render(main, { ...context, id });
    return;
  }
  list(main, context);
}

function list(main, { alive }) {
  const body = h('tbody');
  const caption = h('caption', { class: 'visually-hidden' });
  let searched = null;
  const pager = tablePager({
    body,
    columns: COLUMNS,
    load: (cursor) => api.get(`/claims${listQuery(PAGE_SIZE, cursor, searched ? { number: searched } : { status: shownStatus })}`),
    row,
    empty: () => (searched ? t('numbers.none', { number: searched }) : t('claims.empty')),
    alive,
  });

  function row(claim) {
    return h('tr', { 'data-claim-id': claim.id },
      h('th', { scope: 'row' }, h('a', { href: `#/claims/${claim.id}` }, t(`claims.type.${claim.type}`)),
        h('span', { class: 'sub codes record-number', title: claim.id }, claim.number || shortId(claim.id))),
      h('td', {}, date(claim.incidentDate)),
      h('td', {}, h('a', { href: `#/workers/${claim.workerId}` }, claim.workerName)),
      h('td', {}, eligibilityBadge(claim)),
      h('td', { class: 'money' }, rupiah(claim.entitlement.total)),
      h('td', {}, dateTime(claim.createdAt)));
  }

  function describe() {
    caption.textContent = searched ? t('numbers.caption', { number: searched })
      : t('claims.caption', { status: t(`claims.status.${shownStatus}`) });
  }

  describe();
  main.append(
    h('h1', { tabindex: '-1' }, t('nav.claims')),
    h('p', { class: 'lead' }, t('claims.lead'), ' ', h('a', { href: '#/cases-overdue' }, t('cases.queue_link'))),
    h('section', { class: 'card flush' },
      numberSearch({ kind: 'claim', prefix: 'KLM', onSearch: (number) => {
        searched = number;
        describe();
        pager.first();
      } }),
      statusTabs({
        codes: STATUSES,
        current: shownStatus,
        label: (code) => t(`claims.status.${code}`),
        groupLabel: t('claims.tabs'),
        onChange: (code) => {
          shownStatus = code;
          searched = null;
          describe();
          pager.first();
        },
      }),
      tableWrap(dataTable({ caption,
        columns: ['claims.col.type', 'claims.col.incident', 'claims.col.worker', 'claims.col.eligibility',
          col('claims.col.entitlement', 'money'), 'claims.col.filed'],
        body })),
      pager.element));
  pager.first();
}
