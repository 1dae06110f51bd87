// Facts of a claim shown on its page beyond the common ones: the incapacity period or the
// disability found (JKK_INCAPACITY, JKK_DISABILITY), and the unpaid months an incident's cover
// waits for (eligibility.arrears).
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { date, month, monthsBetween, rupiah } from '../format.js';

/** An incapacity period or the disability found, as filed (JKK_INCAPACITY, JKK_DISABILITY). */
export function accidentFacts(accident) {
  if (!accident) return null;
  const findings = (accident.disabilities || []).map((f) => (f.functionLostPercent
    ? t('claims.finding_lost', { code: f.tableCode, percent: f.functionLostPercent }) : f.tableCode));
  return [
    accident.unableToWorkFrom ? [h('dt', {}, t('claims.file.incapacity')),
      h('dd', { 'data-incapacity': '' }, `${date(accident.unableToWorkFrom)} – ${date(accident.unableToWorkUntil)}`)] : null,
    accident.totalDisability ? [h('dt', {}, t('claims.file.disability')), h('dd', {}, t('claims.file.total_disability'))] : null,
    findings.length ? [h('dt', {}, t('claims.file.disability')), h('dd', {}, findings.join(', '))] : null,
  ];
}

/**
 * The unpaid months the incident's cover waits for (eligibility.arrears): each month, what paying
 * them costs, and whether they can still be paid (at most 3 months back).
 */
export function arrearsNotice(arrears) {
  if (!arrears) return null;
  const months = monthsBetween(arrears.from, arrears.to);
  return h('div', { class: 'warnings arrears', role: 'note', 'data-arrears': `${arrears.from} ${arrears.to}` },
    h('p', {}, h('strong', {}, t('claims.arrears.heading', { count: months.length }))),
    h('ul', { class: 'arrears-months' }, months.map((m) => h('li', { 'data-month': m }, month(m)))),
    h('p', {}, t('claims.arrears.amount', { amount: rupiah(arrears.amount) }), ' ',
      t(arrears.payable ? 'claims.arrears.payable' : 'claims.arrears.not_payable')));
}
