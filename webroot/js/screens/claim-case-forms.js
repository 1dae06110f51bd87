// The forms that move a case on: the accident report (JKK, 2 × 24 hours), the hand-over of
// the complete file to a BPJS branch, BPJS's answer (paid, partly paid, refused) and closing a
// flagged case's follow-up. Each
// shows the server's refusal under the field it names; nothing changes on a refusal.
import * as api from '../api.js';
import { h } from '../dom.js';
import { language, t } from '../i18n.js';
import { parseRupiah, today } from '../format.js';
import { busy, field, formAlert, showProblem } from '../forms.js';
import { options } from '../reference.js';
import { dateInput, dateValue } from '../date-input.js';

function form(label, children, submitLabel, send, done, alive) {
  const element = h('form', { class: 'case-form', novalidate: true, 'aria-label': label },
    h('h4', {}, label), ...children,
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'button primary' }, submitLabel)),
    formAlert());
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    await busy(element, async () => {
      try {
        await send();
        if (alive()) done();
      } catch (error) {
        if (alive()) showProblem(element, error, { claim_not_complete: 'handedOverOn' });
      }
    });
  });
  return element;
}

const path = (claim, what) => `/claims/${encodeURIComponent(claim.id)}/${what}`;

export function handOverForm(claim, done, alive) {
  const on = dateInput({ value: today(), max: today() });
  const branch = h('input', { type: 'text', maxlength: 100, value: 'Malang' });
  const number = h('input', { type: 'text', maxlength: 100 });
  return form(t('cases.handover_form'), [
    field({ name: 'handedOverOn', label: t('cases.handed_over_on'), control: on, hint: t('cases.handed_over_hint') }),
    field({ name: 'bpjsBranch', label: t('cases.branch'), control: branch }),
    field({ name: 'bpjsCaseNumber', label: t('cases.case_number'), control: number }),
  ], t('cases.hand_over'), () => api.post(path(claim, 'handover'),
    { handedOverOn: dateValue(on) ?? '', bpjsBranch: branch.value, bpjsCaseNumber: number.value }), done, alive);
}

/** "8.05", "08:05" or "0805" → "08:05"; anything else as typed (the server then refuses it under the field). */
function time24(text) {
  const match = /^(\d{1,2})[.:]?(\d{2})$/.exec(text.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return text.trim();
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

export function accidentForm(claim, done, alive) {
  // A day (DD/MM/YYYY) and a 24-hour time, never the browser's locale-dependent date-time picker.
  const day = dateInput({ max: today() });
  const at = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', maxlength: 5, placeholder: t('time.placeholder') });
  return form(t('cases.accident_form'), [
    field({ name: 'reportedAt', label: t('cases.reported_at'), control: day, hint: t('cases.reported_hint') }),
    field({ name: 'reportedTime', label: t('cases.reported_time'), control: at, hint: t('time.hint') }),
  ], t('cases.record'), () => {
    const when = dateValue(day);
    // The office works in WIB (UTC+7), whatever the browser's zone.
    return api.post(path(claim, 'accident-report'),
      { reportedAt: when && at.value.trim() ? `${when}T${time24(at.value)}:00+07:00` : '' });
  }, done, alive);
}

export function answerForm(claim, done, alive) {
  const outcome = h('select', {}, options(null, ['PAID', 'PARTLY_PAID', 'REFUSED'].map((o) => [o, t(`cases.outcome.${o}`)]), 'PAID'));
  const on = dateInput({ value: today(), max: today() });
  const amount = h('input', { type: 'text', inputmode: 'numeric' });
  const heir = h('select', {}, options(t('cases.payee_other'), []));
  const name = h('input', { type: 'text', maxlength: 200 });
  const reason = h('textarea', { rows: 2, maxlength: 1000 });
  const reference = h('input', { type: 'text', maxlength: 100 });
  const cash = (claim.entitlement.lines || []).filter((line) => !line.flagged);
  const lineInputs = cash.map((line) => [line.code, h('input', { type: 'text', inputmode: 'numeric', 'data-line-input': line.code })]);
  api.get(`/workers/${encodeURIComponent(claim.workerId)}/heirs`).then((list) => {
    if (!alive()) return;
    (list.items || list).forEach((one) => heir.append(h('option', { value: one.id },
      `${one.fullName} (${t(`heirs.rel.${one.relationship}`)})`)));
  }, () => {});
  const send = api.intent();
  return form(t('cases.answer_form'), [
    field({ name: 'outcome', label: t('cases.outcome_label'), control: outcome }),
    field({ name: 'answeredOn', label: t('cases.answered_on'), control: on }),
    field({ name: 'amount', label: t('cases.amount'), control: amount, hint: t('cases.amount_hint') }),
    field({ name: 'paidToHeirId', label: t('cases.paid_to'), control: heir }),
    field({ name: 'paidToName', label: t('cases.paid_to_name'), control: name, hint: t('cases.paid_to_name_hint') }),
    h('fieldset', { class: 'lines', 'data-field': 'lines' }, h('legend', {}, t('cases.per_line')),
      lineInputs.map(([code, input], i) => field({
        name: `lines[${i}].amount`,
        label: language() === 'en' && cash[i].labelEn ? cash[i].labelEn : cash[i].label,
        control: input,
      })),
      h('p', { class: 'field-error', hidden: true })),
    field({ name: 'reason', label: t('cases.reason'), control: reason, hint: t('cases.reason_hint') }),
    field({ name: 'reference', label: t('cases.reference'), control: reference }),
  ], t('cases.record'), () => {
    const body = { outcome: outcome.value, answeredOn: dateValue(on) ?? '' };
    if (amount.value.trim() !== '') body.amount = parseRupiah(amount.value);
    if (heir.value) body.paidToHeirId = heir.value;
    else if (name.value.trim() !== '') body.paidToName = name.value;
    if (reason.value.trim() !== '') body.reason = reason.value;
    if (reference.value.trim() !== '') body.reference = reference.value;
    const lines = lineInputs.filter(([, input]) => input.value.trim() !== '')
      .map(([code, input]) => ({ code, amount: parseRupiah(input.value) }));
    if (lines.length) body.lines = lines;
    return send((key) => api.postOnce(path(claim, 'bpjs-answer'), body, key));
  }, done, alive);
}

/** Closes a flagged case's open follow-up: what came of it and why (audited). */
export function followUpForm(claim, done, alive) {
  const flags = claim.followUp || [];
  const outcomes = flags.includes('SHORTFALL') ? ['DIFFERENCE_PAID', 'ACCEPTED'] : ['ACCEPTED'];
  const outcome = h('select', {}, options(null, outcomes.map((o) => [o, t(`cases.resolution.${o}`)]), outcomes[0]));
  const reason = h('textarea', { rows: 2, maxlength: 1000 });
  const send = api.intent();
  return form(t('cases.resolve_form'), [
    field({ name: 'outcome', label: t('cases.resolution.outcome'), control: outcome }),
    field({ name: 'reason', label: t('cases.resolution.reason'), control: reason, hint: t('cases.resolution.reason_hint') }),
  ], t('cases.resolve'), () => send((key) => api.postOnce(path(claim, 'follow-up/resolve'),
    { outcome: outcome.value, reason: reason.value }, key)), done, alive);
}
