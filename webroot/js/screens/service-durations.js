// How long each service clock runs (GET /service-durations), on the "cases overdue" page: every
// effective-dated row, the one a clock starting today keeps marked. An ADMIN adds a row taking
// effect today or later (POST /service-durations); clocks already running keep theirs.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, tableWrap } from '../table.js';
import { t } from '../i18n.js';
import { date, number, today } from '../format.js';
import { busy, field, formAlert, problemMessage, showProblem } from '../forms.js';
import { options } from '../reference.js';
import { dateInput, dateValue } from '../date-input.js';

const CLOCKS = ['JKM_PAYMENT', 'JKK_PAYMENT', 'ACCIDENT_REPORT'];

function table(items) {
  return tableWrap(dataTable({ attributes: { 'data-table': 'durations' }, caption: t('durations.heading'),
    columns: ['cases.clock', 'durations.valid_from', 'durations.amount', 'cases.state'],
    body: h('tbody', {}, items.map((d) => h('tr', { 'data-duration': `${d.clock}@${d.validFrom}` },
      h('th', { scope: 'row' }, t(`durations.clock.${d.clock}`)),
      h('td', {}, date(d.validFrom)),
      h('td', {}, t(d.unit === 'HOURS' ? 'durations.hours' : 'durations.working_days', { count: number(d.amount) })),
      h('td', {}, d.inForce ? h('span', { class: 'badge coverage-active' }, t('durations.in_force')) : '—')))) }));
}

function addForm(done) {
  const clock = h('select', {}, options(t('workers.choose'), CLOCKS.map((c) => [c, t(`durations.clock.${c}`)]), ''));
  const validFrom = dateInput({ min: today(), value: today() });
  const amount = h('input', { type: 'number', min: 1, max: 365, step: 1 });
  const send = api.intent();
  const form = h('form', { class: 'case-form', novalidate: true, 'aria-label': t('durations.add_form') },
    h('h3', {}, t('durations.add_form')),
    h('p', { class: 'hint' }, t('durations.add_hint')),
    field({ name: 'clock', label: t('cases.clock'), control: clock }),
    field({ name: 'validFrom', label: t('durations.valid_from'), control: validFrom }),
    field({ name: 'amount', label: t('durations.amount'), control: amount }),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'button primary' }, t('durations.add'))),
    formAlert());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await busy(form, async () => {
      try {
        await send((key) => api.postOnce('/service-durations', {
          clock: clock.value || undefined,
          validFrom: dateValue(validFrom),
          amount: amount.value === '' ? undefined : Number(amount.value),
        }, key));
        done();
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  return form;
}

/** The card; it loads at once. */
export function durationsCard({ user, alive }) {
  const element = h('section', { class: 'card', 'aria-labelledby': 'service-durations' });
  const status = h('p', { class: 'notice', role: 'status', hidden: true });
  async function load() {
    try {
      const page = await api.get('/service-durations');
      if (!alive()) return;
      fill(element, h('h2', { id: 'service-durations' }, t('durations.heading')),
        h('p', { class: 'muted' }, t('durations.lead')), status, table(page.items),
        user.role === 'ADMIN' ? addForm(() => {
          if (!alive()) return;
          status.textContent = t('cases.saved');
          status.hidden = false;
          load();
        }) : null);
    } catch (error) {
      if (alive()) fill(element, h('h2', { id: 'service-durations' }, t('durations.heading')),
        h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
    }
  }
  load();
  return element;
}
