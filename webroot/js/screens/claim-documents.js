// A claim's documents (part of claim-detail.js): required against uploaded, each uploaded one to
// preview in the page or download, and the upload of one or several files at once (issue 19.6).
// Files need the bearer token, so a preview is the file fetched by api.download shown from a
// blob: URL (the CSP allows blob: for img-src and frame-src only): a PDF in an <iframe>, a JPEG
// or PNG in an <img>. Several files are sent one after the other, each with its own result line;
// a file identical to one the worker already has (the server's document_identical warning) is
// stored and said so, and identical documents on this claim are marked in the table.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { dataTable, actionsCol, tableWrap } from '../table.js';
import { has, t } from '../i18n.js';
import { bytes, dateTime } from '../format.js';
import { busy, field, formAlert, problemMessage, fieldMessage } from '../forms.js';
import { saveFile } from '../files.js';
import { options } from '../reference.js';

const UPLOADERS = ['ADMIN', 'OPERATOR', 'FIELD_OFFICER'];
// Closed to documents: rejected by the office, or paid by the city before cases went to BPJS.
const CLOSED = ['REJECTED', 'PAID'];
// Every kind the API accepts (OpenAPI DocumentKind), for uploads beyond the required ones.
const DOC_KINDS = ['KTP_MEMBER', 'KTP_HEIR', 'DEATH_CERTIFICATE', 'FAMILY_CARD', 'HEIR_LETTER', 'MARRIAGE_BOOK', 'BANK_BOOK',
  'NPWP', 'ACCIDENT_FORM', 'INCIDENT_REPORT', 'WITNESS_KTP', 'POLICE_REPORT', 'MEDICAL_RECEIPTS', 'BPJS_RECEIPT', 'BPJS_ANSWER'];
// What a preview shows: the types the server stores (it recognises them from the bytes).
const PREVIEWABLE = ['application/pdf', 'image/jpeg', 'image/png'];

export function kindName(kind) {
  return has(`doc.${kind}`) ? t(`doc.${kind}`) : kind;
}

/** One upload's result line: stored (with the identical documents it matches), or refused and why. */
function resultLine(name, outcome) {
  if (outcome.error) {
    const error = outcome.error;
    const why = error.errors?.length ? error.errors.map(fieldMessage).join(' ') : problemMessage(error);
    return h('li', { class: 'upload-result failed', 'data-file': name }, h('strong', {}, name), ': ', t('claims.upload_failed'), ' ', why);
  }
  const doc = outcome.doc;
  const same = doc.warnings || [];
  return h('li', { class: `upload-result ${same.length ? 'warned' : 'stored'}`, 'data-file': name },
    h('strong', {}, name), ': ', t('claims.uploaded', { kind: kindName(doc.kind) }),
    same.map((w) => h('span', { class: 'identical-warning', 'data-code': w.code }, ' ',
      t(w.claimId === doc.claimId ? 'claims.identical_here' : 'claims.identical_other',
        { kind: kindName(w.kind), number: w.claimNumber || '' }))));
}

/**
 * createDocuments({ path, user, alive, say, reload }) → { element, show(claim, uploaded) }: the
 * card; show() draws it for the claim and its documents, keeping the last uploads' results and
 * the open preview across the redraw that follows an upload.
 */
export function createDocuments({ path, user, alive, say, reload }) {
  const element = h('section', { class: 'card', 'aria-labelledby': 'claim-documents' });
  const results = h('ul', { class: 'upload-results', 'aria-live': 'polite', 'aria-label': t('claims.upload_results') });
  const preview = h('div', { class: 'doc-preview-slot' });
  let previewUrl = null;
  let claim = null;
  let uploaded = [];

  function closePreview() {
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = null;
    fill(preview);
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

  function showPreview(doc) {
    return async (event) => {
      const button = event.currentTarget;
      button.disabled = true;
      try {
        const { blob } = await api.download(`${path}/documents/${encodeURIComponent(doc.id)}`);
        if (!alive()) return;
        closePreview();
        // Typed by what the server recognised, never by what the response or the file claims.
        previewUrl = URL.createObjectURL(new Blob([blob], { type: doc.contentType }));
        const title = t('claims.preview_of', { kind: kindName(doc.kind) });
        const close = h('button', { type: 'button', class: 'button small secondary', onclick: () => {
          closePreview();
          element.querySelector(`[data-document-id="${CSS.escape(doc.id)}"] .preview-button`)?.focus();
        } }, t('claims.preview_close'));
        fill(preview, h('figure', { class: 'doc-preview', 'data-document-id': doc.id },
          h('div', { class: 'card-head' }, h('h3', { tabindex: '-1' }, title), close),
          doc.contentType === 'application/pdf'
            ? h('iframe', { src: previewUrl, title, class: 'doc-preview-frame' })
            : h('img', { src: previewUrl, alt: title, class: 'doc-preview-image' })));
        preview.querySelector('h3').focus();
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
    const file = h('input', { type: 'file', multiple: true, accept: 'application/pdf,image/jpeg,image/png' });
    const form = h('form', { class: 'upload-form', novalidate: true, 'aria-label': t('claims.upload') },
      field({ name: 'kind', label: t('claims.kind'), control: kind }),
      field({ name: 'file', label: t('claims.files'), control: file, hint: t('claims.files_hint') }),
      h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'button primary' }, t('claims.upload'))),
      formAlert());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const files = [...file.files];
      const alert = form.querySelector('.form-error');
      alert.hidden = Boolean(files.length && kind.value);
      alert.textContent = !kind.value ? t('claims.choose_kind') : files.length ? '' : t('claims.choose_files');
      if (!files.length || !kind.value) return;
      fill(results);
      await busy(form, async () => {
        // One after the other: each file its own request and its own line, a refusal stops none.
        for (const one of files) {
          const data = new FormData();
          data.append('kind', kind.value);
          data.append('file', one);
          let outcome;
          try {
            outcome = { doc: await api.upload(`${path}/documents`, data) };
          } catch (error) {
            outcome = { error };
          }
          if (!alive()) return;
          results.append(resultLine(one.name, outcome));
        }
      });
      say(t('claims.uploads_done', { count: files.length }));
      await reload();
    });
    return form;
  }

  /** "Identical to …" for a document whose SHA-256 another document of this claim shares. */
  function twinNote(doc) {
    const twin = uploaded.find((other) => other.id !== doc.id && other.sha256 === doc.sha256);
    return twin ? h('span', { class: 'sub identical-note' }, t('claims.identical_to', { kind: kindName(twin.kind) })) : null;
  }

  function show(nextClaim, nextUploaded) {
    claim = nextClaim;
    uploaded = nextUploaded;
    if (previewUrl && !uploaded.some((d) => preview.querySelector(`[data-document-id="${CSS.escape(d.id)}"]`))) closePreview();
    const present = new Set(uploaded.map((d) => d.kind));
    fill(element,
      h('h2', { id: 'claim-documents' }, t('claims.documents')),
      h('h3', {}, t('claims.required')),
      h('ul', { class: 'required-docs' }, claim.requiredDocuments.map((kind) => h('li', {
        class: present.has(kind) ? 'present' : 'missing',
        'data-kind': kind,
      }, h('span', { class: 'visually-hidden' }, t(present.has(kind) ? 'claims.present' : 'claims.absent'), ' '),
      kindName(kind),
      h('span', { class: 'sub' }, t(present.has(kind) ? 'claims.present' : 'claims.absent'))))),
      h('h3', {}, t('claims.uploaded_heading')),
      uploaded.length ? tableWrap(dataTable({ caption: t('claims.uploaded_heading'),
        columns: ['claims.kind', 'claims.format', 'claims.size', 'claims.uploaded_at', actionsCol()],
        body: h('tbody', {}, uploaded.map((doc) => h('tr', { 'data-document-id': doc.id },
          h('th', { scope: 'row' }, kindName(doc.kind), twinNote(doc)),
          h('td', {}, doc.contentType.replace(/^.*\//, '').toUpperCase()),
          h('td', {}, bytes(doc.size)),
          h('td', {}, dateTime(doc.uploadedAt)),
          h('td', { class: 'actions' },
            PREVIEWABLE.includes(doc.contentType) ? [h('button', {
              type: 'button',
              class: 'button small secondary preview-button',
              'aria-label': t('claims.preview_named', { kind: kindName(doc.kind) }),
              onclick: showPreview(doc),
            }, t('claims.preview')), ' '] : null,
            h('button', {
              type: 'button',
              class: 'button small secondary',
              'aria-label': t('claims.download_named', { kind: kindName(doc.kind) }),
              onclick: download(doc),
            }, t('claims.download')))))) }))
        : h('p', { class: 'muted' }, t('claims.no_documents')),
      preview,
      UPLOADERS.includes(user.role) && !CLOSED.includes(claim.status) ? uploadForm() : null,
      results);
  }

  return { element, show, close: closePreview };
}
