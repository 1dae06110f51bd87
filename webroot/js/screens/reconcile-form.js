// The bank's result file for a batch: CSV transfer_reference,amount,status,bank_reference, applied every row
// or none. A refused file (422 reconciliation_rejected) is listed row by row, with the line
// as it stands in the file, and the page says plainly that nothing was applied.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { has, t } from '../i18n.js';
import { busy, field, fieldMessage, formAlert, problemMessage } from '../forms.js';

/** "rows[3].amount" → { line: 5, column: 'amount' }: the header is line 1, data starts on line 2. */
function position(fieldName) {
  const match = /^rows\[(\d+)\](?:\.(\w+))?$/.exec(String(fieldName || ''));
  if (match) return { line: Number(match[1]) + 2, column: match[2] || null };
  if (fieldName === 'header') return { line: 1, column: null };
  return { line: null, column: null };
}

/** Problems of the whole file first, then in the order of the file's lines. */
function byLine(errors) {
  const order = (entry) => position(entry.field).line ?? 0;
  return [...errors].sort((a, b) => order(a) - order(b));
}

/** The codes of the bank file have their own words here (header_invalid means this file's header). */
function message(entry) {
  return has(`reconcile.error.${entry.code}`) ? t(`reconcile.error.${entry.code}`) : fieldMessage(entry);
}

function rejectedRows(error, lines) {
  return h('div', { class: 'form-error rejected-rows', role: 'alert', tabindex: '-1' },
    h('p', {}, h('strong', {}, t('reconcile.rejected'))),
    h('ul', {}, byLine(error.errors).map((entry) => {
      const { line, column } = position(entry.field);
      const where = line ? t('reconcile.line', { line }) : t('reconcile.whole_file');
      return h('li', { 'data-field': entry.field, 'data-code': entry.code },
        h('strong', {}, where), column ? ` (${column})` : '', ': ', message(entry),
        line && lines[line - 1] ? h('code', { class: 'sub codes' }, lines[line - 1]) : null);
    })));
}

/** onApplied(batch) after the bank's answers were recorded. */
export function reconcileForm({ batchId, onApplied }) {
  let once = api.intent();
  const input = h('input', { type: 'file', accept: '.csv,text/csv', required: true });
  // Another file is another intent: it must never replay the answer to the previous one.
  input.addEventListener('change', () => {
    once = api.intent();
  });
  const result = h('div', { class: 'reconcile-result' });
  const form = h('form', { class: 'upload-form reconcile-form', novalidate: true },
    field({ name: 'file', label: t('reconcile.file'), control: input, hint: t('reconcile.hint') }),
    h('div', { class: 'upload-actions' }, h('button', { type: 'submit', class: 'button primary' }, t('reconcile.submit'))),
    formAlert());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(result);
    const alert = form.querySelector('.form-error');
    alert.hidden = true;
    const file = input.files[0];
    if (!file) {
      alert.textContent = t('reconcile.choose');
      alert.hidden = false;
      input.focus();
      return;
    }
    await busy(form, async () => {
      try {
        const { body: batch } = await once((key) => api.postFile(`/payout-batches/${encodeURIComponent(batchId)}/reconcile`, file, 'text/csv', key));
        onApplied(batch);
      } catch (error) {
        if (error.code === 'reconciliation_rejected' && error.errors.length) {
          const lines = (await file.text()).split(/\r\n|\n|\r/);
          fill(result, rejectedRows(error, lines));
          result.firstChild.focus();
        } else {
          alert.textContent = problemMessage(error);
          alert.hidden = false;
          alert.tabIndex = -1;
          alert.focus();
        }
      }
    });
  });
  return h('section', { class: 'card', 'aria-labelledby': 'reconcile-heading' },
    h('h2', { id: 'reconcile-heading' }, t('reconcile.heading')),
    h('p', { class: 'hint' }, t('reconcile.intro')),
    form, result);
}
