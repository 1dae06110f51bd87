// One claim (#/claims/<id>): eligibility with its reasons, the entitlement line by line,
// required against uploaded documents (upload, download), and verify / reject for OPERATOR
// and ADMIN ("the file is complete"). A refused verification lists what is missing, as the
// server says it. Following the case with BPJS (clocks, hand-over, answer) is claim-case.js.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { has, language, t } from '../i18n.js';
import { bytes, date, dateTime, rupiah } from '../format.js';
import { busy, field, formAlert, problemMessage, showProblem } from '../forms.js';
import { confirmDialog } from '../dialog.js';
import { saveFile } from '../files.js';
import { options } from '../reference.js';
import { claimCaseCard } from './claim-case.js';
import { accidentFacts, arrearsNotice } from './claim-facts.js';

const DECIDERS = ['ADMIN', 'OPERATOR'];
const UPLOADERS = ['ADMIN', 'OPERATOR', 'FIELD_OFFICER'];
const OPEN = ['SUBMITTED', 'VERIFIED'];
// Closed to documents: rejected by the office, or paid by the city before cases went to BPJS.
const CLOSED = ['REJECTED', 'PAID'];
// Every kind the API accepts (OpenAPI DocumentKind), for uploads beyond the required ones.
const DOC_KINDS = ['KTP_MEMBER', 'KTP_HEIR', 'DEATH_CERTIFICATE', 'FAMILY_CARD', 'HEIR_LETTER', 'MARRIAGE_BOOK', 'BANK_BOOK',
  'NPWP', 'ACCIDENT_FORM', 'INCIDENT_REPORT', 'WITNESS_KTP', 'POLICE_REPORT', 'MEDICAL_RECEIPTS', 'BPJS_RECEIPT', 'BPJS_ANSWER'];

export function eligibilityBadge(claim) {
  const eligible = claim.eligibility?.eligible;
  return h('span', { class: `badge ${eligible ? 'coverage-active' : 'danger-soft'}` }, t(eligible ? 'claims.eligible' : 'claims.not_eligible'));
}

export function claimStatusBadge(status) {
  return h('span', { class: `badge claim-${status.toLowerCase()}` }, t(`claims.status.${status}`));
}

function kindName(kind) {
  return has(`doc.${kind}`) ? t(`doc.${kind}`) : kind;
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
  const documents = h('section', { class: 'card', 'aria-labelledby': 'claim-documents' });
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
      h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
        h('caption', { class: 'visually-hidden' }, t('claims.entitlement')),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('claims.line')),
          h('th', { scope: 'col' }, t('claims.regulation')),
          h('th', { scope: 'col', class: 'money' }, t('payouts.col.amount')))),
        h('tbody', {}, lines.map((line) => h('tr', { class: line.flagged ? 'flagged' : null },
          h('th', { scope: 'row' }, language() === 'en' && line.nameEn ? line.nameEn : line.nameId,
            line.flagged ? h('span', { class: 'sub' }, t('claims.not_cash')) : null),
          h('td', { class: 'hint' }, line.regulation || '—'),
          h('td', { class: 'money' }, rupiah(line.amount))))),
        h('tfoot', {}, h('tr', {},
          h('th', { scope: 'row', colspan: 2 }, t('claims.total')),
          h('td', { class: 'money total' }, rupiah(claim.entitlement.total)))))));
  }

  function download(doc) {
    return async (event) => {
      const button = event.currentTarget;
      button.disabled = true;
      try {
        saveFile(await api.download(`${path}/documents/${encodeURIComponent(doc.id)}`));
      } catch (error) {
        say(problemMessage(error), 'form-error');
      } finally {
        button.disabled = false;
      }
    };
  }

  function uploadForm() {
    const kind = h('select', {}, options(t('workers.choose'),
      [...new Set([...claim.requiredDocuments, ...DOC_KINDS])].map((k) => [k, kindName(k)]),
      claim.requiredDocuments.find((k) => !uploaded.some((d) => d.kind === k))));
    const file = h('input', { type: 'file', accept: 'application/pdf,image/jpeg,image/png' });
    const form = h('form', { class: 'upload-form', novalidate: true, 'aria-label': t('claims.upload') },
      field({ name: 'kind', label: t('claims.kind'), control: kind }),
      field({ name: 'file', label: t('claims.file'), control: file, hint: t('claims.file_hint') }),
      h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'button primary' }, t('claims.upload'))),
      formAlert());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = new FormData();
      data.append('kind', kind.value);
      if (file.files[0]) data.append('file', file.files[0]);
      await busy(form, async () => {
        try {
          const doc = await api.upload(`${path}/documents`, data);
          if (!alive()) return;
          say(t('claims.uploaded', { kind: kindName(doc.kind) }));
          await load();
        } catch (error) {
          showProblem(form, error);
        }
      });
    });
    return form;
  }

  function drawDocuments() {
    const present = new Set(uploaded.map((d) => d.kind));
    fill(documents,
      h('h2', { id: 'claim-documents' }, t('claims.documents')),
      h('h3', {}, t('claims.required')),
      h('ul', { class: 'required-docs' }, claim.requiredDocuments.map((kind) => h('li', {
        class: present.has(kind) ? 'present' : 'missing',
        'data-kind': kind,
      }, h('span', { class: 'visually-hidden' }, t(present.has(kind) ? 'claims.present' : 'claims.absent'), ' '),
      kindName(kind),
      h('span', { class: 'sub' }, t(present.has(kind) ? 'claims.present' : 'claims.absent'))))),
      h('h3', {}, t('claims.uploaded_heading')),
      uploaded.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
        h('caption', { class: 'visually-hidden' }, t('claims.uploaded_heading')),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('claims.kind')),
          h('th', { scope: 'col' }, t('claims.format')),
          h('th', { scope: 'col' }, t('claims.size')),
          h('th', { scope: 'col' }, t('claims.uploaded_at')),
          h('th', { scope: 'col', class: 'actions' }, h('span', { class: 'visually-hidden' }, t('users.col.actions'))))),
        h('tbody', {}, uploaded.map((doc) => h('tr', { 'data-document-id': doc.id },
          h('th', { scope: 'row' }, kindName(doc.kind)),
          h('td', {}, doc.contentType.replace(/^.*\//, '').toUpperCase()),
          h('td', {}, bytes(doc.size)),
          h('td', {}, dateTime(doc.uploadedAt)),
          h('td', { class: 'actions' }, h('button', {
            type: 'button',
            class: 'button small secondary',
            'aria-label': t('claims.download_named', { kind: kindName(doc.kind) }),
            onclick: download(doc),
          }, t('claims.download'))))))))
        : h('p', { class: 'muted' }, t('claims.no_documents')),
      UPLOADERS.includes(user.role) && !CLOSED.includes(claim.status) ? uploadForm() : null);
  }

  function draw() {
    heading.textContent = `${t(`claims.type.${claim.type}`)}${claim.workerName ? ` · ${claim.workerName}` : ''}`;
    document.title = `${heading.textContent} · Ngopeni`;
    drawActions();
    drawFacts();
    drawEligibility();
    drawEntitlement();
    drawDocuments();
    payouts.show(claim);
  }

  load();
}
