// One worker (#/workers/<id>): the registered fields, coverage, heirs with their priority
// class, and — right after a save — the server's duplicate warnings with a link to the
// possible duplicate; memberships with enrolment (memberships.js) and the worker's claims
// (worker-claims.js). NIKs and phones are masked; "Tampilkan" shows them with a purpose
// (reveal.js), until the page is left or reloaded.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, tableWrap } from '../table.js';
import { has, t } from '../i18n.js';
import { date, dateTime } from '../format.js';
import { problemMessage } from '../forms.js';
import { reference } from '../reference.js';
import { openEdit } from './worker-dialog.js';
import { openHeirs } from './heirs-dialog.js';
import { workerClaimsCard } from './worker-claims.js';
import { membershipsCard } from './memberships.js';
import { mayReveal, openReveal } from './reveal.js';

/** The roles that register and change workers (the rest read). */
export const EDITORS = ['ADMIN', 'OPERATOR', 'FIELD_OFFICER'];

// A save's answer, shown once on the worker's page that the save navigates to.
let pending = null;

/** Keeps a saved worker (with its warnings) for the detail page that opens next. */
export function flash(saved, messageKey) {
  pending = { saved, messageKey };
}

export function coverageBadge(coverage) {
  const status = coverage?.status || 'NONE';
  return h('span', { class: `badge coverage-${status.toLowerCase()}` }, t(`workers.coverage.${status}`));
}

function warningList(saved) {
  if (!saved.warnings?.length) return null;
  return h('section', { class: 'warnings', role: 'status', 'aria-labelledby': 'worker-warnings' },
    h('h2', { id: 'worker-warnings' }, t('workers.warnings.heading')),
    h('ul', {}, saved.warnings.map((warning) => h('li', { 'data-code': warning.code },
      has(`warning.${warning.code}`) ? t(`warning.${warning.code}`) : warning.message,
      warning.workerId ? [' ', h('a', { href: `#/workers/${warning.workerId}` }, t('workers.warnings.open'))] : null)),
    // Saved while possible duplicates existed: in the review queue, not enrolled until resolved.
    saved.duplicateReview ? h('li', { 'data-review': saved.duplicateReview.id }, t('workers.warnings.review'), ' ',
      h('a', { href: '#/duplicate-reviews' }, t('nav.duplicate_reviews'))) : null));
}

function term(label, value) {
  return [h('dt', {}, label), h('dd', {}, value)];
}

export function render(main, { user, id, alive }) {
  const { saved, messageKey } = pending && pending.saved.id === id ? pending : {};
  pending = null;
  const status = h('div', { class: 'notice-slot' });
  const heading = h('h1', { tabindex: '-1' }, t('nav.workers'));
  const actionsSlot = h('div', { class: 'page-actions' });
  const facts = h('section', { class: 'card', 'aria-labelledby': 'worker-facts' });
  const heirsCard = h('section', { class: 'card', 'aria-labelledby': 'worker-heirs' });
  const claimsCard = workerClaimsCard(id, { user, alive });
  const memberships = membershipsCard({
    user,
    alive,
    onChanged: (message) => {
      fill(status, h('p', { class: 'notice', role: 'status' }, message));
      load();
    },
  });
  main.append(
    h('p', { class: 'back' }, h('a', { href: '#/workers' }, t('workers.back'))),
    h('div', { class: 'page-head' }, heading, actionsSlot),
    status, facts, memberships.element, heirsCard, claimsCard);
  if (saved) {
    fill(status, h('p', { class: 'notice', role: 'status' }, t(messageKey, { name: saved.fullName })),
      warningList(saved));
  }

  let etag = null;
  let worker = null;
  let heirs = [];
  let ref = null;
  let revealed = null;

  async function load() {
    try {
      const [one, list, loaded] = await Promise.all([
        api.request(`/workers/${encodeURIComponent(id)}`),
        api.get(`/workers/${encodeURIComponent(id)}/heirs`),
        reference(),
      ]);
      if (!alive()) return;
      worker = one.body;
      etag = one.etag;
      revealed = null;
      heirs = list.items;
      ref = loaded;
      draw();
      memberships.load(worker);
    } catch (error) {
      if (!alive()) return;
      heading.textContent = error.status === 404 ? t('workers.not_found') : t('nav.workers');
      fill(facts, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
      heirsCard.hidden = true;
      claimsCard.hidden = true;
      memberships.element.hidden = true;
    }
  }

  function draw() {
    heading.textContent = worker.fullName;
    document.title = `${worker.fullName} · Ngopeni`;
    const edit = EDITORS.includes(user.role);
    fill(actionsSlot, edit ? h('button', {
      type: 'button',
      class: 'button secondary',
      onclick: () => openEdit(id, {
        user,
        onSaved: (next) => {
          if (!alive()) return;
          fill(status, h('p', { class: 'notice', role: 'status' }, t('workers.updated', { name: next.fullName })), warningList(next));
          load();
        },
      }),
    }, t('workers.edit')) : null);
    const coverage = worker.coverage || { status: 'NONE' };
    const heirNik = (heir) => revealed?.heirs.find((one) => one.id === heir.id)?.nik ?? heir.nik;
    const revealButton = mayReveal(user.role) && !revealed ? h('button', {
      type: 'button',
      class: 'button secondary small',
      'aria-label': t('privacy.reveal.button_label', { name: worker.fullName }),
      onclick: () => openReveal({
        workerId: id,
        role: user.role,
        onRevealed: (answer) => {
          if (!alive()) return;
          revealed = answer;
          draw();
          facts.querySelector('.revealed-note')?.focus();
        },
      }),
    }, t('privacy.reveal.button')) : null;
    fill(facts,
      h('h2', { id: 'worker-facts' }, t('workers.facts')),
      h('dl', { class: 'facts' },
        term(t('workers.field.nik'), [h('span', { class: 'codes', 'data-part': 'nik' }, revealed ? revealed.nik : worker.nik),
          ' ', revealButton,
          revealed ? h('p', { class: 'hint revealed-note', tabindex: '-1' },
            t('privacy.reveal.shown_for', { purpose: t(`privacy.purpose.${revealed.purpose}`) })) : null]),
        term(t('workers.field.birthDate'), date(worker.birthDate)),
        term(t('workers.field.sex'), t(`workers.sex.${worker.sex}`)),
        term(t('workers.field.kelurahan'), `${ref.regionName(worker.kelurahanCode)}, ${ref.regionName(worker.kecamatanCode)}`),
        term(t('workers.field.category'), ref.categoryName(worker.category)),
        term(t('workers.field.phone'), (revealed ? revealed.phone : worker.phone) || '—'),
        term(t('workers.field.address'), worker.address || '—'),
        term(t('workers.col.coverage'), [coverageBadge(coverage),
          coverage.startDate ? h('span', { class: 'hint' }, ' ', t('workers.coverage.since', {
            date: date(coverage.startDate), source: coverage.fundingSource,
          })) : null]),
        term(t('workers.registered'), dateTime(worker.createdAt))));
    fill(heirsCard,
      h('div', { class: 'card-head' },
        h('h2', { id: 'worker-heirs' }, t('heirs.heading')),
        edit ? h('button', {
          type: 'button',
          class: 'button secondary small',
          onclick: () => openHeirs({
            worker,
            heirs,
            etag,
            onSaved: (list, tag) => {
              if (!alive()) return;
              fill(status, h('p', { class: 'notice', role: 'status' }, t('heirs.saved')));
              heirs = list.items;
              etag = tag;
              draw();
            },
          }),
        }, t('heirs.edit')) : null),
      heirs.length ? tableWrap(dataTable({ caption: t('heirs.heading'),
        columns: ['heirs.field.fullName', 'heirs.field.relationship', 'workers.field.nik', 'heirs.col.priority',
          'workers.col.birthDate'],
        body: h('tbody', {}, heirs.map((heir) => h('tr', {},
          h('th', { scope: 'row' }, heir.fullName),
          h('td', {}, t(`heirs.rel.${heir.relationship}`)),
          h('td', { class: 'codes' }, heirNik(heir) || '—'),
          h('td', {}, h('span', { class: 'badge muted' }, t('heirs.priority', { n: heir.priorityClass }))),
          h('td', {}, date(heir.birthDate))))) }))
        : h('p', { class: 'muted' }, t('heirs.none')));
  }

  load();
}
