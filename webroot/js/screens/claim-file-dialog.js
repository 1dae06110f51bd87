// Filing a claim for a worker (POST /claims) from the worker's page. Eligibility, entitlement
// and required documents are the server's to compute from the membership in force on the
// incident date, so the dialog asks only what happened (for incapacity and disability, the
// days and the findings); the claim's page shows the rest.
import * as api from '../api.js';
import { h } from '../dom.js';
import { actions, openDialog, submitDialog } from '../dialog.js';
import { t } from '../i18n.js';
import { parseRupiah, today } from '../format.js';
import { checkbox, field, formAlert } from '../forms.js';
import { options } from '../reference.js';
import { dateInput, dateValue } from '../date-input.js';

/** The roles that file claims (x-roles of POST /claims; a field officer in their kelurahan). */
export const FILERS = ['ADMIN', 'OPERATOR', 'FIELD_OFFICER'];
/** OpenAPI ClaimType. */
const TYPES = ['JKM_DEATH', 'JKK_DEATH', 'JKK_MEDICAL', 'JKK_INCAPACITY', 'JKK_DISABILITY'];

/**
 * The facts of an incapacity (STMB: first and last day) or disability claim (total, or one
 * finding of the regulation's table with the share of function lost); the declared income is
 * the membership's. body() gives the fields to send for the chosen type.
 */
function accidentFacts() {
  const from = dateInput({ max: today() });
  const until = dateInput({ max: today() });
  const incapacity = h('fieldset', { class: 'field-group', 'data-facts': 'JKK_INCAPACITY' },
    h('legend', {}, t('claims.file.incapacity')),
    field({ name: 'unableToWorkFrom', label: t('claims.file.unable_from'), control: from }),
    field({ name: 'unableToWorkUntil', label: t('claims.file.unable_until'), control: until,
      hint: t('claims.file.unable_until_hint') }));
  const total = checkbox({ name: 'totalDisability', label: t('claims.file.total_disability') });
  const row = h('select', {}, options(t('claims.file.finding_none'), []));
  const lost = h('input', { type: 'number', min: 1, max: 100, step: 1 });
  api.get('/disability-table').then((table) => table.items.forEach((r) => row.append(h('option', { value: r.code },
    `${r.label} (${r.basisPoints / 100} %)${r.confirmed ? '' : ` — ${t('claims.file.unconfirmed')}`}`))), () => {});
  const disability = h('fieldset', { class: 'field-group', 'data-facts': 'JKK_DISABILITY' },
    h('legend', {}, t('claims.file.disability')),
    total,
    h('div', { 'data-field': 'disabilities' },
      field({ name: 'disabilities[0].tableCode', label: t('claims.file.finding'), control: row,
        hint: t('claims.file.finding_hint') }),
      field({ name: 'disabilities[0].functionLostPercent', label: t('claims.file.function_lost'), control: lost,
        hint: t('claims.file.function_lost_hint') }),
      h('p', { class: 'field-error', hidden: true })));
  return {
    elements: [incapacity, disability],
    shape(type) {
      incapacity.hidden = type !== 'JKK_INCAPACITY';
      disability.hidden = type !== 'JKK_DISABILITY';
    },
    body(type) {
      if (type === 'JKK_INCAPACITY') {
        return { unableToWorkFrom: dateValue(from), unableToWorkUntil: dateValue(until) };
      }
      if (type !== 'JKK_DISABILITY') return {};
      const isTotal = total.querySelector('input').checked;
      const finding = row.value ? [{ tableCode: row.value,
        functionLostPercent: lost.value === '' ? undefined : Number(lost.value) }] : undefined;
      return { totalDisability: isTotal || undefined, disabilities: finding };
    },
  };
}

/** Opens the dialog; onFiled(claim) after a 201. */
export function openFileClaim({ workerId, onFiled }) {
  const once = api.intent();
  const type = h('select', {}, options(t('workers.choose'), TYPES.map((code) => [code, t(`claims.type.${code}`)])));
  const incident = dateInput({ max: today() });
  const description = h('textarea', { rows: 3, maxlength: 4000 });
  const costs = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off' });
  const costsField = field({ name: 'medicalCosts', label: t('claims.file.medicalCosts'), control: costs, hint: t('claims.file.medicalCosts_hint') });
  const traffic = checkbox({ name: 'trafficAccident', label: t('claims.file.traffic') });
  const facts = accidentFacts();
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', { class: 'hint' }, t('claims.file.intro')),
    field({ name: 'type', label: t('claims.col.type'), control: type }),
    field({ name: 'incidentDate', label: t('claims.col.incident'), control: incident, hint: t('claims.file.incident_hint') }),
    field({ name: 'description', label: t('claims.description'), control: description, hint: t('claims.file.description_hint') }),
    costsField,
    ...facts.elements,
    traffic,
    formAlert(),
    actions(t('claims.file.submit'), () => opened.dialog));

  // Medical costs belong to JKK_MEDICAL only; a road accident matters for the JKK types.
  function shape() {
    costsField.hidden = type.value !== 'JKK_MEDICAL';
    traffic.hidden = !type.value.startsWith('JKK');
    facts.shape(type.value);
  }
  type.addEventListener('change', shape);
  shape();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      workerId,
      type: type.value || undefined,
      incidentDate: dateValue(incident),
      description: description.value.trim() || undefined,
      medicalCosts: costsField.hidden ? undefined : parseRupiah(costs.value),
      trafficAccident: traffic.hidden ? undefined : traffic.querySelector('input').checked,
      ...facts.body(type.value),
    };
    await submitDialog({ form, dialog: opened.dialog, done: onFiled,
      send: () => once((key) => api.postOnce('/claims', body, key)) });
  });
  opened = openDialog(t('claims.file.title'), form);
  type.focus();
}
