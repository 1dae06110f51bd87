// Creating (POST /santunan-programmes) or editing (PUT /santunan-programmes/<id> under its
// ETag) one of the city's santunan programmes: the regulation founding it, the period, who is
// eligible, the amount per event kind and the budget line. ADMIN only, as the API allows; the
// server's refusals show under the field they name, and nothing is saved on a refusal.
import * as api from '../api.js';
import { h } from '../dom.js';
import { actions, openDialog, submitDialog } from '../dialog.js';
import { t } from '../i18n.js';
import { parseRupiah } from '../format.js';
import { checkbox, field, formAlert } from '../forms.js';
import { options, reference } from '../reference.js';
import { dateInput, dateValue } from '../date-input.js';

/** x-roles of POST and PUT /santunan-programmes. */
export const PROGRAMME_WRITERS = ['ADMIN'];
const KINDS = ['DEATH', 'WORK_ACCIDENT'];
const SOURCES = ['APBD', 'DBHCHT', 'MANDIRI', 'PERUSAHAAN', 'BUMN'];

/** A group of checkboxes sent as a list; `name` is the API's field, so its errors land here. */
function checkGroup(name, legend, pairs, chosen) {
  const boxes = pairs.map(([value, label]) => {
    const box = checkbox({ name: `${name}.${value}`, label, checked: chosen.includes(value) });
    box.querySelector('input').value = value;
    return box;
  });
  const element = h('fieldset', { class: 'field check-group', 'data-field': name },
    h('legend', {}, legend), h('p', { class: 'hint' }, t('santunan.form.none_means_all')), boxes,
    h('p', { class: 'field-error', hidden: true }));
  const values = () => boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
  return { element, values };
}

/**
 * Opens the dialog. `programme` (with `etag`) edits it; without, a new programme is created.
 * onSaved(programme) after a 201 or 200.
 */
export function openProgrammeDialog({ programme = null, etag = null, onSaved }) {
  const p = programme || {};
  const once = api.intent();
  const text = (value, max) => h('input', { type: 'text', maxlength: max, value: value || '' });
  const day = (value) => dateInput({ value: value || '' });
  const name = text(p.name, 200);
  const regulationNumber = text(p.regulationNumber, 200);
  const regulationDate = day(p.regulationDate);
  const effectiveFrom = day(p.effectiveFrom);
  const effectiveTo = day(p.effectiveTo);
  const amounts = KINDS.map((kind) => [kind, h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off',
    value: p.amounts && p.amounts[kind] ? String(p.amounts[kind]) : '' })]);
  const budgetYear = h('input', { type: 'number', min: 2000, max: 2200, step: 1,
    value: String(p.budgetYear || new Date().getFullYear()) });
  const budgetSource = h('select', {}, options(t('workers.choose'), SOURCES.map((s) => [s, s]), p.budgetSource || ''));
  const ceiling = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off',
    value: p.budgetCeiling === undefined ? '' : String(p.budgetCeiling) });
  const sources = checkGroup('membershipSources', t('santunan.form.sources'), SOURCES.map((s) => [s, s]),
    p.membershipSources || []);
  const categoriesSlot = h('div');
  let categories = { values: () => p.categories || [] };
  reference().then((ref) => {
    categories = checkGroup('categories', t('santunan.form.categories'),
      ref.categories.map((c) => [c.code, ref.categoryName(c.code)]), p.categories || []);
    categoriesSlot.replaceChildren(categories.element);
  }, () => {});
  const active = checkbox({ name: 'requiresActiveMembership', label: t('santunan.active_required'),
    checked: p.requiresActiveMembership !== false });
  let opened;
  const form = h('form', { class: 'stack santunan-programme-form', novalidate: true },
    h('p', { class: 'hint' }, t('santunan.form.intro')),
    field({ name: 'name', label: t('santunan.form.name'), control: name }),
    field({ name: 'regulationNumber', label: t('santunan.form.regulation_number'), control: regulationNumber,
      hint: t('santunan.form.regulation_hint') }),
    field({ name: 'regulationDate', label: t('santunan.form.regulation_date'), control: regulationDate }),
    field({ name: 'effectiveFrom', label: t('santunan.form.effective_from'), control: effectiveFrom }),
    field({ name: 'effectiveTo', label: t('santunan.form.effective_to'), control: effectiveTo,
      hint: t('santunan.form.effective_to_hint') }),
    h('fieldset', { class: 'field', 'data-field': 'amounts' }, h('legend', {}, t('santunan.col.amounts')),
      h('p', { class: 'hint' }, t('santunan.form.amounts_hint')),
      amounts.map(([kind, input]) => field({ name: `amounts.${kind}`,
        label: t('santunan.form.amount_for', { kind: t(`santunan.kind.${kind}`) }), control: input })),
      h('p', { class: 'field-error', hidden: true })),
    categoriesSlot,
    sources.element,
    active,
    field({ name: 'budgetYear', label: t('santunan.form.budget_year'), control: budgetYear }),
    field({ name: 'budgetSource', label: t('santunan.form.budget_source'), control: budgetSource }),
    field({ name: 'budgetCeiling', label: t('santunan.col.ceiling'), control: ceiling, hint: t('santunan.form.ceiling_hint') }),
    formAlert(),
    actions(t(programme ? 'action.save' : 'santunan.form.create'), () => opened.dialog));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const money = {};
    amounts.forEach(([kind, input]) => {
      if (input.value.trim() !== '') money[kind] = parseRupiah(input.value);
    });
    const body = {
      name: name.value.trim() || undefined,
      regulationNumber: regulationNumber.value.trim() || undefined,
      regulationDate: dateValue(regulationDate),
      effectiveFrom: dateValue(effectiveFrom),
      effectiveTo: dateValue(effectiveTo) ?? null,
      categories: categories.values(),
      membershipSources: sources.values(),
      requiresActiveMembership: active.querySelector('input').checked,
      amounts: money,
      budgetYear: budgetYear.value === '' ? undefined : Number(budgetYear.value),
      budgetSource: budgetSource.value || undefined,
      budgetCeiling: ceiling.value.trim() === '' ? undefined : parseRupiah(ceiling.value),
    };
    await submitDialog({ form, dialog: opened.dialog, done: onSaved,
      send: async () => (programme
        ? (await api.put(`/santunan-programmes/${encodeURIComponent(programme.id)}`, body, etag)).body
        : once((key) => api.postOnce('/santunan-programmes', body, key))) });
  });
  opened = openDialog(t(programme ? 'santunan.form.edit_title' : 'santunan.form.new_title'), form);
  name.focus();
}
