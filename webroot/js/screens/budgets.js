// Budgets (#/budgets): each funding source's allocation for a year and where it stands — invoiced,
// committed to December (the premiums still to invoice), remaining, and the workers it can still
// carry. An ADMIN adds a source's budget (PUT with If-None-Match: *) or changes it (If-Match: the
// version shown, so a change made meanwhile by someone else is refused, never overwritten).
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, actionsCol, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { month, number, parseRupiah, rupiah } from '../format.js';
import { actions, openDialog } from '../dialog.js';
import { field, formAlert, problemMessage } from '../forms.js';
import { saveFile } from '../files.js';
import { fundingSources, options } from '../reference.js';
import { latestOnly, STALE } from '../latest.js';
import { amountInput, loadRows, noticeLine, sourceCell, sourceName, submitPut, thisYear, yearField } from './money-common.js';

/** The role that sets budgets (x-roles of PUT /budgets/{year}/{fundingSource}). */
const BUDGET_WRITERS = ['ADMIN'];
const COLUMNS = 7;

let shownYear = null;

/** Opens the dialog that adds (budget null) or changes a source's allocation for the year. */
function openBudget({ year, budget, sources, free, onSaved }) {
  const source = budget ? null : h('select', {}, options(t('budgets.choose_source'), free.map((code) => [code, sourceName(code, sources)])));
  const allocated = amountInput(budget ? budget.allocated : '');
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', { class: 'hint' }, t(budget ? 'budgets.edit_intro' : 'budgets.add_intro', { year })),
    budget ? h('p', {}, h('strong', {}, sourceName(budget.fundingSource, sources)))
      : field({ name: 'fundingSource', label: t('budgets.field.source'), control: source }),
    field({ name: 'allocated', label: t('budgets.field.allocated'), control: allocated, hint: t('budgets.hint.allocated') }),
    formAlert(),
    actions(t('action.save'), () => opened.dialog));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = budget ? budget.fundingSource : source.value;
    const body = { allocated: parseRupiah(allocated.value) };
    await submitPut({ form, dialog: opened.dialog, key: code, keyField: 'fundingSource', body, version: budget?.version,
      path: (key) => `/budgets/${year}/${encodeURIComponent(key)}`, codeFields: { funding_source_not_found: 'fundingSource' },
      done: onSaved });
  });
  opened = openDialog(budget ? t('budgets.edit_title', { source: budget.fundingSource, year })
    : t('budgets.add_title', { year }), form);
  (source || allocated).focus();
}

export function render(main, { user, alive }) {
  shownYear = shownYear || thisYear();
  const notice = noticeLine();
  const failure = h('div', { class: 'notice-slot' });
  const current = h('p', { class: 'hint' });
  const body = h('tbody');
  const foot = h('tfoot');
  const caption = h('caption', { class: 'visually-hidden' });
  const writer = BUDGET_WRITERS.includes(user.role);
  let shown = [];
  let sources = [];
  const add = writer ? h('button', {
    type: 'button',
    class: 'button primary',
    onclick: () => openBudget({ year: shownYear, budget: null, sources, free: free(), onSaved: saved }),
  }, t('budgets.add')) : null;
  const sheet = h('button', { type: 'button', class: 'button secondary', onclick: () => realisation() }, t('budgets.realisation'));

  function free() {
    return sources.map((s) => s.code).filter((code) => !shown.some((b) => b.fundingSource === code));
  }

  function saved(budget) {
    notice.says(t('budgets.saved', { source: budget.fundingSource, year: budget.year, amount: rupiah(budget.allocated) }));
    show();
  }

  async function realisation() {
    sheet.disabled = true;
    try {
      saveFile(await api.download(`/budgets/${shownYear}/realisation?format=XLSX`));
    } catch (error) {
      fill(failure, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
    } finally {
      sheet.disabled = false;
    }
  }

  function row(b) {
    const over = Number(b.remaining) < 0;
    return h('tr', { 'data-source': b.fundingSource, class: over ? 'flagged' : null },
      sourceCell(b.fundingSource, sources),
      h('td', { class: 'money' }, rupiah(b.allocated)),
      h('td', { class: 'money' }, rupiah(b.invoiced)),
      h('td', { class: 'money' }, rupiah(b.committed)),
      h('td', { class: 'money' }, rupiah(b.remaining), over ? h('span', { class: 'sub' }, t('budgets.over')) : null),
      h('td', { class: 'num' }, number(Math.max(0, b.workersAffordable))),
      h('td', { class: 'actions' }, writer ? h('button', {
        type: 'button',
        class: 'button small secondary',
        'aria-label': t('budgets.edit_named', { source: b.fundingSource, year: shownYear }),
        onclick: () => openBudget({ year: shownYear, budget: b, sources, onSaved: saved }),
      }, t('budgets.edit')) : null));
  }

  function totals() {
    const sum = (key) => shown.reduce((total, b) => total + BigInt(b[key]), 0n);
    fill(foot, shown.length > 1 ? h('tr', {},
      h('th', { scope: 'row' }, t('budgets.total_row')),
      ['allocated', 'invoiced', 'committed', 'remaining'].map((key) => h('td', { class: 'money' }, rupiah(sum(key)))),
      h('td', { class: 'num' }, '—'), h('td', {})) : null);
  }

  const latest = latestOnly(); // another year chosen before the first answered: only its rows show
  async function show() {
    caption.textContent = t('budgets.caption', { year: shownYear });
    fill(failure);
    sources = await fundingSources().catch(() => []);
    let report = null;
    const items = await loadRows({
      body,
      columns: COLUMNS,
      alive,
      guard: latest,
      empty: t('budgets.empty', { year: shownYear }),
      row,
      load: async () => {
        report = await api.get(`/budgets/${shownYear}`);
        return report.items;
      },
    });
    if (items === STALE) return;
    if (report) current.textContent = t('budgets.as_of', { month: month(report.currentMonth) });
    shown = items || [];
    totals();
    if (add) add.disabled = !items || free().length === 0;
  }

  main.append(
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('nav.budgets')), h('div', { class: 'page-actions' }, add, sheet)),
    h('p', { class: 'lead' }, t('budgets.lead')),
    current, notice.element, failure,
    h('section', { class: 'card flush' }, h('div', { class: 'filters' }, yearField({ current: shownYear, onChange: (year) => {
      shownYear = year;
      notice.says('');
      show();
    } })), tableWrap(dataTable({ className: 'budget-table', caption,
      columns: ['budgets.col.source', col('budgets.col.allocated', 'money'), col('budgets.col.invoiced', 'money'),
        col('budgets.col.committed', 'money'), col('budgets.col.remaining', 'money'), col('budgets.col.affordable', 'num'),
        actionsCol()],
      body: [body, foot] }))));
  show();
}
