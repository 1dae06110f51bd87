// One bank transfer batch (#/payouts/batches/<id>): its totals, every transfer with the worker
// and heir it pays, the transfer file to download, and — for an OPERATOR while the batch is
// open — the bank's result file to upload (reconcile-form.js).
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { dateTime, number, rupiah, shortId } from '../format.js';
import { problemMessage } from '../forms.js';
import { saveFile } from '../files.js';
import { reconcileForm } from './reconcile-form.js';

// A message for the batch page that a creation navigates to, shown once.
let pending = null;

/** Keeps a notice for the batch page that opens next. */
export function flash(batchId, text) {
  pending = { batchId, text };
}

export function batchBadge(status) {
  return h('span', { class: `badge batch-${status.toLowerCase()}` }, t(`batches.status.${status}`));
}

/** "1 paid · 1 failed", or that the bank has not answered yet. */
export function outcomes(batch) {
  if (!batch.paid && !batch.failed) return t('batches.no_answer');
  return t('batches.outcomes', { paid: number(batch.paid), failed: number(batch.failed) });
}

/** Downloads the batch's transfer file (it needs the bearer token, so no plain link). */
export async function downloadFile(batchId, button, onError) {
  button.disabled = true;
  try {
    saveFile(await api.download(`/payout-batches/${encodeURIComponent(batchId)}/disbursement.csv`));
  } catch (error) {
    onError(error);
  } finally {
    button.disabled = false;
  }
}

function outcomeCell(item) {
  if (!item.outcome) return h('span', { class: 'badge muted' }, t('batches.item.waiting'));
  return [h('span', { class: `badge outcome-${item.outcome.toLowerCase()}` }, t(`batches.item.${item.outcome}`)),
    item.bankReference ? h('span', { class: 'sub codes' }, item.bankReference) : null];
}

export function render(main, { user, id, alive }) {
  const notice = pending && pending.batchId === id ? pending.text : null;
  pending = null;
  const heading = h('h1', { tabindex: '-1' }, t('batches.heading'));
  const actionsSlot = h('div', { class: 'page-actions' });
  const status = h('div', { class: 'notice-slot' });
  const facts = h('section', { class: 'card', 'aria-labelledby': 'batch-facts' });
  const reconcile = h('div');
  const items = h('section', { class: 'card flush', 'aria-labelledby': 'batch-items' });
  main.append(
    h('p', { class: 'back' }, h('a', { href: '#/payouts/batches' }, t('batches.back'))),
    h('div', { class: 'page-head' }, heading, actionsSlot),
    status, facts, reconcile, items);
  if (notice) fill(status, h('p', { class: 'notice', role: 'status' }, notice));

  function fail(error) {
    fill(status, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
  }

  async function load() {
    try {
      const batch = await api.get(`/payout-batches/${encodeURIComponent(id)}`);
      if (!alive()) return;
      draw(batch);
    } catch (error) {
      if (!alive()) return;
      heading.textContent = error.status === 404 ? t('batches.not_found') : t('batches.heading');
      fill(facts, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
      items.hidden = true;
    }
  }

  function draw(batch) {
    heading.textContent = `${t('batches.one', { date: dateTime(batch.createdAt) })} · ${batch.number}`;
    // The transfer file carries account numbers in full: the operator's, who sends it to the bank.
    const download = user.role !== 'OPERATOR' ? null : h('button', {
      type: 'button',
      class: 'button secondary',
      onclick: () => downloadFile(batch.id, download, fail),
    }, t('batches.download'));
    fill(actionsSlot, download);
    fill(facts,
      h('h2', { id: 'batch-facts' }, t('batches.facts')),
      h('dl', { class: 'facts' },
        h('dt', {}, t('batches.col.status')), h('dd', {}, batchBadge(batch.status)),
        h('dt', {}, t('numbers.batch')), h('dd', { class: 'codes record-number' }, batch.number),
        h('dt', {}, t('batches.col.id')), h('dd', { class: 'codes' }, batch.id),
        h('dt', {}, t('batches.col.count')), h('dd', {}, number(batch.count)),
        h('dt', {}, t('batches.col.total')), h('dd', {}, h('strong', {}, rupiah(batch.total))),
        h('dt', {}, t('batches.col.outcomes')), h('dd', { class: 'outcomes' }, outcomes(batch)),
        batch.reconciledAt ? [h('dt', {}, t('batches.reconciled_at')), h('dd', {}, dateTime(batch.reconciledAt))] : null));
    // Four eyes on the bank's answer: whoever made the batch (or one of its payouts) does not record it.
    const byOther = batch.createdBy === user.id ? h('p', { class: 'hint' }, t('batches.reconcile_by_other')) : null;
    fill(reconcile, user.role === 'OPERATOR' && batch.status === 'OPEN' ? byOther || reconcileForm({
      batchId: batch.id,
      onApplied: (after) => {
        if (!alive()) return;
        fill(status, h('p', { class: 'notice', role: 'status' },
          t('batches.reconciled', { paid: number(after.paid), failed: number(after.failed) })));
        draw(after);
      },
    }) : null);
    fill(items,
      h('h2', { id: 'batch-items', class: 'visually-hidden' }, t('batches.items')),
      tableWrap(dataTable({ className: 'batch-items', caption: t('batches.items'),
        columns: ['batches.item.who', 'payouts.col.account', col('payouts.col.amount', 'money'),
          'batches.item.reference', 'batches.item.outcome'],
        body: h('tbody', {}, batch.items.map((item) => h('tr', { 'data-payout-id': item.payoutId },
          h('th', { scope: 'row' }, item.heirName,
            h('span', { class: 'sub' }, item.entitlementId
              ? h('a', { href: `#/santunan/entitlements/${item.entitlementId}`, title: item.entitlementId }, item.workerName)
              : h('a', { href: `#/claims/${item.claimId}`, title: item.claimId }, item.workerName))),
          h('td', {}, h('span', { class: 'codes' }, item.bankCode, ' ', item.accountNumber), h('span', { class: 'sub' }, item.accountName)),
          h('td', { class: 'money' }, rupiah(item.amount)),
          h('td', {}, h('span', { class: 'codes' }, item.reference), h('span', { class: 'sub codes record-number', title: item.payoutId }, item.payoutNumber || shortId(item.payoutId))),
          h('td', {}, outcomeCell(item))))) })));
  }

  load();
}
