// Payouts, one status at a time; the first tab is the approver's inbox. An APPROVER approves
// or rejects another person's payout after a confirmation; the maker (createdBy) of a payout
// sees it without those buttons — the server refuses a self-approval anyway, and if it ever
// does, its 403 is shown in the dialog. #/payouts/batches are the bank transfer batches
// (batches.js), #/payouts/batches/<id> one batch (batch-detail.js).
import * as api from '../api.js';
import { h } from '../dom.js';
import { dataTable, col, actionsCol, tableWrap } from '../table.js';
import { has, t } from '../i18n.js';
import { dateTime, rupiah, shortId } from '../format.js';
import { confirmDialog } from '../dialog.js';
import { problemMessage } from '../forms.js';
import { listQuery, tablePager } from '../pager.js';
import { statusTabs } from '../tabs.js';
import { numberSearch } from '../number-search.js';
import { payoutViews } from './payout-views.js';
import * as batches from './batches.js';
import * as batchDetail from './batch-detail.js';

const PAGE_SIZE = 20;
const COLUMNS = 6;
export const STATUSES = ['PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'PAID', 'FAILED', 'CANCELLED'];

let shownStatus = STATUSES[0];

function relationship(code) {
  if (code === 'WORKER') return t('santunan.beneficiary.WORKER');
  return has(`heirs.rel.${code}`) ? t(`heirs.rel.${code}`) : code;
}

/** The roles that may see an account number in full (the server's RevealPolicy: purpose PAYOUT). */
const ACCOUNT_REVEALERS = ['OPERATOR', 'APPROVER'];

/**
 * The account number as the API gives it (the last four digits), and for a role that pays a
 * button that asks for it in full for the purpose PAYOUT (the server records the reveal).
 */
function account(payout, role) {
  const number = h('span', { class: 'codes account-number', tabindex: '-1' }, payout.accountNumber);
  if (!ACCOUNT_REVEALERS.includes(role)) return [number, ' · ', payout.accountName];
  const said = h('span', { class: 'sub', role: 'status' });
  const button = h('button', {
    type: 'button',
    class: 'button small secondary',
    'aria-label': t('payouts.reveal_account_named', { name: payout.heirName }),
    onclick: async () => {
      button.disabled = true;
      try {
        const answer = await api.post(`/payouts/${encodeURIComponent(payout.id)}/reveal`, { purpose: 'PAYOUT' });
        number.textContent = answer.accountNumber;
        number.focus(); // the button goes: the focus stays in the dialog, on what it showed
        button.remove();
        said.textContent = t('privacy.reveal.shown_for', { purpose: t('privacy.purpose.PAYOUT') });
      } catch (error) {
        button.disabled = false;
        said.textContent = problemMessage(error);
      }
    },
  }, t('privacy.reveal.button'));
  return [number, ' ', button, ' · ', payout.accountName, said];
}

/** The payout in words, for the confirmation. */
function summary(payout, role) {
  return h('dl', { class: 'facts compact' },
    h('dt', {}, t('numbers.payout')), h('dd', { class: 'codes record-number' }, payout.number),
    h('dt', {}, t('payouts.col.amount')), h('dd', {}, h('strong', {}, rupiah(payout.amount))),
    h('dt', {}, t('payouts.col.heir')), h('dd', {}, `${payout.heirName} (${relationship(payout.heirRelationship)})`),
    h('dt', {}, t('payouts.col.bank')), h('dd', {}, payout.bankName),
    h('dt', {}, t('payouts.col.account')), h('dd', {}, account(payout, role)),
    h('dt', {}, t('payouts.col.claim')), h('dd', {}, payout.workerName, ' · ',
      h('span', { class: 'codes' }, payout.entitlementId || payout.claimId)));
}

/** What the payout pays: a santunan entitlement (its programme page), or, history only, a claim. */
function sourceLink(payout) {
  return payout.entitlementId
    ? h('a', { href: `#/santunan/entitlements/${payout.entitlementId}`, title: payout.entitlementId }, payout.workerName)
    : h('a', { href: `#/claims/${payout.claimId}`, title: payout.claimId }, payout.workerName);
}

/** The roles that may give up a failed transfer (the API's x-roles for cancel). */
const CANCELLERS = ['OPERATOR', 'APPROVER'];
/** The role that may send a failed transfer back for approval (the API's x-roles for retry). */
const RETRIERS = ['OPERATOR'];

/**
 * Approve, retry, reject or cancel (the last two with a reason) after a confirmation;
 * onDone(payout) after success.
 */
function confirm(payout, decision, role, onDone) {
  const approving = decision === 'approve' || decision === 'retry';
  confirmDialog({
    title: t(`payouts.confirm.${decision}_title`),
    intro: t(`payouts.confirm.${decision}_intro`),
    about: summary(payout, role),
    reason: approving ? null : { label: t(`payouts.field.${decision}_reason`), hint: t('payouts.hint.reason') },
    submitLabel: t(`payouts.${decision}`),
    submitClass: approving ? 'primary' : 'danger',
    send: (reason) => api.post(`/payouts/${encodeURIComponent(payout.id)}/${decision}`, reason === undefined ? undefined : { reason }),
    onDone,
  });
}

export function render(main, context) {
  const [, view, id] = location.hash.replace(/^#\/?/, '').split('?')[0].split('/');
  if (view === 'batches' && id) {
    batchDetail.render(main, { ...context, id });
  } else if (view === 'batches') {
    batches.render(main, context);
  } else {
    inbox(main, context);
  }
}

function inbox(main, { user: me, alive }) {
  const status = h('p', { class: 'notice', role: 'status', hidden: true });
  const body = h('tbody');
  const caption = h('caption', { class: 'visually-hidden' });
  let searched = null;
  const table = dataTable({ className: 'payout-table', caption,
    columns: ['payouts.col.heir', 'payouts.col.claim', 'payouts.col.account', col('payouts.col.amount', 'money'),
      'payouts.col.created', actionsCol()],
    body });
  const pager = tablePager({
    body,
    columns: COLUMNS,
    load: (cursor) => api.get(`/payouts${listQuery(PAGE_SIZE, cursor, searched ? { number: searched } : { status: shownStatus })}`),
    row,
    empty: () => (searched ? t('numbers.none', { number: searched }) : t(`payouts.empty.${shownStatus}`)),
    alive,
  });

  function announce(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  function decided(key) {
    return (payout) => {
      announce(t(key, { amount: rupiah(payout.amount), name: payout.heirName }));
      pager.reload();
    };
  }

  /** The button of one decision on the payout (payouts.<action>, its _named label); doneKey announces it. */
  function decisionButton(payout, action, className, doneKey) {
    return h('button', {
      type: 'button',
      class: `button small ${className}`,
      'aria-haspopup': 'dialog',
      'aria-label': t(`payouts.${action}_named`, { amount: rupiah(payout.amount), name: payout.heirName }),
      onclick: () => confirm(payout, action, me.role, decided(doneKey)),
    }, t(`payouts.${action}`));
  }

  function decisionCell(payout) {
    if (payout.status === 'FAILED' && CANCELLERS.includes(me.role)) {
      // The bank refused the transfer: send it back for a new approval (then it goes into the
      // next batch), or give it up, which frees its share of the entitlement for a new payout.
      return [
        RETRIERS.includes(me.role) ? [decisionButton(payout, 'retry', 'primary', 'payouts.retried'), ' '] : null,
        decisionButton(payout, 'cancel', 'secondary', 'payouts.cancelled')];
    }
    if (payout.status !== 'PENDING_APPROVAL') {
      return payout.decisionReason ? h('span', { class: 'hint' }, payout.decisionReason) : null;
    }
    if (payout.createdBy === me.id) return h('span', { class: 'badge muted' }, t('payouts.awaiting_other'));
    if (me.role !== 'APPROVER') return null;
    return [
      decisionButton(payout, 'approve', 'primary', 'payouts.approved'),
      ' ',
      decisionButton(payout, 'reject', 'secondary', 'payouts.rejected'),
    ];
  }


  function row(payout) {
    return h('tr', { 'data-payout-id': payout.id },
      h('th', { scope: 'row' }, payout.heirName,
        h('span', { class: 'sub' }, relationship(payout.heirRelationship),
          payout.heirPriorityClass ? [' · ', t('heirs.priority', { n: payout.heirPriorityClass })] : null),
        h('span', { class: 'sub codes record-number', title: payout.id }, payout.number)),
      h('td', {}, sourceLink(payout), h('span', { class: 'sub codes short-id' }, shortId(payout.entitlementId || payout.claimId))),
      h('td', {}, payout.bankName, h('span', { class: 'sub codes' }, payout.accountNumber), h('span', { class: 'sub' }, payout.accountName)),
      h('td', { class: 'money' }, rupiah(payout.amount)),
      h('td', {}, dateTime(payout.createdAt),
        payout.createdBy === me.id ? h('span', { class: 'sub' }, t('payouts.made_by_you')) : null),
      h('td', { class: 'actions' }, decisionCell(payout)));
  }

  const tabs = statusTabs({
    codes: STATUSES,
    current: shownStatus,
    label: (code) => t(`payouts.status.${code}`),
    groupLabel: t('payouts.tabs'),
    onChange: (code) => {
      shownStatus = code;
      searched = null;
      announce('');
      caption.textContent = t('payouts.caption', { status: t(`payouts.status.${code}`) });
      pager.first();
    },
  });
  caption.textContent = t('payouts.caption', { status: t(`payouts.status.${shownStatus}`) });
  main.append(
    h('h1', { tabindex: '-1' }, t('nav.payouts')),
    payoutViews('payouts'),
    h('p', { class: 'lead' }, t(me.role === 'APPROVER' ? 'payouts.lead_approver' : 'payouts.lead')),
    status,
    h('section', { class: 'card flush' },
      numberSearch({ kind: 'payout', prefix: 'BYR', onSearch: (number) => {
        searched = number;
        caption.textContent = number ? t('numbers.caption', { number })
          : t('payouts.caption', { status: t(`payouts.status.${shownStatus}`) });
        announce('');
        pager.first();
      } }),
      tabs,
      tableWrap(table),
      pager.element));
  pager.first();
}
