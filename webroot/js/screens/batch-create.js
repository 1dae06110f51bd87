// A new batch for the bank: the approved payouts not yet in a batch, shown by name and amount
// before anything is sent. Exactly the payouts shown go into the batch (named in payoutIds), so
// one approved in the meantime waits for the next batch instead of slipping in. A transfer the
// bank refused (FAILED) is tried again from the payouts list ("Try again"), through a new
// approval, and then waits here like any approved payout.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { number, rupiah } from '../format.js';
import { actions, focusCancel, openDialog } from '../dialog.js';
import { busy, formAlert, problemMessage, showProblem } from '../forms.js';
import { flash } from './batch-detail.js';

/** The API's largest page: a batch is made of at most this many payouts at once. */
const MOST = 500;

function waitingTable(payouts) {
  const wrap = tableWrap(dataTable({ className: 'compact', caption: h('caption', {}, t('batches.create_caption')),
    columns: ['payouts.col.heir', 'claims.col.worker', col('payouts.col.amount', 'money')],
    body: h('tbody', {}, payouts.map((p) => h('tr', { 'data-payout-id': p.id },
      h('th', { scope: 'row' }, p.heirName), h('td', {}, p.workerName), h('td', { class: 'money' }, rupiah(p.amount))))) }));
  wrap.classList.add('dialog-list');
  return wrap;
}

export async function openCreateBatch() {
  const once = api.intent();
  const body = h('div', { class: 'stack' }, h('p', { class: 'muted', role: 'status' }, t('batches.create_loading')));
  const form = h('form', { class: 'stack', novalidate: true }, body, formAlert(), actions(t('batches.create_submit'), () => opened.dialog));
  const opened = openDialog(t('batches.create_title'), form);
  opened.dialog.classList.add('wide');
  const submit = form.querySelector('button[type=submit]');
  submit.disabled = true;
  let waiting = [];
  try {
    const page = await api.get(`/payouts?status=APPROVED&limit=${MOST}`);
    waiting = page.items.filter((p) => !p.batchId);
    const total = waiting.reduce((sum, p) => sum + BigInt(p.amount), 0n);
    fill(body, [
      waiting.length
        ? [h('p', {}, t('batches.create_intro', { count: number(waiting.length), total: rupiah(total) })),
          page.nextCursor ? h('p', { class: 'hint' }, t('batches.create_more', { most: number(MOST) })) : null,
          waitingTable(waiting)]
        : h('p', { role: 'status' }, t('batches.create_none'))]);
    submit.disabled = waiting.length === 0;
    // Cancel keeps the focus: sending money to the bank takes a deliberate click or Tab.
    focusCancel(form);
  } catch (error) {
    fill(body, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const payoutIds = waiting.map((p) => p.id);
    if (!payoutIds.length) return;
    await busy(form, async () => {
      try {
        const batch = await once((key) => api.postOnce('/payout-batches', { payoutIds }, key));
        opened.dialog.close();
        flash(batch.id, t('batches.created', { count: number(batch.count), total: rupiah(batch.total) }));
        location.hash = `#/payouts/batches/${batch.id}`;
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
}
