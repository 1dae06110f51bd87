// One breach (#/breaches/<id>): its clock (due 72 hours after discovery), what happened and what
// is being done, the notices to the people affected and to the supervisory body (the text shown
// here, the PDF downloaded; an ADMIN records when each went out), and for an ADMIN the people
// affected, names masked, each linking to the worker (opening one is recorded as any read is).
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime, number, shortId } from '../format.js';
import { busy, clearProblem, field, formAlert, problemMessage, showProblem } from '../forms.js';
import { actions, openDialog } from '../dialog.js';
import { saveFile } from '../files.js';
import { dataTable, col, tableWrap } from '../table.js';
import { listQuery, tablePager } from '../pager.js';
import { dateTimeInput, dateTimeValue } from '../date-input.js';

const PAGE_SIZE = 20;
const ADDRESSEES = ['SUBJECTS', 'AUTHORITY'];
const STATE_CLASS = { PENDING: 'coverage-lapsed', OVERDUE: 'danger', ON_TIME: 'coverage-active', LATE: 'danger' };

/** "2025-08-14T09:30" typed in WIB (date-input.js dateTimeValue) → an instant with its offset; empty → null. */
export function toInstant(local) {
  return local ? `${local}:00+07:00` : null;
}

/** Now in WIB as "YYYY-MM-DDTHH:MM", the value of a date-and-time field (date-input.js). */
export function nowLocal() {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    timeZone: 'Asia/Jakarta',
  }).formatToParts(new Date()).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function span(seconds) {
  const total = Math.floor(Math.abs(seconds) / 60);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  return days ? t('breach.span_days', { days, hours }) : t('breach.span_hours', { hours, minutes });
}

/** What the clock says: time left, how late, or done. */
export function clockText(b) {
  const open = [b.subjects.state, b.authority.state].some((s) => s === 'PENDING' || s === 'OVERDUE');
  if (!open) return t('breach.clock.done');
  return b.remainingSeconds >= 0 ? t('breach.clock.left', { span: span(b.remainingSeconds) })
    : t('breach.clock.overdue', { span: span(b.remainingSeconds) });
}

export function stateBadge(state) {
  return h('span', { class: `badge ${STATE_CLASS[state]}` }, t(`breach.state.${state}`));
}

function noticeCard(b, admin, reload) {
  const text = h('pre', { class: 'notice-text', tabindex: '0', hidden: true });
  const alert = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const rows = ADDRESSEES.map((to) => {
    const state = to === 'SUBJECTS' ? b.subjects : b.authority;
    const name = t(`breach.to.${to}`);
    const path = `/privacy/breaches/${encodeURIComponent(b.id)}/notice?to=${to}`;
    return h('tr', { 'data-to': to },
      h('th', { scope: 'row' }, name),
      h('td', {}, stateBadge(state.state), state.notifiedAt
        ? h('span', { class: 'sub' }, t('breach.notified_at', { at: dateTime(state.notifiedAt), by: state.notifiedBy || '—' })) : null),
      h('td', { class: 'actions' },
        h('button', { type: 'button', class: 'button small secondary', 'aria-label': t('breach.show_text_named', { to: name }),
          onclick: async () => {
            try {
              const file = await api.download(`${path}&format=TEXT`);
              fill(text, await file.blob.text());
              text.hidden = false;
              text.focus();
            } catch (error) {
              fill(alert, problemMessage(error));
              alert.hidden = false;
            }
          } }, t('breach.show_text')),
        h('button', { type: 'button', class: 'button small secondary', 'aria-label': t('breach.download_pdf_named', { to: name }),
          onclick: async () => {
            try {
              saveFile(await api.download(`${path}&format=PDF`));
            } catch (error) {
              fill(alert, problemMessage(error));
              alert.hidden = false;
            }
          } }, t('breach.download_pdf')),
        admin && !state.notifiedAt ? h('button', { type: 'button', class: 'button small primary',
          'aria-label': t('breach.mark_named', { to: name }), onclick: () => notifiedDialog(b, to, reload) }, t('breach.mark')) : null));
  });
  return h('section', { class: 'card flush', 'aria-labelledby': 'breach-notices' },
    h('h2', { id: 'breach-notices', class: 'card-title' }, t('breach.notices')),
    tableWrap(dataTable({ caption: t('breach.notices'), columns: ['breach.col.to', 'breach.col.state', col('users.col.actions', 'actions')],
      body: h('tbody', {}, rows) })),
    h('div', { class: 'privacy-toolbar' }, alert, text));
}

function notifiedDialog(b, to, reload) {
  const at = dateTimeInput({ value: nowLocal() });
  let opened;
  const send = api.intent();
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', {}, t('breach.mark_intro', { to: t(`breach.to.${to}`) })),
    field({ name: 'at', label: t('breach.field.sent_at'), control: at, hint: t('breach.hint.wib') }),
    formAlert(),
    actions(t('breach.mark'), () => opened.dialog));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    await busy(form, async () => {
      try {
        const next = await send((key) => api.postOnce(`/privacy/breaches/${encodeURIComponent(b.id)}/notified`,
          { to, at: toInstant(dateTimeValue(at)) }, key));
        opened.dialog.close();
        reload(next);
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  opened = openDialog(t('breach.mark_title'), form);
  at.focus();
}

function peopleCard(b, alive) {
  const body = h('tbody');
  const pager = tablePager({
    body,
    columns: 4,
    load: (cursor) => api.get(`/privacy/breaches/${encodeURIComponent(b.id)}/people${listQuery(PAGE_SIZE, cursor)}`),
    row: (p) => h('tr', { 'data-person-id': p.personId },
      h('th', { scope: 'row' }, p.workerId ? h('a', { href: `#/workers/${p.workerId}`, title: p.personId }, p.name || shortId(p.personId))
        : shortId(p.personId), h('span', { class: 'sub' }, t(`breach.person.${p.kind}`))),
      h('td', {}, p.kelurahanName || '—'),
      h('td', { class: 'num' }, number(p.reads)),
      h('td', {}, dateTime(p.lastReadAt))),
    empty: () => t('breach.people_empty'),
    alive,
  });
  pager.first();
  return h('section', { class: 'card flush', 'aria-labelledby': 'breach-people' },
    h('h2', { id: 'breach-people', class: 'card-title' }, t('breach.people', { n: number(b.affected) })),
    h('p', { class: 'card-note hint' }, t('breach.people_hint')),
    tableWrap(dataTable({ caption: t('breach.people', { n: number(b.affected) }),
      columns: ['breach.col.person', 'breach.col.kelurahan', col('breach.col.reads', 'num'), 'breach.col.last_read'], body })),
    pager.element);
}

function source(b) {
  const parts = [];
  if (b.sourceUserId) parts.push(t('breach.source.user', { name: b.sourceUsername || b.sourceUserId }));
  if (b.sourceIp) parts.push(t('breach.source.ip', { ip: b.sourceIp }));
  if (b.sourceFrom || b.sourceTo) parts.push(t('breach.source.period', { from: dateTime(b.sourceFrom), to: dateTime(b.sourceTo) }));
  return parts.join(' · ');
}

export function render(main, { user, alive, id }) {
  const slot = h('div');
  const admin = user.role === 'ADMIN';
  function show(b) {
    fill(slot,
      h('section', { class: 'card', 'aria-labelledby': 'breach-heading' },
        h('h2', { id: 'breach-heading', class: 'card-title' }, t('breach.number', { number: b.number })),
        h('p', { class: b.overdue ? 'form-error' : 'notice', role: 'status' },
          t('breach.due', { due: dateTime(b.dueBy) }), ' ', clockText(b)),
        h('dl', { class: 'facts' },
          h('dt', {}, t('breach.field.discovered')), h('dd', {}, dateTime(b.discoveredAt)),
          h('dt', {}, t('breach.field.kinds')), h('dd', {}, b.dataKinds.map((k) => t(`access.field.${k}`)).join(', ')),
          h('dt', {}, t('breach.field.source')), h('dd', {}, source(b)),
          h('dt', {}, t('breach.col.affected')), h('dd', { 'data-affected': '' }, number(b.affected)),
          h('dt', {}, t('breach.field.description')), h('dd', {}, b.description),
          h('dt', {}, t('breach.field.measures')), h('dd', {}, b.measures),
          h('dt', {}, t('breach.recorded')), h('dd', {}, `${b.recordedBy || '—'} · ${dateTime(b.recordedAt)}`))),
      noticeCard(b, admin, show),
      admin ? peopleCard(b, alive) : null);
  }
  main.append(
    h('p', {}, h('a', { class: 'back', href: '#/breaches' }, t('breach.back'))),
    h('h1', { tabindex: '-1' }, t('nav.breaches')),
    slot);
  api.get(`/privacy/breaches/${encodeURIComponent(id)}`)
    .then((b) => alive() && show(b))
    .catch((error) => alive() && fill(slot, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error))));
}
