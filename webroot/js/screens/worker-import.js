// Bulk import (#/workers/import): a CSV or XLSX file is POSTed as the request body (the API
// streams it into the database) with a progress bar over the bytes sent, then the job is polled
// until it ends — a progress bar over the rows the job counted, the counts, the first row errors
// and the whole error report as a download. The job's id goes into the address
// (#/workers/import/<id>), so a reload keeps following it. Past imports are listed below.
import * as api from '../api.js';
import { h, fill, uniqueId } from '../dom.js';
import { dataTable, col, tableWrap } from '../table.js';
import { has, t } from '../i18n.js';
import { bytes, number, percent } from '../format.js';
import { busy, clearProblem, field, fieldMessage, formAlert, problemMessage, showProblem } from '../forms.js';
import { saveFile } from '../files.js';
import { importBadge, importHistory } from './import-history.js';

/** The roles the API lets upload (x-roles of POST /imports/workers); AUDITOR may only follow a job. */
export const IMPORTERS = ['ADMIN', 'OPERATOR', 'FIELD_OFFICER'];
const READERS = [...IMPORTERS, 'AUDITOR'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const COLUMNS = 'nik,full_name,birth_date,sex,kelurahan_code,category,phone,address';
const POLL_MILLIS = 1000;
const RETRY_MILLIS = 5000;
const RUNNING = ['QUEUED', 'RUNNING'];

/**
 * The Content-Type the API knows the file by, from its name: browsers and office tools label a
 * CSV variously (text/csv, application/vnd.ms-excel, nothing). Anything else goes as the browser
 * says, and the server's 415 explains.
 */
function contentType(file) {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX;
  return file.type || 'application/octet-stream';
}

function figure(label, value, kind) {
  return h('div', { class: `figure ${kind}`, 'data-count': kind },
    h('dt', {}, label), h('dd', {}, h('strong', {}, number(value))));
}

/**
 * Why a job stopped: our words for the code, then the server's own sentence, which names the
 * columns or the row to fix (it is written in Bahasa Indonesia).
 */
function failureNotice(failure) {
  const key = `import.failure.${failure?.code}`;
  return h('div', { class: 'form-error', role: 'alert' },
    h('p', {}, has(key) ? t(key) : t('import.failed')),
    failure?.message ? h('p', { class: 'detail', lang: 'id' }, failure.message) : null);
}

export function render(main, { user, jobId, alive }) {
  const heading = h('h1', { tabindex: '-1' }, t('import.title'));
  const uploadCard = h('section', { class: 'card', 'aria-labelledby': 'import-upload' });
  const jobCard = h('section', { class: 'card import-job', 'aria-labelledby': 'import-job', hidden: true });
  main.append(
    h('p', { class: 'back' }, h('a', { href: '#/workers' }, t('workers.back'))),
    h('div', { class: 'page-head' }, heading),
    uploadCard, jobCard);

  if (!READERS.includes(user.role) || (!jobId && !IMPORTERS.includes(user.role))) {
    fill(uploadCard, h('p', {}, t('route.forbidden.body')));
    return;
  }
  const past = importHistory({ alive });
  main.append(past.element);

  let following = null;
  let timer = null;

  function stop() {
    following = null;
    clearTimeout(timer);
  }

  if (IMPORTERS.includes(user.role)) drawUpload();
  else uploadCard.hidden = true;
  if (jobId) follow(jobId);

  /** The XLSX to fill in (Indonesian headers, drop-down lists): it needs the token, so a button. */
  function templateButton() {
    const button = h('button', { type: 'button', class: 'button', 'data-action': 'template' }, t('import.template'));
    button.addEventListener('click', async () => {
      try {
        saveFile(await api.download('/imports/workers/template'));
      } catch (error) {
        showProblem(uploadCard.querySelector('form'), error);
      }
    });
    return button;
  }

  function drawUpload() {
    const input = h('input', { type: 'file', accept: `.csv,.xlsx,text/csv,${XLSX}` });
    const form = h('form', { class: 'stack import-form', novalidate: true },
      h('p', {}, t('import.intro')),
      h('p', {}, h('code', { class: 'codes columns' }, COLUMNS)),
      h('p', {}, t('import.office_words')),
      h('p', {}, templateButton()),
      field({ name: 'file', label: t('import.file'), control: input, hint: t('import.file_hint') }),
      formAlert(),
      h('div', { class: 'actions-row' }, h('button', { type: 'submit', class: 'button primary' }, t('import.submit'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const file = input.files[0];
      clearProblem(form);
      if (!file) {
        showProblem(form, new api.ApiError(422, { errors: [{ field: 'file', code: 'file_required' }] }));
        return;
      }
      stop();
      jobCard.hidden = false;
      const sent = uploadProgress(file);
      await busy(form, async () => {
        try {
          const { body } = await api.postFile('/imports/workers', file, contentType(file), undefined, sent);
          if (!alive()) return;
          form.reset();
          history.replaceState(null, '', `#/workers/import/${body.id}`);
          follow(body.id, file.name, true);
        } catch (error) {
          if (!alive()) return;
          jobCard.hidden = true;
          showProblem(form, error);
        }
      });
    });
    fill(uploadCard, h('h2', { id: 'import-upload' }, t('import.upload_heading')), form);
  }

  /**
   * Shows the upload itself (bytes sent of the file) until the job exists; returns the
   * onProgress(sent, total) that moves it.
   */
  function uploadProgress(file) {
    const barId = uniqueId('upload-progress');
    const bar = h('progress', { id: barId, class: 'import-bar upload-bar', max: Math.max(file.size, 1), value: 0 });
    const text = h('p', { class: 'hint progress-text' });
    const show = (sent, total) => {
      const size = total > 0 ? total : file.size;
      const done = Math.min(sent, size);
      bar.max = Math.max(size, 1);
      bar.value = size === 0 ? 1 : done;
      // Floored: 100% only once the last byte has gone.
      const share = size === 0 ? 1 : Math.floor((done * 100) / size) / 100;
      text.textContent = t('import.upload_text', { sent: bytes(done), total: bytes(size), percent: percent(share) });
    };
    show(0, file.size);
    fill(jobCard,
      h('h2', { id: 'import-job' }, file.name),
      h('p', { class: 'muted' }, t('import.uploading')),
      h('div', { class: 'import-progress upload-progress' },
        h('label', { for: barId }, t('import.upload_progress')),
        bar,
        text));
    return show;
  }

  /** fresh: just uploaded, so not in the list of past imports yet. */
  function follow(id, fileName = null, fresh = false) {
    stop();
    following = id;
    // The list below shows the job's status too: it is read again whenever that changes here.
    let listed = fresh ? 'UPLOADED' : undefined;
    const poll = async () => {
      if (!alive() || following !== id) return;
      let job;
      try {
        job = await api.get(`/imports/${encodeURIComponent(id)}`);
      } catch (error) {
        if (!alive() || following !== id) return;
        jobCard.hidden = false;
        fill(jobCard, h('h2', { id: 'import-job' }, t('import.job_heading')),
          h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
        // The job runs on the server whatever happens here: after a lost connection or a
        // server error, keep asking, more slowly.
        if (error.status === 0 || error.status >= 500) timer = setTimeout(poll, RETRY_MILLIS);
        return;
      }
      if (!alive() || following !== id) return;
      drawJob(job, fileName);
      if (listed !== undefined && listed !== job.status) past.reload();
      listed = job.status;
      // A finished import's rows are then checked for possible duplicates: follow that too.
      if (RUNNING.includes(job.status) || job.duplicateCheck?.status === 'PENDING') timer = setTimeout(poll, POLL_MILLIS);
    };
    poll();
  }

  function drawJob(job, fileName) {
    jobCard.hidden = false;
    const finished = !RUNNING.includes(job.status);
    const barId = uniqueId('import-progress');
    const counted = job.total !== null && job.total !== undefined;
    // Without a value a <progress> is indeterminate: the rows are still being counted.
    const bar = h('progress', { id: barId, class: 'import-bar', max: counted ? Math.max(job.total, 1) : null,
      value: counted ? (job.total === 0 ? 1 : job.processed) : null });
    // A file refused before its rows were counted has no progress to show, only why.
    const measured = counted || !finished;
    fill(jobCard,
      h('div', { class: 'card-head' },
        h('h2', { id: 'import-job' }, fileName || t('import.job_heading')),
        importBadge(job.status)),
      measured ? h('div', { class: 'import-progress' },
        h('label', { for: barId }, t('import.progress')),
        bar,
        h('p', { class: 'hint progress-text' }, counted
          ? t('import.progress_text', { processed: number(job.processed), total: number(job.total) })
          : t('import.counting'))) : null,
      measured ? h('dl', { class: 'figures import-counts' },
        figure(t('import.count.total'), counted ? job.total : job.processed, 'total'),
        figure(t('import.count.inserted'), job.inserted, 'inserted'),
        figure(t('import.count.duplicates'), job.duplicates, 'duplicates'),
        figure(t('import.count.failed'), job.failed, 'failed')) : null,
      finished ? outcome(job) : null,
      job.errors?.length ? errorTable(job) : null,
      finished && IMPORTERS.includes(user.role) ? h('div', { class: 'actions-row' },
        h('button', { type: 'button', class: 'button secondary', onclick: another }, t('import.again'))) : null);
  }

  function outcome(job) {
    if (job.status === 'FAILED') return failureNotice(job.failure);
    return h('div', {},
      h('p', { class: 'notice', role: 'status' }, t('import.done', {
        inserted: number(job.inserted), duplicates: number(job.duplicates), failed: number(job.failed),
      })),
      duplicateCheck(job.duplicateCheck));
  }

  /** The check of the imported rows for possible duplicates, once the import is done. */
  function duplicateCheck(check) {
    if (!check) return null;
    if (check.status === 'PENDING') {
      return h('p', { class: 'hint duplicate-check', role: 'status' }, t('import.duplicate_check.pending'));
    }
    if (check.reviews === 0) {
      return h('p', { class: 'hint duplicate-check', role: 'status' }, t('import.duplicate_check.none'));
    }
    return h('p', { class: 'notice warning duplicate-check', role: 'status' },
      t('import.duplicate_check.found', { count: number(check.reviews) }), ' ',
      h('a', { href: '#/duplicate-reviews' }, t('import.duplicate_check.review')));
  }

  function errorTable(job) {
    const finished = !RUNNING.includes(job.status);
    const download = h('button', { type: 'button', class: 'button secondary small' }, t('import.errors.download'));
    download.addEventListener('click', async () => {
      download.disabled = true;
      try {
        saveFile(await api.download(`/imports/${encodeURIComponent(job.id)}/errors.csv`));
      } catch (error) {
        download.after(h('p', { class: 'form-error', role: 'alert' }, problemMessage(error)));
      } finally {
        download.disabled = false;
      }
    });
    return h('div', { class: 'import-errors' },
      h('div', { class: 'card-head' },
        h('h3', {}, t('import.errors.heading')),
        finished ? download : null),
      h('p', { class: 'hint' }, t('import.errors.first', { shown: number(job.errors.length) })),
      tableWrap(dataTable({ className: 'compact', caption: t('import.errors.heading'),
        columns: [col('import.errors.row', 'num'), 'import.errors.field', 'import.errors.problem'],
        body: h('tbody', {}, job.errors.map((e) => h('tr', { 'data-row': e.row },
          h('td', { class: 'num' }, number(e.row)),
          h('td', { class: 'codes' }, e.field),
          h('td', {}, fieldMessage(e))))) })));
  }

  function another() {
    stop();
    history.replaceState(null, '', '#/workers/import');
    jobCard.hidden = true;
    uploadCard.querySelector('input[type=file]')?.focus();
  }
}
