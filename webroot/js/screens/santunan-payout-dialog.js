// Making a payout of a city santunan entitlement (POST /santunan-entitlements/{id}/payouts;
// OPERATOR, the maker). For a death the beneficiary is one of the worker's registered heirs, shown
// with their priority class; for a work accident it is the worker (no heir to choose). The server
// refuses an heir below the highest class registered, an amount above what is left of the
// entitlement or of the programme's budget, and an account number that is not of the bank's
// length, each under its field. No payout is ever made from a claim: BPJS pays those benefits.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { actions, openDialog, submitDialog } from '../dialog.js';
import { has, t } from '../i18n.js';
import { parseRupiah, rupiah } from '../format.js';
import { field, formAlert, problemMessage } from '../forms.js';
import { options } from '../reference.js';

/** The roles that make payouts (x-roles of POST /santunan-entitlements/{id}/payouts). */
export const MAKERS = ['OPERATOR'];

/** The banks the API accepts (GET /banks: code, name, accountNumberLength, maxTransfer), fetched once. */
let banks = null;
function bankList() {
  banks = banks || api.get('/banks').then((page) => page.items).catch((error) => {
    banks = null;
    throw error;
  });
  return banks;
}

/** A problem without a field that belongs under one (every rupiah is in a payout already). */
const CODE_FIELDS = { entitlement_exhausted: 'amount' };

export function relationshipName(code) {
  return has(`heirs.rel.${code}`) ? t(`heirs.rel.${code}`) : code;
}

function heirLabel(heir) {
  return `${heir.fullName} — ${relationshipName(heir.relationship)} · ${t('heirs.priority', { n: heir.priorityClass })}`;
}

/** entitlement: as GET /santunan-entitlements/{id} answers it; onCreated(payout) after a 201. */
export async function openCreatePayout({ entitlement, onCreated }) {
  const remaining = Number(entitlement.remaining);
  const toWorker = entitlement.beneficiary === 'WORKER';
  const once = api.intent();
  const heir = h('select', {}, options(t('workers.choose'), []));
  const bank = h('select', {}, options(t('workers.choose'), []));
  let known = [];
  const account = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', maxlength: 40 });
  const holder = h('input', { type: 'text', autocomplete: 'off', maxlength: 100 });
  const amount = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off' });
  const accountField = field({ name: 'accountNumber', label: t('payouts.field.accountNumber'), control: account,
    hint: t('payouts.hint.accountNumber') });
  const heirNote = h('p', { class: 'muted', role: 'status' }, t('payouts.create.loading'));
  // What an empty amount pays: all that is left, or, when that is more than one transfer may
  // carry (the chosen bank's maxTransfer, before a choice the smallest of any), that limit.
  const amountHint = () => {
    const chosen = known.find((one) => one.code === bank.value);
    const limit = chosen ? chosen.maxTransfer : Math.min(...known.map((one) => one.maxTransfer));
    return remaining > limit ? t('payouts.hint.amount_capped', { limit: rupiah(limit) })
      : t('payouts.hint.amount', { remaining: rupiah(remaining) });
  };
  const amountField = field({ name: 'amount', label: t('payouts.field.amount'), control: amount, hint: amountHint() });
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', { class: 'remaining' }, t('payouts.create.remaining', { remaining: rupiah(remaining), total: rupiah(entitlement.amount) })),
    toWorker ? h('p', { class: 'beneficiary' }, t('santunan.payout.to_worker', { name: entitlement.workerName })) : heirNote,
    toWorker ? null : field({ name: 'heirId', label: t('payouts.field.heir'), control: heir, hint: t('payouts.hint.heir') }),
    field({ name: 'bankCode', label: t('payouts.col.bank'), control: bank }),
    accountField,
    field({ name: 'accountName', label: t('payouts.field.accountName'), control: holder, hint: t('payouts.hint.accountName') }),
    amountField,
    formAlert(),
    actions(t('payouts.create.submit'), () => opened.dialog));
  const submit = form.querySelector('button[type=submit]');

  // The account number's length and the most one transfer may carry depend on the bank.
  bank.addEventListener('change', () => {
    const chosen = known.find((one) => one.code === bank.value);
    accountField.querySelector('.hint').textContent = chosen
      ? t('payouts.hint.accountNumber_bank', { bank: chosen.name, digits: chosen.accountNumberLength })
      : t('payouts.hint.accountNumber');
    amountField.querySelector('.hint').textContent = amountHint();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      heirId: toWorker ? undefined : heir.value || undefined,
      bankCode: bank.value || undefined,
      accountNumber: account.value.trim() || undefined,
      accountName: holder.value.trim() || undefined,
      amount: parseRupiah(amount.value),
    };
    await submitDialog({ form, dialog: opened.dialog, done: onCreated, codeFields: CODE_FIELDS,
      send: () => once((key) => api.postOnce(`/santunan-entitlements/${encodeURIComponent(entitlement.id)}/payouts`, body, key)) });
  });
  opened = openDialog(t('payouts.create.title'), form);
  opened.dialog.classList.add('wide');
  submit.disabled = true;
  (toWorker ? bank : heir).focus();
  try {
    const [page, bankItems] = await Promise.all([
      toWorker ? { items: [] } : api.get(`/workers/${encodeURIComponent(entitlement.workerId)}/heirs`), bankList()]);
    const heirs = page.items;
    if (!opened.dialog.open) return;
    known = bankItems;
    bank.append(...options(null, known.map((one) => [one.code, `${one.code} – ${one.name}`])));
    amountField.querySelector('.hint').textContent = amountHint();
    // The first heir of the highest class registered is the one the server will accept.
    const first = heirs.reduce((best, one) => (!best || one.priorityClass < best.priorityClass ? one : best), null);
    heir.append(...options(null, heirs.map((one) => [one.id, heirLabel(one)]), first?.id));
    if (toWorker || heirs.length) {
      heirNote.remove();
      submit.disabled = false;
    } else {
      fill(heirNote, t('payouts.create.no_heirs'), ' ',
        h('a', { href: `#/workers/${entitlement.workerId}`, onclick: () => opened.dialog.close() }, t('payouts.create.to_worker')));
    }
  } catch (error) {
    fill(heirNote, problemMessage(error));
    heirNote.className = 'form-error';
    heirNote.setAttribute('role', 'alert');
  }
}
