// Recipient decrees (#/decrees): the changes waiting for a checker (an APPROVER decides; the
// server refuses whoever proposed one), the decrees by year, and one decree's detail: its header,
// the XLSX and PDF list, the cohort page by page (an OPERATOR or APPROVER proposes a removal with
// a reason), and its re-verifications with the list of workers not re-verified and why.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { date, dateTime, number } from '../format.js';
import { busy, clearProblem, field, formAlert, problemMessage, showProblem } from '../forms.js';
import { actions, confirmDialog, openDialog } from '../dialog.js';
import { saveFile } from '../files.js';
import { listQuery, messageRow, tablePager } from '../pager.js';
import { col, dataTable, tableWrap } from '../table.js';

const PAGE_SIZE = 20;
const REMOVE_REASONS = ['DIED', 'MOVED_AWAY', 'BECAME_WAGE_WORKER', 'NO_LONGER_IN_CATEGORY', 'DUPLICATE', 'NO_LONGER_ELIGIBLE'];

function table(caption, headings, body) {
  return tableWrap(dataTable({ caption, columns: headings.map(([key, cls]) => col(key, cls)), body }));
}

function card(id, title, ...children) {
  return h('section', { class: 'card flush', 'aria-labelledby': id },
    h('div', { class: 'card-head' }, h('h2', { id, class: 'card-title', tabindex: '-1' }, title)), ...children);
}

function decide(change, decision, onDone) {
  const approving = decision === 'approve';
  confirmDialog({
    title: t(`decrees.confirm.${decision}_title`),
    intro: t(`decrees.confirm.${decision}_intro`),
    about: h('p', { class: 'sub' }, `${change.workerName} · ${t(`decrees.kind.${change.kind}`)} · ${t(`decrees.reason.${change.reason}`)}`),
    reason: approving ? null : { label: t('decrees.field.reject_reason'), hint: t('decrees.hint.reject_reason') },
    submitLabel: t(`decrees.${decision}`),
    submitClass: approving ? 'primary' : 'danger',
    send: (reason) => api.post(`/decree-changes/${encodeURIComponent(change.id)}/${decision}`,
      reason === undefined ? undefined : { reason }),
    onDone,
  });
}

function inboxCard(user, alive) {
  const body = h('tbody');
  const approver = user.role === 'APPROVER';
  const pager = tablePager({
    body,
    columns: 5,
    load: (cursor) => api.get(`/decree-changes${listQuery(PAGE_SIZE, cursor, { status: 'PENDING' })}`),
    row: (c) => h('tr', { 'data-change-id': c.id },
      h('th', { scope: 'row' }, c.workerName),
      h('td', {}, t(`decrees.kind.${c.kind}`)),
      h('td', {}, t(`decrees.reason.${c.reason}`)),
      h('td', {}, `${c.fundingSource} ${c.year}`, h('span', { class: 'sub' }, dateTime(c.createdAt))),
      h('td', { class: 'actions' }, approver ? [
        h('button', { type: 'button', class: 'button small primary', 'aria-haspopup': 'dialog', 'aria-label': t('decrees.approve_named', { name: c.workerName }),
          onclick: () => decide(c, 'approve', () => pager.first()) }, t('decrees.approve')),
        h('button', { type: 'button', class: 'button small danger', 'aria-haspopup': 'dialog', 'aria-label': t('decrees.reject_named', { name: c.workerName }),
          onclick: () => decide(c, 'reject', () => pager.first()) }, t('decrees.reject')),
      ] : null)),
    empty: () => t('decrees.inbox_empty'),
    alive,
  });
  pager.first();
  return {
    element: card('decrees-inbox', t('decrees.inbox_heading'),
      table(t('decrees.inbox_heading'), [['decrees.col.worker'], ['decrees.col.kind'], ['decrees.col.reason'],
        ['decrees.col.decree'], ['users.col.actions', 'actions']], body), pager.element),
    reload: () => pager.first(),
  };
}

function removeDialog(decree, member, onDone) {
  const reason = h('select', { name: 'reason' }, REMOVE_REASONS.map((r) => h('option', { value: r }, t(`decrees.reason.${r}`))));
  const note = h('textarea', { name: 'note', rows: 2, maxlength: 1000 });
  let opened;
  const send = api.intent();
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', {}, t('decrees.remove_intro', { name: member.fullName })),
    field({ name: 'reason', label: t('decrees.field.reason'), control: reason }),
    field({ name: 'note', label: t('decrees.field.note'), control: note, hint: t('decrees.hint.note') }),
    formAlert(),
    actions(t('decrees.propose'), () => opened.dialog));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    await busy(form, async () => {
      try {
        await send((key) => api.postOnce(`/decrees/${encodeURIComponent(decree.id)}/changes`,
          { workerId: member.workerId, kind: 'REMOVE', reason: reason.value, note: note.value.trim() || null }, key));
        opened.dialog.close();
        onDone();
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  opened = openDialog(t('decrees.remove_title'), form);
  reason.focus();
}

function notReverifiedCard(run, alive) {
  const body = h('tbody');
  const pager = tablePager({
    body,
    columns: 3,
    load: (cursor) => api.get(`/reverifications/${encodeURIComponent(run.id)}/not-reverified${listQuery(PAGE_SIZE, cursor)}`),
    row: (w) => h('tr', { 'data-worker-id': w.workerId },
      h('th', { scope: 'row' }, h('a', { href: `#/workers/${w.workerId}` }, w.fullName)),
      h('td', { class: 'codes' }, w.nikMasked),
      h('td', {}, w.reasons.map((r) => t(`decrees.not_reverified.${r}`)).join(', '))),
    empty: () => t('decrees.all_reverified'),
    alive,
  });
  pager.first();
  return h('div', { class: 'decree-not-reverified' },
    h('p', { class: 'notice', role: 'status' }, t('decrees.reverified_counts', {
      checked: number(run.checked), verified: number(run.verified), not: number(run.notVerified), at: dateTime(run.createdAt) })),
    table(t('decrees.not_reverified_heading'), [['decrees.col.worker'], ['decrees.col.nik'], ['decrees.col.why']], body),
    pager.element);
}

function reverificationCard(decree, user, alive) {
  const slot = h('div');
  const show = (run) => fill(slot, run ? notReverifiedCard(run, alive) : h('p', { class: 'sub' }, t('decrees.no_reverification')));
  api.get(`/decrees/${encodeURIComponent(decree.id)}/reverifications`)
    .then(({ items }) => alive() && show(items[0]))
    .catch((error) => fill(slot, h('p', { class: 'notice error' }, problemMessage(error))));
  const send = api.intent();
  const button = ['ADMIN', 'OPERATOR'].includes(user.role) ? h('button', {
    type: 'button',
    class: 'button secondary',
    onclick: async () => {
      button.disabled = true;
      try {
        show(await send((key) => api.postOnce(`/decrees/${encodeURIComponent(decree.id)}/reverifications`, undefined, key)));
      } catch (error) {
        fill(slot, h('p', { class: 'notice error', role: 'alert' }, problemMessage(error)));
      } finally {
        button.disabled = false;
      }
    },
  }, t('decrees.reverify')) : null;
  return h('section', { class: 'card', 'aria-labelledby': 'decree-reverification' },
    h('div', { class: 'card-head' }, h('h2', { id: 'decree-reverification', class: 'card-title' }, t('decrees.reverification_heading')),
      button), h('p', { class: 'sub' }, t('decrees.reverification_lead')), slot);
}

function detail(decree, user, alive, onProposed) {
  const body = h('tbody');
  const proposer = ['OPERATOR', 'APPROVER'].includes(user.role);
  const pager = tablePager({
    body,
    columns: proposer ? 5 : 4,
    load: (cursor) => api.get(`/decrees/${encodeURIComponent(decree.id)}/members${listQuery(PAGE_SIZE, cursor)}`),
    row: (m) => h('tr', { 'data-worker-id': m.workerId },
      h('th', { scope: 'row' }, h('a', { href: `#/workers/${m.workerId}` }, m.fullName)),
      h('td', { class: 'codes' }, m.nikMasked),
      h('td', {}, m.category),
      h('td', {}, m.kelurahanName),
      proposer ? h('td', { class: 'actions' }, h('button', {
        type: 'button', class: 'button small secondary', 'aria-haspopup': 'dialog', 'aria-label': t('decrees.remove_named', { name: m.fullName }),
        onclick: () => removeDialog(decree, m, onProposed),
      }, t('decrees.remove'))) : null),
    empty: () => t('decrees.cohort_empty'),
    alive,
  });
  pager.first();
  const download = (format) => h('button', {
    type: 'button',
    class: 'button secondary',
    'data-format': format,
    onclick: async (event) => {
      try {
        saveFile(await api.download(`/decrees/${encodeURIComponent(decree.id)}/list?format=${format}`));
      } catch (error) {
        event.target.after(h('span', { class: 'notice error', role: 'alert' }, problemMessage(error)));
      }
    },
  }, t(`decrees.download_${format.toLowerCase()}`));
  const headings = [['decrees.col.worker'], ['decrees.col.nik'], ['decrees.col.category'], ['decrees.col.kelurahan']];
  if (proposer) headings.push(['users.col.actions', 'actions']);
  return h('div', { class: 'decree-detail' },
    h('section', { class: 'card', 'aria-labelledby': 'decree-heading' },
      h('h2', { id: 'decree-heading', class: 'card-title', tabindex: '-1' }, t('decrees.detail_heading', { number: decree.number })),
      h('dl', { class: 'facts' },
        h('dt', {}, t('decrees.col.year')), h('dd', {}, String(decree.year)),
        h('dt', {}, t('decrees.col.source')), h('dd', {}, decree.fundingSource),
        h('dt', {}, t('decrees.col.date')), h('dd', {}, date(decree.decreeDate)),
        h('dt', {}, t('decrees.col.earmark')), h('dd', {}, decree.earmarkRule || '—'),
        h('dt', {}, t('decrees.col.members')), h('dd', { 'data-members': '' }, number(decree.members))),
      h('div', { class: 'form-actions' }, download('XLSX'), download('PDF'))),
    card('decree-cohort', t('decrees.cohort_heading'), table(t('decrees.cohort_heading'), headings, body), pager.element),
    reverificationCard(decree, user, alive));
}

function decreesCard(user, alive, onProposed) {
  const body = h('tbody');
  const slot = h('div');
  api.get('/decrees').then(({ items }) => {
    if (!alive()) return;
    fill(body, items.length ? items.map((d) => h('tr', { 'data-decree-id': d.id },
      h('th', { scope: 'row' }, String(d.year)),
      h('td', {}, d.fundingSource),
      h('td', {}, d.number, h('span', { class: 'sub' }, date(d.decreeDate))),
      h('td', { class: 'num' }, number(d.members)),
      h('td', { class: 'actions' }, h('button', {
        type: 'button', class: 'button small secondary', 'aria-label': t('decrees.open_named', { number: d.number }),
        onclick: () => {
          fill(slot, detail(d, user, alive, onProposed));
          slot.querySelector('h2').focus();
        },
      }, t('decrees.open'))))) : messageRow(5, t('decrees.empty')));
  }).catch((error) => fill(body, messageRow(5, problemMessage(error), true)));
  return h('div', {},
    card('decrees-list', t('decrees.list_heading'), table(t('decrees.list_heading'), [['decrees.col.year'],
      ['decrees.col.source'], ['decrees.col.number'], ['decrees.col.members', 'num'], ['users.col.actions', 'actions']], body)),
    slot);
}

export function render(main, { user, alive }) {
  const inbox = inboxCard(user, alive);
  main.append(
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, t('nav.decrees'))),
    h('p', { class: 'lead' }, t('decrees.lead')),
    inbox.element,
    decreesCard(user, alive, inbox.reload));
}
