// Coverage targets and baselines (#/targets): per year and area (the city, a kecamatan or a
// kelurahan) the working population (BPS), the target number of participants and the participants
// BPJS reported — what the coverage report (UCJ) measures against. An ADMIN records an area's
// baseline (PUT with If-None-Match: *) or changes it (If-Match: the version listed).
import * as api from '../api.js';
import { h } from '../dom.js';
import { dataTable, col, actionsCol, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { date, number, parseRupiah, today } from '../format.js';
import { dateInput, dateValue } from '../date-input.js';
import { actions, openDialog } from '../dialog.js';
import { field, formAlert } from '../forms.js';
import { reference } from '../reference.js';
import { latestOnly, STALE } from '../latest.js';
import { amountInput, count, loadRows, noticeLine, submitPut, thisYear, yearField } from './money-common.js';

/** The role that records baselines (x-roles of PUT /coverage/baselines/{year}/{regionCode}). */
const BASELINE_WRITERS = ['ADMIN'];
const COLUMNS = 5;

let shownYear = null;

/** Every area a baseline can be recorded for: the cities, then each kecamatan with its kelurahan. */
function areaOptions(ref, selected) {
  const cities = [...new Set(ref.kecamatan.map((k) => k.regencyCode))];
  const option = (code, label) => h('option', { value: code, selected: code === selected }, label);
  return [
    h('option', { value: '' }, t('targets.choose_area')),
    h('optgroup', { label: t('targets.level.REGENCY') }, cities.map((code) => option(code, t('targets.city', { code })))),
    ref.kecamatan.map((k) => h('optgroup', { label: t('targets.kecamatan', { name: k.name }) },
      option(k.code, t('targets.kecamatan', { name: k.name })),
      k.kelurahan.map((l) => option(l.code, t('targets.kelurahan', { name: l.name }))))),
  ];
}

/** The area's name as the office says it: "Seluruh kota", "Kecamatan Klojen", "Kelurahan Samaan". */
function areaName(ref, baseline) {
  if (baseline.level === 'REGENCY') return t('targets.city', { code: baseline.regionCode });
  const key = baseline.level === 'KECAMATAN' ? 'targets.kecamatan' : 'targets.kelurahan';
  return t(key, { name: ref.regionName(baseline.regionCode) });
}

/** Opens the baseline dialog: a given baseline to change, or a new one for the area chosen. */
function openBaseline({ year, ref, baseline, listed, onSaved }) {
  const area = baseline ? null : h('select', {}, areaOptions(ref, ''));
  const workforce = amountInput(baseline?.workforce);
  const target = amountInput(baseline?.target);
  const reported = amountInput(baseline?.reportedParticipants);
  // Where the figures come from and their day: shown on the dashboard next to the UCJ.
  const source = h('input', { type: 'text', maxlength: 300, autocomplete: 'off', value: baseline?.source || '' });
  const asOf = dateInput({ value: baseline?.asOf || '', max: today() });
  const replaces = h('p', { class: 'hint', hidden: true }, t('targets.replaces'));
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', { class: 'hint' }, t('targets.form_intro', { year })),
    baseline ? h('p', {}, h('strong', {}, areaName(ref, baseline)))
      : field({ name: 'regionCode', label: t('targets.field.area'), control: area }),
    replaces,
    field({ name: 'workforce', label: t('targets.field.workforce'), control: workforce, hint: t('targets.hint.workforce') }),
    field({ name: 'target', label: t('targets.field.target'), control: target, hint: t('targets.hint.target') }),
    field({ name: 'reportedParticipants', label: t('targets.field.reported'), control: reported, hint: t('targets.hint.reported') }),
    field({ name: 'source', label: t('targets.field.source'), control: source, hint: t('targets.hint.source') }),
    field({ name: 'asOf', label: t('targets.field.as_of'), control: asOf, hint: t('targets.hint.as_of') }),
    formAlert(),
    actions(t('action.save'), () => opened.dialog));
  area?.addEventListener('change', () => {
    replaces.hidden = !listed.some((b) => b.regionCode === area.value);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = baseline ? baseline.regionCode : area.value;
    const stored = baseline || listed.find((b) => b.regionCode === code);
    const body = { workforce: parseRupiah(workforce.value), target: parseRupiah(target.value),
      reportedParticipants: parseRupiah(reported.value), source: source.value.trim() || undefined, asOf: dateValue(asOf) };
    await submitPut({ form, dialog: opened.dialog, key: code, keyField: 'regionCode', body, version: stored?.version,
      path: (key) => `/coverage/baselines/${year}/${encodeURIComponent(key)}`, codeFields: { region_not_found: 'regionCode' },
      done: onSaved });
  });
  opened = openDialog(baseline ? t('targets.edit_title', { area: areaName(ref, baseline), year }) : t('targets.add_title', { year }), form);
  (area || workforce).focus();
}

export function render(main, { user, alive }) {
  shownYear = shownYear || thisYear();
  const notice = noticeLine();
  const body = h('tbody');
  const caption = h('caption', { class: 'visually-hidden' });
  const writer = BASELINE_WRITERS.includes(user.role);
  let listed = [];
  let ref = null;

  function saved(b) {
    notice.says(t('targets.saved', { area: areaName(ref, b), year: b.year, target: number(b.target) }));
    show();
  }

  const add = writer ? h('button', {
    type: 'button',
    class: 'button primary',
    onclick: () => ref && openBaseline({ year: shownYear, ref, baseline: null, listed, onSaved: saved }),
  }, t('targets.add')) : null;

  function row(b) {
    return h('tr', { 'data-region': b.regionCode },
      h('th', { scope: 'row' }, areaName(ref, b), h('span', { class: 'sub codes' }, b.regionCode),
        h('span', { class: 'sub' }, b.source || b.asOf
          ? t('targets.source_line', { source: b.source || '—', day: b.asOf ? date(b.asOf) : '—' }) : t('targets.no_source'))),
      h('td', { class: 'num' }, number(b.workforce)),
      h('td', { class: 'num' }, number(b.target)),
      h('td', { class: 'num' }, count(b.reportedParticipants)),
      h('td', { class: 'actions' }, writer ? h('button', {
        type: 'button',
        class: 'button small secondary',
        'aria-label': t('targets.edit_named', { area: areaName(ref, b) }),
        onclick: () => openBaseline({ year: shownYear, ref, baseline: b, listed, onSaved: saved }),
      }, t('targets.edit')) : null));
  }

  const latest = latestOnly(); // another year chosen before the first answered: only its rows show
  async function show() {
    caption.textContent = t('targets.caption', { year: shownYear });
    const items = await loadRows({
      body,
      columns: COLUMNS,
      alive,
      guard: latest,
      empty: t('targets.empty', { year: shownYear }),
      row,
      load: async () => {
        ref = ref || await reference();
        return (await api.get(`/coverage/baselines/${shownYear}`)).items;
      },
    });
    if (items !== STALE) listed = items || [];
  }

  main.append(
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('nav.targets')), h('div', { class: 'page-actions' }, add)),
    h('p', { class: 'lead' }, t('targets.lead')),
    notice.element,
    h('section', { class: 'card flush' },
      h('div', { class: 'filters' }, yearField({ current: shownYear, onChange: (year) => {
        shownYear = year;
        notice.says('');
        show();
      } })),
      tableWrap(dataTable({ className: 'target-table', caption,
        columns: ['targets.col.area', col('targets.col.workforce', 'num'), col('targets.col.target', 'num'),
          col('targets.col.reported', 'num'), actionsCol()],
        body }))));
  show();
}
