// One claim (#/claims/<id>): its number, eligibility with its reasons, the entitlement line by
// line, required against uploaded documents (claim-documents.js), and verify / reject for OPERATOR
// and ADMIN ("the file is complete"). A refused verification lists what is missing, as the
// server says it. Following the case with BPJS (clocks, hand-over, answer) is claim-case.js.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { has, language, t } from '../i18n.js';
import { date, dateTime, rupiah } from '../format.js';
import { problemMessage } from '../forms.js';
import { confirmDialog } from '../dialog.js';
import { createDocuments, kindName } from './claim-documents.js';
import { claimCaseCard } from './claim-case.js';
import { accidentFacts, arrearsNotice } from './claim-facts.js';

const DECIDERS = ['ADMIN', 'OPERATOR'];
const OPEN = ['SUBMITTED', 'VERIFIED'];

export function eligibilityBadge(claim) {
  const eligible = claim.eligibility?.eligible;
  return h('span', { class: `badge ${eligible ? 'coverage-active' : 'danger-soft'}` }, t(eligible ? 'claims.eligible' : 'claims.not_eligible'));
}

export function claimStatusBadge(status) {
  return h('span', { class: `badge claim-${status.toLowerCase()}` }, t(`claims.status.${status}`));
}

/** One errors[] entry of a refused verification, in the reader's language where we can. */
function refusal(entry) {
  const kind = String(entry.field || '').replace(/^documents\./, '');
  if (entry.code === 'document_missing') return t('claims.missing', { kind: kindName(kind) });
  return has(`reason.${entry.code}`) ? t(`reason.${entry.code}`) : entry.message;
}

export function render(main, { user, id, alive }) {
  const path = `/claims/${encodeURIComponent(id)}`;
  const heading = h('h1', { tabindex: '-1' }, t('nav.claims'));
  const actionsSlot = h('div', { class: 'page-actions' });
  const status = h('div', { class: 'notice-slot', 'aria-live': 'polite' });
  const facts = h('section', { class: 'card', 'aria-labelledby': 'claim-facts' });
  const eligibility = h('section', { class: 'card', 'aria-labelledby': 'claim-eligibility' });
  const entitlement = h('section', { class: 'card', 'aria-labelledby': 'claim-entitlement' });
  const docs = createDocuments({ path, user, alive, say, reload: () => load() });
  const documents = docs.element;
  const payouts = claimCaseCard({ user, alive, say, reload: () => load() });
  main.append(
    h('p', { class: 'back' }, h('a', { href: '#/claims' }, t('claims.back'))),
    h('div', { class: 'page-head' }, heading, actionsSlot),
    status, facts, payouts.element, eligibility, entitlement, documents);

  let claim = null;
  let uploaded = [];

  function say(text, kind = 'notice') {
    fill(status, h('p', { class: kind, role: kind === 'notice' ? 'status' : 'alert' }, text));
  }

  async function load() {
    try {
      const [one, docs] = await Promise.all([api.get(path), api.get(`${path}/documents`)]);
      if (!alive()) return;
      claim = one;
      uploaded = docs.items;
      draw();
    } catch (error) {
      if (!alive()) return;
      heading.textContent = error.status === 404 ? t('claims.not_found') : t('nav.claims');
      fill(facts, h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
      [eligibility, entitlement, documents, payouts.element].forEach((card) => { card.hidden = true; });
    }
  }

  async function verify(button) {
    button.disabled = true;
    try {
      claim = await api.post(`${path}/verify`);
      if (!alive()) return;
      say(t('claims.verified'));
      await load();
    } catch (error) {
      if (!alive()) return;
      fill(status, h('div', { class: 'form-error refusal', role: 'alert' },
        h('p', {}, h('strong', {}, t('claims.verify_refused'))),
        error.errors.length ? h('ul', {}, error.errors.map((entry) => h('li', { 'data-field': entry.field }, refusal(entry))))
          : h('p', {}, problemMessage(error))));
      status.querySelector('[role=alert]').tabIndex = -1;
      status.querySelector('[role=alert]').focus();
    } finally {
      button.disabled = false;
    }
  }

  function reject() {
    confirmDialog({
      title: t('claims.reject_title'),
      intro: t('claims.reject_intro'),
      about: null,
      reason: { label: t('claims.field.reason'), hint: t('payouts.hint.reason') },
      submitLabel: t('claims.reject'),
      submitClass: 'danger',
      send: (reason) => api.post(`${path}/reject`, { reason }),
      onDone: () => {
        say(t('claims.rejected'));
        load();
      },
    });
  }

  function drawActions() {
    const buttons = [];
    if (DECIDERS.includes(user.role) && claim.status === 'SUBMITTED') {
      const verifyButton = h('button', { type: 'button', class: 'button primary', onclick: () => verify(verifyButton) }, t('claims.verify'));
      buttons.push(verifyButton);
    }
    if (DECIDERS.includes(user.role) && OPEN.includes(claim.status)) {
      buttons.push(h('button', { type: 'button', class: 'button secondary', onclick: reject }, t('claims.reject')));
    }
    fill(actionsSlot, buttons);
  }

  function drawFacts() {
    fill(facts,
      h('h2', { id: 'claim-facts' }, t('claims.facts')),
      h('dl', { class: 'facts' },
        h('dt', {}, t('numbers.claim')), h('dd', { class: 'codes record-number' }, claim.number),
        h('dt', {}, t('claims.col.status')), h('dd', {}, claimStatusBadge(claim.status)),
        h('dt', {}, t('claims.col.worker')), h('dd', {}, h('a', { href: `#/workers/${claim.workerId}` }, claim.workerName || claim.workerId)),
        h('dt', {}, t('claims.col.incident')), h('dd', {}, date(claim.incidentDate)),
        h('dt', {}, t('claims.description')), h('dd', {}, claim.description || '—'),
        claim.medicalCosts ? [h('dt', {}, t('claims.medical_costs')), h('dd', {}, rupiah(claim.medicalCosts))] : null,
        claim.trafficAccident ? [h('dt', {}, t('claims.traffic')), h('dd', {}, t('claims.yes'))] : null,
        accidentFacts(claim.accident),
        h('dt', {}, t('claims.col.filed')), h('dd', {}, dateTime(claim.createdAt)),
        claim.rejectionReason ? [h('dt', {}, t('claims.rejection_reason')), h('dd', {}, claim.rejectionReason)] : null));
  }

  function drawEligibility() {
    const reasons = claim.eligibility.reasons || [];
    fill(eligibility,
      h('div', { class: 'card-head' }, h('h2', { id: 'claim-eligibility' }, t('claims.col.eligibility')), eligibilityBadge(claim)),
      reasons.length ? h('ul', { class: 'reasons' }, reasons.map((reason) => h('li', {},
        has(`reason.${reason.code}`) ? t(`reason.${reason.code}`) : reason.message)))
        : h('p', { class: 'muted' }, t('claims.eligible_detail')),
      arrearsNotice(claim.eligibility.arrears));
  }

  function drawEntitlement() {
    const lines = claim.entitlement.lines || [];
    fill(entitlement,
      h('h2', { id: 'claim-entitlement' }, t('claims.entitlement')),
      tableWrap(dataTable({ caption: t('claims.entitlement'),
        columns: ['claims.line', 'claims.regulation', col('payouts.col.amount', 'money')],
        body: [h('tbody', {}, lines.map((line) => h('tr', { class: line.flagged ? 'flagged' : null },
          h('th', { scope: 'row' }, language() === 'en' && line.nameEn ? line.nameEn : line.nameId,
            line.flagged ? h('span', { class: 'sub' }, t('claims.not_cash')) : null),
          h('td', { class: 'hint' }, line.regulation || '—'),
          h('td', { class: 'money' }, rupiah(line.amount))))),
        h('tfoot', {}, h('tr', {},
          h('th', { scope: 'row', colspan: 2 }, t('claims.total')),
          h('td', { class: 'money total' }, rupiah(claim.entitlement.total))))] })));
  }

  function draw() {
    heading.textContent = `${t(`claims.type.${claim.type}`)}${claim.workerName ? ` · ${claim.workerName}` : ''}`;
    document.title = `${heading.textContent} · Ngopeni`;
    drawActions();
    drawFacts();
    drawEligibility();
    drawEntitlement();
    docs.show(claim, uploaded);
    payouts.show(claim);
  }

  load();
}
