// Access log (AUDITOR, issue 17): every read of personal data — reveals, detail views, lookups,
// list pages, exports, document downloads — newest first, filtered by person (id, or NIK sent
// in a POST body, never in the address), user and period; above it, the users who read far
// more people than usual. Only ids are kept in the address (#/access-log?userId=…).
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { has, t } from '../i18n.js';
import { date, dateTime, number, shortId } from '../format.js';
import { field, problemMessage } from '../forms.js';
import { listQuery, messageRow, tablePager } from '../pager.js';
import { dateInput, dateValue, setDate } from '../date-input.js';
import { col, dataTable, tableWrap } from '../table.js';

const PAGE_SIZE = 20;
const COLUMNS = 6;
const NAMES = ['personId', 'userId', 'from', 'to'];

function filtersFromAddress() {
  const query = new URLSearchParams(location.hash.split('?')[1] || '');
  return Object.fromEntries(NAMES.map((name) => [name, (query.get(name) || '').trim()]));
}

function labelOr(prefix, code) {
  return has(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code;
}

export function render(main, { alive }) {
  let filters = filtersFromAddress();
  let nik = '';
  const body = h('tbody');
  const pager = tablePager({
    body,
    columns: COLUMNS,
    load: (cursor) => {
      if (nik) {
        const { personId, ...rest } = filters;
        const inBody = { nik, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v)) };
        return api.post(`/access-log/by-nik${listQuery(PAGE_SIZE, cursor)}`, inBody);
      }
      return api.get(`/access-log${listQuery(PAGE_SIZE, cursor, filters)}`);
    },
    row,
    empty: () => t('access.empty'),
    alive,
  });

  function row(entry) {
    return h('tr', {},
      h('td', { class: 'time' }, dateTime(entry.at)),
      h('td', {}, h('button', {
        type: 'button',
        class: 'link-button',
        'aria-label': t('access.by_user', { name: entry.username || entry.userId }),
        onclick: () => apply({ ...filters, userId: entry.userId, personId: '' }),
      }, entry.username || shortId(entry.userId)), ' ',
      h('span', { class: `badge role-${entry.role.toLowerCase()}` }, labelOr('role', entry.role))),
      h('td', {}, labelOr('access.kind', entry.kind)),
      h('td', {}, entry.personCount === 1
        ? h('button', {
          type: 'button',
          class: 'link-button codes',
          title: entry.personIds[0],
          'aria-label': t('access.by_person', { id: entry.personIds[0] }),
          onclick: () => apply({ ...filters, personId: entry.personIds[0], userId: '' }),
        }, shortId(entry.personIds[0]))
        : t('access.people', { n: number(entry.personCount) })),
      h('td', {}, entry.fields.map((f) => labelOr('access.field', f)).join(', '),
        entry.purpose ? h('p', { class: 'hint' }, t('access.purpose', { purpose: labelOr('privacy.purpose', entry.purpose) })) : null),
      h('td', { class: 'codes' }, entry.clientIp));
  }

  const inputs = {
    nik: h('input', { inputmode: 'numeric', maxlength: 16, autocomplete: 'off', spellcheck: 'false' }),
    personId: h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' }),
    userId: h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' }),
    from: dateInput(),
    to: dateInput(),
  };
  // The period's days are typed DD/MM/YYYY and kept in the address as ISO dates.
  const DATES = ['from', 'to'];
  const read = (name) => (DATES.includes(name) ? dateValue(inputs[name]) ?? '' : inputs[name].value.trim());
  const show = (name) => (DATES.includes(name) ? setDate(inputs[name], filters[name]) : (inputs[name].value = filters[name]));
  const form = h('form', {
    class: 'filters',
    'aria-label': t('access.filter.label'),
    onsubmit: (event) => {
      event.preventDefault();
      nik = inputs.nik.value.trim();
      apply(Object.fromEntries(NAMES.map((name) => [name, read(name)])));
    },
  },
  field({ name: 'nik', label: t('access.filter.nik'), control: inputs.nik, hint: t('access.filter.nik_hint') }),
  field({ name: 'personId', label: t('access.filter.person'), control: inputs.personId }),
  field({ name: 'userId', label: t('access.filter.user'), control: inputs.userId }),
  field({ name: 'from', label: t('access.filter.from'), control: inputs.from }),
  field({ name: 'to', label: t('access.filter.to'), control: inputs.to }),
  h('div', { class: 'filter-actions' },
    h('button', { type: 'submit', class: 'button primary' }, t('audit.filter.apply')),
    h('button', {
      type: 'button',
      class: 'button secondary',
      onclick: () => {
        nik = '';
        inputs.nik.value = '';
        apply(Object.fromEntries(NAMES.map((name) => [name, ''])));
      },
    }, t('audit.filter.clear'))));

  function apply(next) {
    filters = next;
    const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
    const address = `#/access-log${query ? `?${query}` : ''}`;
    if (address !== location.hash) history.pushState(null, '', address);
    NAMES.forEach(show);
    pager.first();
  }

  const unusualBody = h('tbody');
  const unusualNote = h('p', { class: 'hint' });
  async function loadUnusual() {
    try {
      const answer = await api.get('/access-log/unusual');
      if (!alive()) return;
      unusualNote.textContent = t('access.unusual.rule', {
        factor: answer.rule.factor, floor: answer.rule.floor, days: answer.rule.windowDays,
        from: date(answer.from), to: date(answer.to),
      });
      fill(unusualBody, answer.items.length ? answer.items.map((item) => h('tr', {},
        h('th', { scope: 'row' }, h('button', {
          type: 'button',
          class: 'link-button',
          onclick: () => apply({ personId: '', userId: item.userId, from: item.day, to: item.day }),
        }, item.username || shortId(item.userId))),
        h('td', {}, labelOr('role', item.role)),
        h('td', {}, date(item.day)),
        h('td', { class: 'num' }, number(item.people)),
        h('td', { class: 'num' }, number(item.usual))))
        : messageRow(5, t('access.unusual.none')));
    } catch (error) {
      if (alive()) fill(unusualBody, messageRow(5, problemMessage(error), true));
    }
  }

  main.append(
    h('h1', { tabindex: '-1' }, t('nav.access_log')),
    h('p', { class: 'lead' }, t('access.lead')),
    h('section', { class: 'card', 'aria-labelledby': 'access-unusual' },
      h('h2', { id: 'access-unusual' }, t('access.unusual.heading')),
      unusualNote,
      tableWrap(dataTable({ caption: t('access.unusual.heading'),
        columns: ['access.col.user', 'access.col.role', 'access.col.day', col('access.col.people', 'num'), col('access.col.usual', 'num')],
        body: unusualBody }))),
    h('section', { class: 'card flush', 'aria-label': t('access.entries') },
      form,
      tableWrap(dataTable({ caption: t('access.entries'),
        columns: ['access.col.time', 'access.col.user', 'access.col.kind', 'access.col.person', 'access.col.fields', 'access.col.ip'],
        body })),
      pager.element));
  NAMES.forEach(show);
  loadUnusual();
  pager.first();
}
