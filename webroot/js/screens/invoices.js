// Monthly premium invoices (#/invoices): every month billed, newest first, with its total and
// what is still unpaid; #/invoices/<YYYY-MM> is one month, one invoice per funding source, with
// the lines file for the BPJS branch and "Mark paid". ADMIN and OPERATOR generate a month and
// record payments (invoice-dialogs.js, each confirmed with its amounts); AUDITOR reads.
// Generating is a job on the server (202 and a run): the month's page says it is in progress and
// polls the run (GET /premium-invoice-runs/{id}) until DONE or FAILED, then shows the invoices.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, actionsCol, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { date, month, number, rupiah } from '../format.js';
import { problemMessage } from '../forms.js';
import { saveFile } from '../files.js';
import { fundingSources } from '../reference.js';
import { latestOnly, STALE } from '../latest.js';
import { loadRows, noticeLine, sourceCell } from './money-common.js';
import { INVOICE_WRITERS, openGenerate, openMarkPaid } from './invoice-dialogs.js';

// The generation run the month's page follows (and then reports), once.
let pending = null;
const POLL_MILLIS = 1000;
const RETRY_MILLIS = 5000;

export function render(main, context) {
  const [, period] = location.hash.replace(/^#\/?/, '').split('?')[0].split('/');
  if (period && /^\d{4}-\d{2}$/.test(period)) {
    monthView(main, { ...context, period });
  } else {
    months(main, context);
  }
}

/** PAID or UNPAID as a badge. */
export function statusBadge(status) {
  return h('span', { class: status === 'PAID' ? 'badge outcome-paid' : 'badge batch-open' }, t(`invoices.status.${status}`));
}

function generateButton(user, period) {
  if (!INVOICE_WRITERS.includes(user.role)) return null;
  return h('button', {
    type: 'button',
    class: 'button primary',
    onclick: () => openGenerate({
      period,
      onDone: (run) => {
        pending = run;
        if (location.hash === `#/invoices/${run.period}`) window.dispatchEvent(new HashChangeEvent('hashchange'));
        else location.hash = `#/invoices/${run.period}`;
      },
    }),
  }, t('invoices.generate'));
}

function generatedText(run) {
  const total = run.items.reduce((sum, i) => sum + BigInt(i.total), 0n);
  return run.created > 0
    ? t('invoices.generated', { count: number(run.created), month: month(run.period), total: rupiah(total) })
    : t('invoices.generated_none', { month: month(run.period) });
}

function months(main, { user, alive }) {
  const body = h('tbody');
  main.append(
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('nav.invoices')),
      h('div', { class: 'page-actions' }, generateButton(user, null))),
    h('p', { class: 'lead' }, t('invoices.lead')),
    h('section', { class: 'card flush' }, tableWrap(dataTable({ className: 'invoice-months', caption: t('invoices.months_caption'),
      columns: ['invoices.col.month', col('invoices.col.invoices', 'num'), col('invoices.col.lines', 'num'),
        col('invoices.col.total', 'money'), col('invoices.col.unpaid', 'money'), 'invoices.col.status'],
      body }))));
  loadRows({
    body,
    columns: 6,
    load: async () => (await api.get('/premium-invoices/months')).items,
    empty: t('invoices.months_empty'),
    alive,
    row: (m) => h('tr', { 'data-period': m.period },
      h('th', { scope: 'row' }, h('a', { href: `#/invoices/${m.period}` }, month(m.period))),
      h('td', { class: 'num' }, number(m.invoices)),
      h('td', { class: 'num' }, number(m.lineCount)),
      h('td', { class: 'money' }, rupiah(m.total)),
      h('td', { class: 'money' }, m.unpaid ? rupiah(m.unpaidTotal) : '—'),
      h('td', {}, m.unpaid
        ? h('span', { class: 'badge batch-open' }, t('invoices.unpaid_count', { count: number(m.unpaid) }))
        : statusBadge('PAID'))),
  });
}

/**
 * Downloads an invoice's lines (the server records who took the file and why). The roles that
 * hand the file to the BPJS branch take it in full for that purpose; an auditor's copy has the
 * NIKs masked.
 */
async function download(invoice, user, button, fail) {
  button.disabled = true;
  const forBpjs = INVOICE_WRITERS.includes(user.role) ? '?purpose=BPJS_REGISTRATION' : '';
  try {
    saveFile(await api.download(`/premium-invoices/${encodeURIComponent(invoice.id)}/lines.csv${forBpjs}`));
  } catch (error) {
    fail(error);
  } finally {
    button.disabled = false;
  }
}

function monthView(main, { user, period, alive }) {
  const notice = noticeLine();
  const body = h('tbody');
  const foot = h('tfoot');
  const failure = h('div', { class: 'notice-slot' });
  const fail = (error) => fill(failure, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
  main.append(
    h('p', { class: 'back' }, h('a', { href: '#/invoices' }, t('invoices.back'))),
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('invoices.month_heading', { month: month(period) })),
      h('div', { class: 'page-actions' }, generateButton(user, period))),
    notice.element, failure,
    h('p', { class: 'lead' }, t('invoices.month_lead')),
    h('section', { class: 'card flush' }, tableWrap(dataTable({ className: 'invoice-table',
      caption: t('invoices.month_caption', { month: month(period) }),
      columns: ['invoices.col.source', col('invoices.col.lines', 'num'), col('invoices.col.total', 'money'),
        'invoices.col.status', 'invoices.col.payment', actionsCol()],
      body: [body, foot] }))));
  const run = pending && pending.period === period ? pending : null;
  pending = null;

  function actionsCell(invoice, sources) {
    const csv = h('button', {
      type: 'button',
      class: 'button small secondary',
      'aria-label': t('invoices.download_named', { source: invoice.fundingSource, month: month(invoice.period) }),
      onclick: () => download(invoice, user, csv, fail),
    }, t('invoices.download'));
    const pay = INVOICE_WRITERS.includes(user.role) && invoice.status === 'UNPAID' ? h('button', {
      type: 'button',
      class: 'button small primary',
      'aria-label': t('invoices.mark_paid_named', { source: invoice.fundingSource, total: rupiah(invoice.total) }),
      onclick: () => openMarkPaid({
        invoice,
        sources,
        onDone: (paid) => {
          notice.says(t('invoices.paid_notice', { source: paid.fundingSource, total: rupiah(paid.total), reference: paid.reference }));
          show();
        },
      }),
    }, t('invoices.mark_paid')) : null;
    return h('td', { class: 'actions' }, csv, pay ? [' ', pay] : null);
  }

  // A reload after a payment may overlap the one after a finished run: only the latest draws.
  const latest = latestOnly();
  async function show() {
    const sources = await fundingSources().catch(() => []);
    const items = await loadRows({
      body,
      columns: 6,
      load: async () => (await api.get(`/premium-invoices?period=${period}&limit=100`)).items,
      guard: latest,
      empty: t('invoices.month_empty'),
      alive,
      row: (invoice) => h('tr', { 'data-invoice-id': invoice.id, 'data-source': invoice.fundingSource },
        sourceCell(invoice.fundingSource, sources),
        h('td', { class: 'num' }, number(invoice.lineCount)),
        h('td', { class: 'money' }, rupiah(invoice.total)),
        h('td', {}, statusBadge(invoice.status)),
        h('td', {}, invoice.status === 'PAID'
          ? [date(invoice.paidAt), h('span', { class: 'sub codes' }, invoice.reference)]
          : '—'),
        actionsCell(invoice, sources)),
    });
    if (items === STALE) return;
    const shown = items || [];
    const total = shown.reduce((sum, i) => sum + BigInt(i.total), 0n);
    const unpaid = shown.filter((i) => i.status === 'UNPAID').reduce((sum, i) => sum + BigInt(i.total), 0n);
    fill(foot, shown.length > 1 ? h('tr', {},
      h('th', { scope: 'row' }, t('invoices.total_row')),
      h('td', { class: 'num' }, number(shown.reduce((sum, i) => sum + i.lineCount, 0))),
      h('td', { class: 'money' }, rupiah(total)),
      h('td', { colspan: 3 }, unpaid > 0n ? t('invoices.unpaid_total', { total: rupiah(unpaid) }) : t('invoices.all_paid'))) : null);
  }

  /** Follows the run until it is finished, saying so, then shows the month's invoices. */
  async function follow(id) {
    if (!alive()) return;
    let current;
    try {
      current = await api.get(`/premium-invoice-runs/${encodeURIComponent(id)}`);
    } catch (error) {
      if (!alive()) return;
      fail(error);
      // The run goes on on the server whatever happens here: keep asking, more slowly.
      if (error.status === 0 || error.status >= 500) setTimeout(() => follow(id), RETRY_MILLIS);
      return;
    }
    if (!alive()) return;
    fill(failure);
    if (current.status === 'DONE') {
      notice.says(generatedText(current));
      loading = loading.then(show); // after the first look, which may have been before the invoices
    } else if (current.status === 'FAILED') {
      notice.says('');
      fill(failure, h('p', { class: 'form-error', role: 'alert' },
        t(`invoices.run_failed.${current.error}`, { month: month(current.period) })));
    } else {
      notice.says(t('invoices.run_in_progress', { month: month(current.period) }));
      setTimeout(() => follow(id), POLL_MILLIS);
    }
  }

  let loading = show();
  if (run) follow(run.id);
}
