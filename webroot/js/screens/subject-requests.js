// Restriction and correction requests of data subjects (UU 27/2022), each with the law's
// 3 × 24 hour clock: lists by status (open ones with the nearest clock first, overdue in red),
// and the dialogs that record, apply, lift and resolve them. The NIK is typed into a masked
// field and travels in a request body only.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';
import { field, formAlert, problemMessage } from '../forms.js';
import { actions, confirmDialog, openDialog, submitDialog } from '../dialog.js';
import { messageRow } from '../pager.js';
import { latestOnly, STALE } from '../latest.js';
import { dateTimeInput, dateTimeValue } from '../date-input.js';
import { dataTable, tableWrap } from '../table.js';
import { openEdit } from './worker-dialog.js';

/** The roles that answer a data subject's request (the server's RevealPolicy decides). */
export const HANDLERS = ['ADMIN', 'OPERATOR'];
const FIELDS = ['nik', 'fullName', 'birthDate', 'sex', 'kelurahanCode', 'category', 'phone', 'address'];

/** A NIK field whose digits are hidden while typed (a password field), with a button to show them. */
export function nikField(label, hint) {
  const input = h('input', { type: 'password', inputmode: 'numeric', maxlength: 16, autocomplete: 'off', spellcheck: 'false' });
  const toggle = h('button', { type: 'button', class: 'button secondary small', 'aria-pressed': 'false' }, t('subject.nik.show'));
  toggle.addEventListener('click', () => {
    const shown = input.type === 'password';
    input.type = shown ? 'text' : 'password';
    toggle.setAttribute('aria-pressed', String(shown));
  });
  const element = field({ name: 'nik', label, control: input, hint });
  const entry = h('div', { class: 'nik-entry' });
  input.replaceWith(entry);
  entry.append(input, toggle);
  return { element, input, value: () => input.value.trim() };
}

/** The clock of an open request: hours left, or hours overdue in red; a closed one shows its due time. */
function clock(item, open) {
  const due = h('span', { class: 'sub' }, dateTime(item.dueBy));
  if (!open) return due;
  const hours = Math.max(0, Math.round(Math.abs(Date.parse(item.dueBy) - Date.now()) / 3_600_000));
  return [item.overdue ? h('span', { class: 'badge danger' }, t('subject.clock.overdue', { hours }))
    : h('span', { class: 'badge muted' }, t('subject.clock.left', { hours })), due];
}

function statusSelect(statuses, prefix, onChange) {
  const select = h('select', {}, statuses.map((s) => h('option', { value: s }, t(`${prefix}.${s}`))));
  select.addEventListener('change', () => onChange(select.value));
  return select;
}

function listCard({ id, title, statuses, prefix, path, headings, row, recordButton, alive }) {
  const body = h('tbody');
  let status = statuses[0];
  const latest = latestOnly(); // another status chosen before the first answered: only its rows show
  async function load() {
    try {
      const page = await latest(api.get(`${path}?status=${status}`));
      if (!alive() || page === STALE) return;
      fill(body, page.items.length ? page.items.map((item) => row(item, status === statuses[0], load))
        : messageRow(headings.length, t('subject.list.empty')));
    } catch (error) {
      if (alive()) fill(body, messageRow(headings.length, problemMessage(error), true));
    }
  }
  const filter = field({ name: `${id}-status`, label: t('subject.list.status'), control: statusSelect(statuses, prefix, (s) => {
    status = s;
    load();
  }) });
  load();
  return {
    element: h('section', { class: 'card flush', 'aria-labelledby': id },
      h('div', { class: 'card-head' }, h('h2', { id, class: 'card-title' }, title), recordButton ? recordButton(load) : null),
      h('div', { class: 'filters' }, filter),
      tableWrap(dataTable({ caption: title, columns: headings, body }))),
    reload: load,
  };
}

function recordDialog(title, intro, extraFields, send, onDone) {
  const nik = nikField(t('subject.report.nik'), t('subject.report.nik_hint'));
  const reason = h('textarea', { rows: 3, maxlength: 1000 });
  const requestedAt = dateTimeInput();
  let opened;
  const form = h('form', { class: 'stack', novalidate: true }, h('p', {}, intro), nik.element, extraFields.element,
    field({ name: 'reason', label: t('subject.field.reason'), control: reason }),
    field({ name: 'requestedAt', label: t('subject.field.requested_at'), control: requestedAt, hint: t('subject.hint.requested_at') }),
    formAlert(), actions(t('subject.record'), () => opened.dialog));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // The office's wall clock is Jakarta time (WIB, UTC+7, no daylight saving).
    const typed = dateTimeValue(requestedAt);
    const at = typed ? `${typed}:00+07:00` : undefined;
    const body = { nik: nik.value(), reason: reason.value.trim(), ...extraFields.values(), ...(at ? { requestedAt: at } : {}) };
    await submitDialog({ form, dialog: opened.dialog, send: () => send(body), done: onDone, codeFields: { subject_not_found: 'nik', restriction_open: 'nik' } });
  });
  opened = openDialog(title, form);
  nik.input.focus();
}

export function restrictionsCard(user, alive) {
  const handles = HANDLERS.includes(user.role);
  const act = (item, kind, reload) => {
    const lift = kind === 'lift';
    confirmDialog({
      title: t(`subject.restriction.${kind}_title`),
      intro: t(`subject.restriction.${kind}_intro`),
      about: h('p', { class: 'sub' }, item.workerName),
      reason: lift ? { label: t('subject.field.reason') } : null,
      submitLabel: t(`subject.restriction.${kind}`),
      submitClass: lift ? 'secondary' : 'primary',
      send: (reason) => api.post(`/privacy/restrictions/${encodeURIComponent(item.id)}/${kind}`, lift ? { reason } : undefined),
      onDone: reload,
    });
  };
  return listCard({
    id: 'subject-restrictions',
    title: t('subject.restriction.heading'),
    statuses: ['REQUESTED', 'APPLIED', 'LIFTED'],
    prefix: 'subject.restriction.status',
    path: '/privacy/restrictions',
    headings: ['subject.col.person', 'subject.col.requested', 'subject.col.clock', 'subject.col.reason', 'users.col.actions'],
    alive,
    recordButton: handles ? (reload) => h('button', { type: 'button', class: 'button primary small', onclick: () => recordDialog(
      t('subject.restriction.record_title'), t('subject.restriction.record_intro'), { element: null, values: () => ({}) },
      (body) => api.post('/privacy/restrictions', body), reload) }, t('subject.restriction.record')) : null,
    row: (r, open, reload) => h('tr', { 'data-restriction-id': r.id },
      h('th', { scope: 'row' }, r.workerName, h('span', { class: 'sub' }, t(`subject.restriction.status.${r.status}`))),
      h('td', {}, dateTime(r.requestedAt)),
      h('td', {}, clock(r, r.status === 'REQUESTED')),
      h('td', {}, r.reason, r.liftReason ? h('span', { class: 'sub' }, t('subject.restriction.lifted_because', { reason: r.liftReason })) : null),
      h('td', { class: 'actions' }, handles && r.status !== 'LIFTED' ? [
        r.status === 'REQUESTED' ? h('button', { type: 'button', class: 'button small primary',
          'aria-label': t('subject.restriction.apply_named', { name: r.workerName }), onclick: () => act(r, 'apply', reload) },
        t('subject.restriction.apply')) : null,
        h('button', { type: 'button', class: 'button small secondary',
          'aria-label': t('subject.restriction.lift_named', { name: r.workerName }), onclick: () => act(r, 'lift', reload) },
        t('subject.restriction.lift')),
      ] : null)),
  });
}

function resolveDialog(item, onDone) {
  const outcome = h('select', {}, ['APPLIED', 'REJECTED'].map((o) => h('option', { value: o }, t(`subject.correction.status.${o}`))));
  const note = h('textarea', { rows: 3, maxlength: 1000 });
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', {}, t('subject.correction.resolve_intro', { name: item.workerName })),
    field({ name: 'outcome', label: t('subject.field.outcome'), control: outcome }),
    field({ name: 'note', label: t('subject.field.note'), control: note, hint: t('subject.hint.note') }),
    formAlert(), actions(t('subject.correction.resolve'), () => opened.dialog));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { outcome: outcome.value, ...(note.value.trim() ? { note: note.value.trim() } : {}) };
    await submitDialog({ form, dialog: opened.dialog, done: onDone,
      send: () => api.post(`/privacy/corrections/${encodeURIComponent(item.id)}/resolve`, body) });
  });
  opened = openDialog(t('subject.correction.resolve_title'), form);
  outcome.focus();
}

export function correctionsCard(user, alive) {
  const handles = HANDLERS.includes(user.role);
  const fieldSelect = h('select', {}, FIELDS.map((f) => h('option', { value: f }, t(`subject.field_name.${f}`))));
  const value = h('input', { type: 'text', maxlength: 500, autocomplete: 'off' });
  const extra = {
    element: h('div', { class: 'stack' },
      field({ name: 'field', label: t('subject.field.field'), control: fieldSelect }),
      field({ name: 'requestedValue', label: t('subject.field.requested_value'), control: value, hint: t('subject.hint.requested_value') })),
    values: () => ({ field: fieldSelect.value, requestedValue: value.value.trim() }),
  };
  return listCard({
    id: 'subject-corrections',
    title: t('subject.correction.heading'),
    statuses: ['OPEN', 'APPLIED', 'REJECTED'],
    prefix: 'subject.correction.status',
    path: '/privacy/corrections',
    headings: ['subject.col.person', 'subject.col.change', 'subject.col.clock', 'subject.col.reason', 'users.col.actions'],
    alive,
    recordButton: handles ? (reload) => h('button', { type: 'button', class: 'button primary small', onclick: () => {
      fieldSelect.value = FIELDS[0];
      value.value = '';
      recordDialog(t('subject.correction.record_title'), t('subject.correction.record_intro'), extra,
        (body) => api.post('/privacy/corrections', body), reload);
    } }, t('subject.correction.record')) : null,
    row: (c, open, reload) => h('tr', { 'data-correction-id': c.id },
      h('th', { scope: 'row' }, c.workerName, h('span', { class: 'sub' }, t(`subject.correction.status.${c.status}`))),
      h('td', {}, t(`subject.field_name.${c.field}`), h('span', { class: 'sub' }, c.requestedValue),
        c.editedAt ? h('span', { class: 'sub' }, t('subject.correction.edited', { at: dateTime(c.editedAt) })) : null),
      h('td', {}, clock(c, c.status === 'OPEN')),
      h('td', {}, c.reason, c.note ? h('span', { class: 'sub' }, c.note) : null),
      h('td', { class: 'actions' }, handles && c.status === 'OPEN' ? [
        h('button', { type: 'button', class: 'button small secondary',
          'aria-label': t('subject.correction.edit_named', { name: c.workerName }),
          onclick: () => openEdit(c.workerId, { user, correctionId: c.id, onSaved: reload }) }, t('subject.correction.edit')),
        h('button', { type: 'button', class: 'button small primary',
          'aria-label': t('subject.correction.resolve_named', { name: c.workerName }), onclick: () => resolveDialog(c, reload) },
        t('subject.correction.resolve')),
      ] : null)),
  });
}
