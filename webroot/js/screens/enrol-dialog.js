// Enrolling a worker (POST /workers/{id}/memberships), ending a membership
// (POST /memberships/{id}/end) and moving it to another sector (PUT /memberships/{id}/sector,
// If-Match: the sector prices it under PP 50/2025). The premium is never computed here: the server prices it from
// the tariff in force and the detail page shows what it answered. Refusals land under their
// field (income out of range, a budget that cannot carry the premiums, a start too far ahead).
import * as api from '../api.js';
import { h } from '../dom.js';
import { actions, openDialog, submitDialog } from '../dialog.js';
import { language, t } from '../i18n.js';
import { parseRupiah, rupiah, today } from '../format.js';
import { checkbox, field, formAlert, showProblem } from '../forms.js';
import { fundingSources, options } from '../reference.js';
import { dateInput, dateValue } from '../date-input.js';

/** The roles that enrol and end memberships (x-roles of both POSTs). */
export const ENROLLERS = ['ADMIN', 'OPERATOR'];
const LOWEST_INCOME = 1_000_000;
const HIGHEST_INCOME = 20_700_000;
/** The sectors of the Sector schema; OTHER is the default. */
export const SECTORS = ['OTHER', 'TRANSPORT'];

function sectorSelect(current) {
  return h('select', {}, options(null, SECTORS.map((code) => [code, t(`sector.${code}`)]), current));
}

/** Opens the enrol dialog; onSaved(membership) after a 201. */
export async function openEnrol({ worker, onSaved }) {
  const source = h('select', {}, options(t('workers.choose'), []));
  const declared = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', value: '1.000.000' });
  const start = h('input', { type: 'month', value: today().slice(0, 7) });
  const jht = checkbox({ name: 'programs', label: t('enrol.jht') });
  const sector = sectorSelect('OTHER');
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', { class: 'hint' }, t('enrol.intro')),
    field({ name: 'fundingSource', label: t('enrol.field.fundingSource'), control: source }),
    field({ name: 'declaredIncome', label: t('enrol.field.declaredIncome'), control: declared,
      hint: t('enrol.hint.declaredIncome', { low: rupiah(LOWEST_INCOME), high: rupiah(HIGHEST_INCOME) }) }),
    field({ name: 'startDate', label: t('enrol.field.startMonth'), control: start, hint: t('enrol.hint.startMonth') }),
    field({ name: 'sector', label: t('enrol.field.sector'), control: sector, hint: t('enrol.hint.sector') }),
    h('p', { class: 'hint' }, t('enrol.programs')),
    jht,
    formAlert(),
    actions(t('enrol.submit'), () => opened.dialog));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const month = start.value.trim();
    const body = {
      programs: jht.querySelector('input').checked ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM'],
      declaredIncome: parseRupiah(declared.value),
      fundingSource: source.value || undefined,
      // A month input gives YYYY-MM; a browser without one lets the user type it.
      startDate: /^\d{4}-\d{2}$/.test(month) ? `${month}-01` : month || undefined,
      sector: sector.value || undefined,
    };
    await submitDialog({ form, dialog: opened.dialog, done: onSaved,
      send: () => api.post(`/workers/${encodeURIComponent(worker.id)}/memberships`, body) });
  });
  opened = openDialog(t('enrol.title', { name: worker.fullName }), form);
  source.focus();
  try {
    const list = await fundingSources();
    source.append(...options(null, list.map((s) => [s.code, `${s.code} – ${language() === 'en' ? s.nameEn : s.nameId}`])));
  } catch (error) {
    showProblem(form, error);
  }
}

/** Opens the dialog that ends an active membership; onSaved(membership) after a 200. */
export function openEnd({ worker, membership, onSaved }) {
  const end = dateInput({ value: today(), min: membership.startDate });
  const reason = h('textarea', { rows: 3, maxlength: 1000 });
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', {}, t('enrol.end.intro', { name: worker.fullName })),
    field({ name: 'endDate', label: t('enrol.end.endDate'), control: end, hint: t('enrol.end.endDate_hint') }),
    field({ name: 'reason', label: t('enrol.end.reason'), control: reason }),
    formAlert(),
    actions(t('enrol.end.submit'), () => opened.dialog, 'danger'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await submitDialog({ form, dialog: opened.dialog, done: onSaved,
      send: () => api.post(`/memberships/${encodeURIComponent(membership.id)}/end`,
        { endDate: dateValue(end), reason: reason.value.trim() || undefined }) });
  });
  opened = openDialog(t('enrol.end.title'), form);
  reason.focus();
}

/** Opens the dialog that moves an active membership to another sector; onSaved(membership) after a 200. */
export function openSector({ worker, membership, onSaved }) {
  const sector = sectorSelect(membership.sector);
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', {}, t('enrol.sector.intro', { name: worker.fullName })),
    field({ name: 'sector', label: t('enrol.field.sector'), control: sector, hint: t('enrol.hint.sector') }),
    formAlert(),
    actions(t('enrol.sector.submit'), () => opened.dialog));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await submitDialog({ form, dialog: opened.dialog, done: onSaved,
      send: async () => (await api.put(`/memberships/${encodeURIComponent(membership.id)}/sector`,
        { sector: sector.value }, `"${membership.version}"`)).body });
  });
  opened = openDialog(t('enrol.sector.title'), form);
  sector.focus();
}
