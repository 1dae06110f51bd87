// The BPJS side (#/bpjs): the differences between the city's invoices and BPJS's monthly bills
// still to decide (FIX keeps the city's figure, ACCEPT pays BPJS's with a reason,
// END_MEMBERSHIP ends the membership and pays nothing), the premiums BPJS owes back after a
// death until they are received, and what the city paid beyond a reconciled month (carried to
// the next month's amount to pay). AUDITOR reads; ADMIN and OPERATOR decide.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { rupiah, today } from '../format.js';
import { confirmDialog } from '../dialog.js';
import { problemMessage } from '../forms.js';
import { latestOnly, STALE } from '../latest.js';

const ACTIONS = ['FIX', 'ACCEPT', 'END_MEMBERSHIP'];
const DECIDERS = ['ADMIN', 'OPERATOR'];

function table(caption, headers, rows, empty) {
  return tableWrap(dataTable({ caption, columns: headers,
    body: h('tbody', {}, ...(rows.length ? rows : [h('tr', {}, h('td', { colspan: headers.length }, empty))])) }));
}

function about(item) {
  return h('dl', { class: 'facts compact' },
    h('dt', {}, t('bpjs.col.worker')), h('dd', {}, item.fullName || '—'),
    h('dt', {}, t('bpjs.col.period')), h('dd', {}, item.period),
    item.kind ? h('dt', {}, t('bpjs.col.kind')) : null, item.kind ? h('dd', {}, t(`bpjs.kind.${item.kind}`)) : null);
}

export function render(main, { user, alive }) {
  const status = h('div', { class: 'notice-slot' });
  const differences = h('section', { class: 'card flush', 'aria-labelledby': 'bpjs-differences' });
  const refunds = h('section', { class: 'card flush', 'aria-labelledby': 'bpjs-refunds' });
  const overpaid = h('section', { class: 'card flush', 'aria-labelledby': 'bpjs-overpayments' });
  const decides = DECIDERS.includes(user.role);

  function fail(error) {
    fill(status, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
  }

  function decide(item, action) {
    confirmDialog({
      title: t(`bpjs.action.${action}`),
      intro: t(`bpjs.confirm.${action}`),
      about: about(item),
      reason: { label: t('bpjs.field.reason'), hint: t('bpjs.hint.reason') },
      submitLabel: t(`bpjs.action.${action}`),
      submitClass: action === 'END_MEMBERSHIP' ? 'danger' : 'primary',
      send: (reason) => api.post(`/bpjs/differences/${encodeURIComponent(item.id)}/resolve`,
        reason ? { action, reason } : { action }),
      onDone: load,
    });
  }

  function received(item) {
    confirmDialog({
      title: t('bpjs.refund.received'),
      intro: t('bpjs.confirm.received', { amount: rupiah(item.amount) }),
      about: about(item),
      reason: { label: t('bpjs.field.reference'), hint: t('bpjs.hint.reference') },
      submitLabel: t('bpjs.refund.received'),
      send: (reference) => api.post(`/bpjs/refunds/${encodeURIComponent(item.id)}/received`,
        { receivedOn: today(), reference }),
      onDone: load,
    });
  }

  function carry(item) {
    confirmDialog({
      title: t('bpjs.overpayment.carry'),
      intro: t('bpjs.confirm.carry', { amount: rupiah(item.amount), period: item.period }),
      about: h('dl', { class: 'facts compact' },
        h('dt', {}, t('bpjs.col.source')), h('dd', {}, item.fundingSource),
        h('dt', {}, t('bpjs.col.period')), h('dd', {}, item.period)),
      submitLabel: t('bpjs.overpayment.carry'),
      send: () => api.post(`/bpjs/reconciliations/${encodeURIComponent(item.reconciliationId)}/carry-over`),
      onDone: load,
    });
  }

  /** A surplus still to record (from a reconciliation's sources) or one recorded and carried. */
  function overpaymentRow(o) {
    const button = o.pending && decides ? h('button', { type: 'button', class: 'button small primary', 'aria-haspopup': 'dialog',
      onclick: () => carry(o) }, t('bpjs.overpayment.carry')) : null;
    return h('tr', { 'data-overpayment': `${o.period}/${o.fundingSource}`, 'data-pending': String(o.pending) },
      h('td', {}, o.period), h('td', {}, o.fundingSource), h('td', { class: 'money' }, rupiah(o.amount)),
      h('td', {}, o.pending ? t('bpjs.overpayment.pending') : t('bpjs.overpayment.carried_to', { period: o.carriedTo })),
      h('td', { class: 'actions' }, button));
  }

  function pendingOf(reconciliations) {
    return reconciliations.flatMap((r) => (r.sources || []).filter((s) => s.overpaidPending > 0).map((s) => ({
      reconciliationId: r.id, period: r.period, fundingSource: s.fundingSource, amount: s.overpaidPending, pending: true,
    })));
  }

  function differenceRow(d) {
    const buttons = decides ? ACTIONS.map((action) => h('button', {
      type: 'button', class: 'button small secondary', 'aria-haspopup': 'dialog', onclick: () => decide(d, action),
    }, t(`bpjs.action.${action}`))) : [];
    return h('tr', { 'data-difference-id': d.id },
      h('td', {}, d.period), h('td', {}, t(`bpjs.kind.${d.kind}`), d.detail ? h('span', { class: 'sub' }, d.detail) : null),
      h('th', { scope: 'row' }, d.fullName || '—'), h('td', { class: 'money' }, rupiah(d.cityAmount)),
      h('td', { class: 'money' }, rupiah(d.bpjsAmount)), h('td', { class: 'actions' }, ...buttons));
  }

  function refundRow(r) {
    const button = decides ? h('button', { type: 'button', class: 'button small primary', 'aria-haspopup': 'dialog', onclick: () => received(r) },
      t('bpjs.refund.received')) : null;
    return h('tr', { 'data-refund-id': r.id },
      h('th', { scope: 'row' }, r.fullName), h('td', {}, r.period), h('td', {}, r.fundingSource),
      h('td', { class: 'money' }, rupiah(r.amount)), h('td', { class: 'actions' }, button));
  }

  // Read again after every decision: deciding the next one before that answered must not bring
  // back the lists as they were before it.
  const latest = latestOnly();
  async function load() {
    try {
      const answers = await latest(Promise.all([api.get('/bpjs/differences?status=OPEN&limit=200'),
        api.get('/bpjs/refunds?status=DUE&limit=200'), api.get('/bpjs/reconciliations'), api.get('/bpjs/overpayments')]));
      if (!alive() || answers === STALE) return;
      const [open, due, months, carried] = answers;
      const overpayments = [...pendingOf(months.items), ...carried.items.map((o) => ({ ...o, pending: false }))];
      fill(overpaid, h('h2', { id: 'bpjs-overpayments' }, t('bpjs.overpayments.title')),
        h('p', { class: 'hint' }, t('bpjs.overpayments.hint')),
        table(t('bpjs.overpayments.title'), ['bpjs.col.period', 'bpjs.col.source', 'bpjs.col.amount',
          'bpjs.col.carried', 'bpjs.col.actions'], overpayments.map(overpaymentRow), t('bpjs.overpayments.empty')));
      fill(differences, h('h2', { id: 'bpjs-differences' }, t('bpjs.differences.title')),
        table(t('bpjs.differences.title'), ['bpjs.col.period', 'bpjs.col.kind', 'bpjs.col.worker', 'bpjs.col.city',
          'bpjs.col.bpjs', 'bpjs.col.actions'], open.items.map(differenceRow), t('bpjs.differences.empty')));
      fill(refunds, h('h2', { id: 'bpjs-refunds' }, t('bpjs.refunds.title')),
        table(t('bpjs.refunds.title'), ['bpjs.col.worker', 'bpjs.col.period', 'bpjs.col.source', 'bpjs.col.amount',
          'bpjs.col.actions'], due.items.map(refundRow), t('bpjs.refunds.empty')));
    } catch (error) {
      fail(error);
    }
  }

  main.append(h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('nav.bpjs'))),
    h('p', { class: 'lead' }, t('bpjs.lead')), status, differences, refunds, overpaid);
  load();
}
