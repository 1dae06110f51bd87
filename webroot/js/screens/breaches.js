// Breach register (#/breaches; ADMIN records, AUDITOR reads; issue 17): every failure of personal
// data protection with its 3×24-hour notice clock (UU 27/2022 Pasal 46), the people affected as
// the access log shows them, and which notices went out. #/breaches/<id> is one incident.
import * as api from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime, number } from '../format.js';
import { busy, clearProblem, field, formAlert, showProblem } from '../forms.js';
import { actions, openDialog } from '../dialog.js';
import { dataTable, col, tableWrap } from '../table.js';
import { dateTimeInput, dateTimeValue } from '../date-input.js';
import { listQuery, tablePager } from '../pager.js';
import * as detail from './breach-detail.js';
import { clockText, stateBadge, toInstant, nowLocal } from './breach-detail.js';

const PAGE_SIZE = 20;
const KINDS = ['nik', 'name', 'birth_date', 'address', 'phone', 'heir_nik', 'heir_name', 'bank_account', 'document', 'claim', 'membership'];

export function render(main, context) {
  const [, id] = location.hash.replace(/^#\/?/, '').split('?')[0].split('/');
  if (id) {
    detail.render(main, { ...context, id });
    return;
  }
  list(main, context);
}

function list(main, { user, alive }) {
  const body = h('tbody');
  const pager = tablePager({
    body,
    columns: 6,
    load: (cursor) => api.get(`/privacy/breaches${listQuery(PAGE_SIZE, cursor)}`),
    row: (b) => h('tr', { 'data-breach-id': b.id },
      h('th', { scope: 'row' }, h('a', { href: `#/breaches/${b.id}` }, t('breach.number', { number: b.number }))),
      h('td', {}, dateTime(b.discoveredAt)),
      h('td', {}, dateTime(b.dueBy), h('span', { class: 'sub' }, clockText(b))),
      h('td', { class: 'num' }, number(b.affected)),
      h('td', {}, stateBadge(b.subjects.state)),
      h('td', {}, stateBadge(b.authority.state))),
    empty: () => t('breach.empty'),
    alive,
  });
  const record = user.role === 'ADMIN'
    ? h('button', { type: 'button', class: 'button primary', onclick: () => recordDialog(() => pager.first()) }, t('breach.record'))
    : null;
  main.append(
    h('h1', { tabindex: '-1' }, t('nav.breaches')),
    h('p', { class: 'lead' }, t('breach.lead')),
    h('section', { class: 'card flush', 'aria-label': t('breach.register') },
      record ? h('div', { class: 'privacy-toolbar' }, record) : null,
      tableWrap(dataTable({
        className: 'breach-table',
        caption: t('breach.register'),
        columns: ['breach.col.number', 'breach.col.discovered', 'breach.col.due', col('breach.col.affected', 'num'),
          'breach.col.subjects', 'breach.col.authority'],
        body,
      })),
      pager.element));
  pager.first();
}

function recordDialog(onDone) {
  const inputs = {
    discoveredAt: dateTimeInput({ value: nowLocal() }),
    description: h('textarea', { rows: 3, maxlength: 4000 }),
    measures: h('textarea', { rows: 3, maxlength: 4000 }),
    sourceUserId: h('select', {}, h('option', { value: '' }, t('breach.field.no_user'))),
    sourceIp: h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: 45 }),
    sourceFrom: dateTimeInput(),
    sourceTo: dateTimeInput(),
  };
  const boxes = KINDS.map((kind) => {
    const box = h('input', { type: 'checkbox', id: `breach-kind-${kind}`, value: kind });
    return { kind, box, element: h('div', { class: 'field checkbox' }, box, h('label', { for: box.id }, t(`access.field.${kind}`))) };
  });
  api.get('/users?limit=500').then(({ items }) => items.forEach((u) => inputs.sourceUserId.append(
    h('option', { value: u.id }, u.username)))).catch(() => {});
  let opened;
  const send = api.intent();
  const form = h('form', { class: 'stack', novalidate: true },
    field({ name: 'discoveredAt', label: t('breach.field.discovered'), control: inputs.discoveredAt, hint: t('breach.hint.wib') }),
    field({ name: 'description', label: t('breach.field.description'), control: inputs.description, hint: t('breach.hint.description') }),
    field({ name: 'measures', label: t('breach.field.measures'), control: inputs.measures, hint: t('breach.hint.measures') }),
    h('fieldset', { class: 'field-group check-list', 'data-field': 'dataKinds' }, h('legend', {}, t('breach.field.kinds')),
      boxes.map((b) => b.element), h('p', { class: 'field-error', hidden: true })),
    h('fieldset', { class: 'field-group', 'data-field': 'source' }, h('legend', {}, t('breach.field.source')),
      h('p', { class: 'hint' }, t('breach.hint.source')),
      h('p', { class: 'field-error', hidden: true }),
      field({ name: 'sourceUserId', label: t('breach.field.user'), control: inputs.sourceUserId }),
      field({ name: 'sourceIp', label: t('breach.field.ip'), control: inputs.sourceIp }),
      field({ name: 'sourceFrom', label: t('breach.field.from'), control: inputs.sourceFrom }),
      field({ name: 'sourceTo', label: t('breach.field.to'), control: inputs.sourceTo })),
    formAlert(),
    actions(t('breach.record'), () => opened.dialog));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const body = {
      discoveredAt: toInstant(dateTimeValue(inputs.discoveredAt)),
      description: inputs.description.value.trim(),
      measures: inputs.measures.value.trim(),
      dataKinds: boxes.filter((b) => b.box.checked).map((b) => b.kind),
      sourceUserId: inputs.sourceUserId.value || null,
      sourceIp: inputs.sourceIp.value.trim() || null,
      sourceFrom: toInstant(dateTimeValue(inputs.sourceFrom)),
      sourceTo: toInstant(dateTimeValue(inputs.sourceTo)),
    };
    await busy(form, async () => {
      try {
        const made = await send((key) => api.postOnce('/privacy/breaches', body, key));
        opened.dialog.close();
        onDone(made);
        location.hash = `#/breaches/${made.id}`;
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  opened = openDialog(t('breach.record_title'), form);
  inputs.description.focus();
}
