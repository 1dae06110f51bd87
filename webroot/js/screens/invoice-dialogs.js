// Generating a month's invoices and recording an invoice's payment. Both show the amounts
// first (the generation's preview: GET /premium-invoices/preview), then ask once more with Cancel
// focused (confirm.js), then POST under one Idempotency-Key per intent (api.intent): a retry after
// a lost answer replays the first instead of doing the work twice. Refusals land under their field.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { date, month, number, rupiah, today } from '../format.js';
import { actions, openDialog } from '../dialog.js';
import { busy, clearProblem, field, formAlert, showProblem } from '../forms.js';
import { ask } from '../confirm.js';
import { dateInput, dateValue } from '../date-input.js';
import { fundingSources } from '../reference.js';
import { latestOnly, STALE } from '../latest.js';
import { sourceName } from './money-common.js';

/** The roles that generate invoices and record payments (x-roles of both POSTs). */
export const INVOICE_WRITERS = ['ADMIN', 'OPERATOR'];

/** The latest month invoices can be generated for: next month (PremiumInvoices.latestPeriod). */
function latestPeriod() {
  const [year, m] = today().split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

function previewTable(preview, sources) {
  const wrap = tableWrap(dataTable({ className: 'compact invoice-preview',
    caption: h('caption', {}, t('invoices.preview_caption', { month: month(preview.period) })),
    columns: ['invoices.col.source', col('invoices.col.members', 'num'), col('invoices.col.total', 'money'), 'invoices.col.status'],
    body: h('tbody', {}, preview.items.map((item) => h('tr', { 'data-source': item.fundingSource },
      h('th', { scope: 'row' }, sourceName(item.fundingSource, sources)),
      h('td', { class: 'num' }, number(item.members)),
      h('td', { class: 'money' }, rupiah(item.total)),
      h('td', {}, item.invoice ? t(`invoices.preview_existing.${item.invoice.status}`) : t('invoices.preview_new'))))) }));
  wrap.classList.add('dialog-list');
  return wrap;
}

/** What the month would bill, in words, for the dialog and its confirmation. */
function previewSummary(preview) {
  const members = preview.items.filter((i) => !i.invoice).reduce((sum, i) => sum + i.members, 0);
  return t('invoices.preview_summary', { count: number(preview.newInvoices), members: number(members),
    total: rupiah(preview.newTotal), month: month(preview.period) });
}

/** Opens the generation dialog for `period` (or this month); onDone(run) after the POST. */
export function openGenerate({ period, onDone }) {
  let once = api.intent();
  const input = h('input', { type: 'month', max: latestPeriod(), value: period || today().slice(0, 7) });
  const shown = h('div', { class: 'stack', 'aria-live': 'polite' });
  let preview = null;
  let sources = [];
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', { class: 'hint' }, t('invoices.generate_intro')),
    field({ name: 'period', label: t('invoices.field.period'), control: input, hint: t('invoices.hint.period') }),
    shown,
    formAlert(),
    actions(t('invoices.generate_submit'), () => opened.dialog));
  const submit = form.querySelector('button[type=submit]');

  const latest = latestOnly(); // another month chosen before the preview answered: only its preview shows
  async function load() {
    preview = null;
    submit.disabled = true;
    clearProblem(form);
    fill(shown, h('p', { class: 'muted' }, t('invoices.preview_loading')));
    try {
      sources = await fundingSources().catch(() => []);
      const answer = await latest(api.get(`/premium-invoices/preview?period=${encodeURIComponent(input.value.trim())}`));
      if (answer === STALE) return;
      preview = answer;
      fill(shown,
        answer.items.length ? previewTable(answer, sources) : null,
        h('p', {}, answer.newInvoices ? previewSummary(answer) : t('invoices.preview_nothing', { month: month(answer.period) })),
        answer.lapsing ? h('p', { class: 'hint' }, t('invoices.preview_lapsing', { count: number(answer.lapsing) })) : null);
      submit.disabled = answer.newInvoices === 0;
    } catch (error) {
      fill(shown);
      showProblem(form, error);
    }
  }

  input.addEventListener('change', () => {
    once = api.intent(); // another month is another intent: never its predecessor's key
    load();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!preview || preview.newInvoices === 0) return;
    const chosen = preview;
    const sure = await ask({
      title: t('invoices.confirm_generate_title', { month: month(chosen.period) }),
      intro: previewSummary(chosen),
      about: chosen.lapsing ? h('p', { class: 'hint' }, t('invoices.preview_lapsing', { count: number(chosen.lapsing) })) : null,
      confirmLabel: t('invoices.generate_submit'),
    });
    if (!sure) {
      submit.focus();
      return;
    }
    await busy(form, async () => {
      try {
        const run = await once((key) => api.postOnce('/premium-invoices', { period: chosen.period }, key));
        opened.dialog.close();
        onDone(run);
      } catch (error) {
        showProblem(form, error);
      }
    });
    submit.disabled = !preview || preview.newInvoices === 0;
  });
  opened = openDialog(t('invoices.generate_title'), form);
  opened.dialog.classList.add('wide');
  input.focus();
  load();
}

/** The payment as it will be recorded, for the confirmation. */
function paymentFacts(invoice, sources, paidAt, reference) {
  return h('dl', { class: 'facts compact' },
    h('dt', {}, t('invoices.col.source')), h('dd', {}, sourceName(invoice.fundingSource, sources)),
    h('dt', {}, t('invoices.col.month')), h('dd', {}, month(invoice.period)),
    h('dt', {}, t('invoices.col.lines')), h('dd', {}, number(invoice.lineCount)),
    h('dt', {}, t('invoices.col.total')), h('dd', {}, h('strong', {}, rupiah(invoice.total))),
    paidAt === undefined ? null : [h('dt', {}, t('invoices.field.paidAt')), h('dd', {}, date(paidAt))],
    reference === undefined ? null : [h('dt', {}, t('invoices.field.reference')), h('dd', { class: 'codes' }, reference)]);
}

/** Opens the dialog that records an unpaid invoice's payment; onDone(invoice) after the POST. */
export function openMarkPaid({ invoice, sources, onDone }) {
  let once = api.intent();
  const paidAt = dateInput({ max: today(), value: today() });
  const reference = h('input', { type: 'text', maxlength: 100, autocomplete: 'off' });
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    paymentFacts(invoice, sources),
    field({ name: 'paidAt', label: t('invoices.field.paidAt'), control: paidAt }),
    field({ name: 'reference', label: t('invoices.field.reference'), control: reference, hint: t('invoices.hint.reference') }),
    formAlert(),
    actions(t('invoices.mark_paid'), () => opened.dialog));
  // A changed date or number is another payment to record, so it gets its own key.
  form.addEventListener('input', () => {
    once = api.intent();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { paidAt: dateValue(paidAt), reference: reference.value.trim() || undefined };
    if (body.paidAt && body.reference) {
      const sure = await ask({
        title: t('invoices.confirm_paid_title'),
        intro: t('invoices.confirm_paid_intro', { total: rupiah(invoice.total) }),
        about: paymentFacts(invoice, sources, body.paidAt, body.reference),
        confirmLabel: t('invoices.mark_paid'),
      });
      if (!sure) {
        form.querySelector('button[type=submit]').focus();
        return;
      }
    }
    // Without a date or a number the server names the missing field; nothing to confirm yet.
    await busy(form, async () => {
      try {
        const paid = await once((key) => api.postOnce(`/premium-invoices/${encodeURIComponent(invoice.id)}/mark-paid`, body, key));
        opened.dialog.close();
        onDone(paid);
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  opened = openDialog(t('invoices.mark_paid_title', { source: invoice.fundingSource, month: month(invoice.period) }), form);
  reference.focus();
}
