// The workers screen's download (issue 19.3): the list of the current filters as CSV (the whole
// registry, streamed), XLSX or PDF (at most 50.000 / 5.000 workers). NIK and phone are masked;
// an ADMIN or OPERATOR may ask for them in full with a purpose their role may reveal for, and the
// server records the people in every file in the access log.
import * as api from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { field } from '../forms.js';
import { downloadButton } from '../files.js';
import { options } from '../reference.js';

// Who may export at all (not APPROVER), and the purposes a full export may name per role
// (domain/privacy/RevealPolicy: full exports are for OPERATOR and ADMIN).
const EXPORTERS = ['ADMIN', 'OPERATOR', 'AUDITOR', 'FIELD_OFFICER'];
const FULL = {
  OPERATOR: ['VERIFICATION', 'CLAIM_FILING', 'BPJS_REGISTRATION', 'PAYOUT', 'CORRECTION'],
  ADMIN: ['VERIFICATION', 'CORRECTION', 'BPJS_REGISTRATION'],
};
const FILES = { CSV: 'export.csv', XLSX: 'export.xlsx', PDF: 'export.pdf' };

/** The panel, or null for a role that may not export; filters() gives the list's current filters. */
export function exportPanel({ user, filters, alive }) {
  if (!EXPORTERS.includes(user.role)) return null;
  const status = h('p', { class: 'hint', role: 'status' });
  const purposes = FULL[user.role] || [];
  const purpose = purposes.length ? h('select', {}, options(t('workers.export.masked'),
    purposes.map((p) => [p, t('workers.export.full', { purpose: t(`privacy.purpose.${p}`) })]), '')) : null;
  const query = (format) => {
    const given = Object.entries(filters()).filter(([, value]) => value);
    if (purpose?.value) given.push(['purpose', purpose.value]);
    const text = new URLSearchParams(given).toString();
    return `/workers/${FILES[format]}${text ? `?${text}` : ''}`;
  };
  const button = (format) => downloadButton({
    label: t('workers.export.as', { format }), status, alive, fetch: () => api.download(query(format)),
  });
  return h('div', { class: 'worker-export', role: 'group', 'aria-label': t('workers.export.label') },
    h('span', { class: 'worker-export-label' }, t('workers.export.label')),
    purpose ? field({ name: 'purpose', label: t('workers.export.nik'), control: purpose }) : null,
    h('div', { class: 'form-actions' }, button('PDF'), button('XLSX'), button('CSV')),
    status);
}
