// Tinjauan duplikat (#/duplicate-reviews; issue 19.6): workers saved while possible duplicates
// of them existed, each beside its candidates (NIKs masked), with who saved them, when and why.
// ADMIN and OPERATOR decide: different people (the worker may then be enrolled) or a duplicate
// of one candidate (kept as a removed registration until retention deletes it). AUDITOR reads;
// a field officer reads their kelurahan's. Until decided, the worker is not enrolled.
import * as api from '../api.js';
import { h, fill, uniqueId } from '../dom.js';
import { t, has } from '../i18n.js';
import { date, dateTime } from '../format.js';
import { busy, field, formAlert, problemMessage, showProblem } from '../forms.js';
import { openDialog } from '../dialog.js';
import { cursorPager } from '../pager.js';
import { reference } from '../reference.js';

const PAGE_SIZE = 20;
const DECIDERS = ['ADMIN', 'OPERATOR'];
const STATUSES = ['OPEN', 'RESOLVED_DISTINCT', 'RESOLVED_DUPLICATE', 'ALL'];

function term(label, value) {
  return [h('dt', {}, label), h('dd', {}, value ?? '—')];
}

function why(candidate) {
  return has(`duplicates.why.${candidate.why}`) ? t(`duplicates.why.${candidate.why}`) : candidate.message;
}

/** One person of a review: the new record or a candidate, as the caller may see them. */
function person(p, heading, ref) {
  if (!p || !p.visible) {
    return h('section', { class: 'duplicate-person hidden-person' }, h('h3', {}, heading),
      h('p', {}, t('duplicates.elsewhere')), p ? h('p', { class: 'sub' }, why(p)) : null);
  }
  if (p.gone) {
    return h('section', { class: 'duplicate-person' }, h('h3', {}, heading), h('p', {}, t('duplicates.gone')));
  }
  return h('section', { class: 'duplicate-person', 'data-worker-id': p.workerId },
    h('h3', {}, heading),
    h('p', { class: 'person-name' }, h('a', { href: `#/workers/${p.workerId}` }, p.fullName)),
    h('dl', { class: 'facts' },
      term(t('workers.field.nik'), h('span', { class: 'nik' }, p.nik)),
      term(t('workers.field.birthDate'), date(p.birthDate)),
      term(t('workers.field.kelurahan'), ref.regionName(p.kelurahanCode)),
      term(t('workers.registered'), dateTime(p.createdAt)),
      term(t('workers.col.coverage'), t(`workers.coverage.${p.coverage}`))),
    p.why ? h('p', { class: 'sub' }, why(p)) : null);
}

function resolveDialog(review, resolution, original, onDone) {
  const note = h('textarea', { rows: 3, maxlength: 500 });
  const send = api.intent();
  let opened;
  const cancel = h('button', { type: 'button', class: 'button secondary', onclick: () => opened.dialog.close() }, t('action.cancel'));
  const confirm = h('button', { type: 'submit', class: 'button primary' },
    t(resolution === 'DISTINCT' ? 'duplicates.resolve.distinct' : 'duplicates.resolve.duplicate'));
  const intro = resolution === 'DISTINCT'
    ? t('duplicates.confirm.distinct', { name: review.worker?.fullName ?? '' })
    : t('duplicates.confirm.duplicate', { name: review.worker?.fullName ?? '', original: original.fullName });
  const form = h('form', { class: 'stack confirm', novalidate: true },
    h('p', {}, intro),
    field({ name: 'note', label: t('duplicates.note'), control: note, hint: t('duplicates.note_hint') }),
    formAlert(),
    h('div', { class: 'actions-row' }, cancel, confirm));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { resolution, note: note.value.replace(/\s+/g, ' ').trim() };
    if (original) body.duplicateOf = original.workerId;
    await busy(form, async () => {
      try {
        const result = await send((key) => api.request(`/duplicate-reviews/${encodeURIComponent(review.id)}/resolve`, {
          method: 'POST', body, headers: { 'Idempotency-Key': key, 'If-Match': `"${review.version}"` } }));
        opened.dialog.close();
        onDone(result.body);
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  opened = openDialog(t('duplicates.confirm.title'), form);
  // A reflex Enter never decides: Cancel has the focus.
  cancel.focus();
}

function reviewCard(review, user, ref, onResolved) {
  const headingId = uniqueId('review');
  const visible = review.candidates.filter((c) => c.visible && !c.gone);
  const open = review.status === 'OPEN';
  const buttons = open && DECIDERS.includes(user.role) ? h('div', { class: 'actions-row review-actions' },
    h('button', { type: 'button', class: 'button secondary', 'aria-haspopup': 'dialog',
      onclick: () => resolveDialog(review, 'DISTINCT', null, onResolved) }, t('duplicates.resolve.distinct')),
    visible.map((c) => h('button', { type: 'button', class: 'button secondary', 'aria-haspopup': 'dialog',
      onclick: () => resolveDialog(review, 'DUPLICATE', c, onResolved) },
    t('duplicates.resolve.duplicate_of', { name: c.fullName })))) : null;
  return h('article', { class: 'card duplicate-review', 'data-review-id': review.id, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, review.worker?.visible ? review.worker.fullName : t('duplicates.review')),
    h('p', { class: 'sub' }, t('duplicates.opened', { user: review.openedBy, at: dateTime(review.openedAt) }),
      ' · ', h('span', { class: `badge review-${review.status.toLowerCase()}` }, t(`duplicates.status.${review.status}`))),
    h('p', {}, h('strong', {}, t('duplicates.reason'), ': '), review.reason ?? t('duplicates.no_reason')),
    review.note ? h('p', {}, h('strong', {}, t('duplicates.note'), ': '), review.note,
      ' — ', review.resolvedBy, ', ', dateTime(review.resolvedAt)) : null,
    h('div', { class: 'duplicate-compare' },
      person(review.worker, t('duplicates.new_record'), ref),
      review.candidates.map((c, i) => person(c, t('duplicates.candidate', { n: i + 1 }), ref))),
    buttons);
}

export function render(main, { user, alive }) {
  const list = h('div', { class: 'stack duplicate-queue' });
  // A live region from the start (so a decision is announced), drawn only once it has words.
  const status = h('p', { class: 'notice duplicate-status', role: 'status' });
  const filter = h('select', {}, STATUSES.map((s) => h('option', { value: s }, t(`duplicates.status.${s}`))));
  let ref = null;
  const pager = cursorPager({
    load: (cursor) => api.get(`/duplicate-reviews?status=${filter.value}&limit=${PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
    draw: (items) => fill(list, items.length
      ? items.map((review) => reviewCard(review, user, ref, (resolved) => {
        fill(status, t(`duplicates.done.${resolved.status}`));
        pager.reload();
      }))
      : h('p', { class: 'empty' }, t('duplicates.empty'))),
    fail: (error) => fill(list, h('p', { class: 'form-error' }, problemMessage(error))),
    alive,
  });
  filter.addEventListener('change', () => pager.first());
  main.append(
    h('h1', { tabindex: '-1' }, t('nav.duplicate_reviews')),
    h('p', { class: 'lead' }, t('duplicates.lead')),
    h('div', { class: 'filters' }, field({ name: 'status', label: t('duplicates.filter'), control: filter })),
    status,
    list,
    pager.element);
  reference().then((loaded) => {
    if (!alive()) return;
    ref = loaded;
    pager.first();
  }).catch((error) => {
    if (alive()) fill(list, h('p', { class: 'form-error' }, problemMessage(error)));
  });
}
