// Reports to print and send (issue 19.3), each as PDF (A4, for signing and filing) or XLSX (for
// working on): monthly coverage and the month's recipients list for the head of office's
// signature (the office), the claim register (whoever reads claims; a field officer gets their
// kelurahan) and the payout register. The server names the people in a file in the access log.
import * as api from '../api.js';
import { h, uniqueId } from '../dom.js';
import { t } from '../i18n.js';
import { today } from '../format.js';
import { field } from '../forms.js';
import { downloadButton } from '../files.js';
import { options } from '../reference.js';
import { dateInput, dateValue } from '../date-input.js';

const OFFICE = ['ADMIN', 'OPERATOR', 'APPROVER', 'AUDITOR'];
const SOURCES = ['APBD', 'DBHCHT', 'MANDIRI', 'PERUSAHAAN', 'BUMN'];
const CLAIM_STATUSES = ['SUBMITTED', 'VERIFIED', 'HANDED_OVER', 'BPJS_PAID', 'BPJS_PARTLY_PAID', 'BPJS_REFUSED',
  'REJECTED', 'PAID'];
const PAYOUT_STATUSES = ['PENDING_APPROVAL', 'APPROVED', 'PAID', 'FAILED', 'REJECTED', 'CANCELLED'];

/** One report: its heading, what it holds, its fields, and a PDF and an XLSX button. */
function card({ name, fields, query, alive }) {
  const id = uniqueId(`report-${name}`);
  const status = h('p', { class: 'hint report-status', role: 'status' });
  const button = (format) => downloadButton({
    label: t(`reports.download_${format.toLowerCase()}`),
    className: format === 'PDF' ? 'button primary' : 'button secondary',
    status,
    alive,
    fetch: () => api.download(`/reports/${name}?${new URLSearchParams({ ...query(), format })}`),
  });
  return h('section', { class: 'card report-card', 'aria-labelledby': id, 'data-report': name },
    h('h2', { id }, t(`reports.${name}.title`)),
    h('p', { class: 'hint' }, t(`reports.${name}.about`)),
    h('div', { class: 'report-fields' }, fields),
    h('div', { class: 'form-actions' }, button('PDF'), button('XLSX')),
    status);
}

function monthInput() {
  return h('input', { type: 'month', value: today().slice(0, 7), max: today().slice(0, 7), required: true });
}

function periodInputs() {
  return { from: dateInput({ value: `${today().slice(0, 8)}01`, attributes: { required: true } }),
    to: dateInput({ value: today(), attributes: { required: true } }) };
}

/** A register's card: its period (this month so far) and a status to narrow it to. */
function register({ name, statuses, words, alive }) {
  const period = periodInputs();
  const status = h('select', {}, options(t('reports.any_status'), statuses.map((s) => [s, t(`${words}.${s}`)]), ''));
  const query = () => Object.fromEntries(Object.entries({ from: dateValue(period.from), to: dateValue(period.to), status: status.value })
    .filter(([, value]) => value));
  return card({ name, alive, query,
    fields: [field({ name: 'from', label: t('reports.from'), control: period.from }),
      field({ name: 'to', label: t('reports.to'), control: period.to }),
      field({ name: 'status', label: t('reports.status'), control: status })] });
}

export function render(main, { user, alive }) {
  const office = OFFICE.includes(user.role);
  const cards = [];
  if (office) {
    const month = monthInput();
    cards.push(card({ name: 'coverage', alive, query: () => ({ month: month.value }),
      fields: [field({ name: 'month', label: t('reports.month'), control: month })] }));
    const recipientsMonth = monthInput();
    const source = h('select', {}, options(null, SOURCES.map((s) => [s, s]), 'APBD'));
    cards.push(card({ name: 'recipients', alive, query: () => ({ month: recipientsMonth.value, fundingSource: source.value }),
      fields: [field({ name: 'month', label: t('reports.month'), control: recipientsMonth }),
        field({ name: 'fundingSource', label: t('reports.source'), control: source })] }));
  }
  cards.push(register({ name: 'claims', statuses: CLAIM_STATUSES, words: 'claims.status', alive }));
  if (office) cards.push(register({ name: 'payouts', statuses: PAYOUT_STATUSES, words: 'payouts.status', alive }));
  main.append(...[
    h('h1', { tabindex: '-1' }, t('nav.reports')),
    h('p', { class: 'lead' }, t('reports.lead')),
    user.role === 'FIELD_OFFICER' ? h('p', { class: 'hint' }, t('reports.scope')) : null,
    h('div', { class: 'report-grid' }, cards),
  ].filter(Boolean));
}
