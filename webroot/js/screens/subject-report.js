// One person's report as the data subject receives it (UU 27/2022 right of access): their
// registry data in full, heirs (NIKs masked: other people), memberships, the premium invoice lines
// naming them (as snapshotted), claims with documents
// (no content), santunan payouts (account masked), DTSEN, decrees, their own requests and who
// read their data.
import { h } from '../dom.js';
import { has, t } from '../i18n.js';
import { date, dateTime, month, rupiah } from '../format.js';
import { dataTable, tableWrap } from '../table.js';

function labelOr(prefix, code) {
  return has(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code;
}

/** A titled table of items, or "none" under the title. */
function section(key, items, headings, cells) {
  const id = `subject-${key}`;
  const title = t(`subject.section.${key}`);
  const body = items.length
    ? tableWrap(dataTable({ caption: title, columns: headings,
      body: h('tbody', {}, items.map((item) => h('tr', {}, cells(item).map((cell, i) => (i === 0
        ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))))) }))
    : h('p', { class: 'hint' }, t('subject.none'));
  return h('section', { 'aria-labelledby': id }, h('h3', { id }, title), body);
}

function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value ?? '—')]));
}

export function renderReport(r) {
  const p = r.person;
  return h('article', { class: 'stack' },
    h('h2', { tabindex: '-1' }, t('subject.report.of', { name: p.fullName })),
    h('p', { class: 'hint' }, t('subject.report.recorded', { at: dateTime(r.generatedAt) })),
    facts([
      ['subject.person.nik', p.nik], ['subject.person.name', p.fullName], ['subject.person.birth', date(p.birthDate)],
      ['subject.person.sex', labelOr('subject.sex', p.sex)], ['subject.person.kelurahan', p.kelurahanCode],
      ['subject.person.category', p.category], ['subject.person.phone', p.phone], ['subject.person.address', p.address],
      ['subject.person.registered', dateTime(p.createdAt)],
      ['subject.person.restricted', p.restricted ? t('subject.restricted.yes') : t('subject.restricted.no')],
      ['subject.person.dtsen', r.dtsen ? t('subject.dtsen', { decile: r.dtsen.decile, date: date(r.dtsen.extractDate) })
        : t('subject.dtsen.none')],
    ]),
    section('heirs', r.heirs, ['subject.col.name', 'subject.col.relationship', 'subject.col.nik'],
      (x) => [x.fullName, x.relationship, x.nik ?? '—']),
    section('memberships', r.memberships, ['subject.col.source', 'subject.col.programs', 'subject.col.period',
      'subject.col.status'], (m) => [m.fundingSource, m.programs.join(', '),
      `${date(m.startDate)} – ${m.endDate ? date(m.endDate) : '…'}`, m.status]),
    section('invoices', r.invoiceLines, ['subject.col.month', 'subject.col.source', 'subject.col.amount',
      'subject.col.status', 'subject.col.billed_as'], (l) => [month(l.period), l.fundingSource, rupiah(l.amount),
      t(`subject.invoice.${l.invoiceStatus === 'PAID' ? 'paid' : 'unpaid'}`), `${l.fullName} (${l.kelurahanCode})`]),
    section('claims', r.claims, ['subject.col.claim', 'subject.col.incident', 'subject.col.status',
      'subject.col.documents'], (c) => [c.type, date(c.incidentDate), c.status,
      c.documents.length ? h('ul', { class: 'plain' }, c.documents.map((d) => h('li', {}, d.name, ' ',
        h('span', { class: 'codes', title: d.sha256 }, `SHA-256 ${d.sha256.slice(0, 12)}…`)))) : t('subject.none')]),
    section('payouts', r.payouts, ['subject.col.amount', 'subject.col.beneficiary', 'subject.col.account',
      'subject.col.status'], (x) => [rupiah(x.amount), x.beneficiaryName, `${x.bankCode} ${x.accountNumber}`, x.status]),
    section('decrees', r.decrees, ['subject.col.decree', 'subject.col.source', 'subject.col.standing'],
      (d) => [d.number, `${d.fundingSource} ${d.year}`, d.exception ? t('subject.decree.exception')
        : d.removedAt ? t('subject.decree.removed') : t('subject.decree.member')]),
    section('access', r.accessLog.items, ['subject.col.time', 'subject.col.user', 'subject.col.kind',
      'subject.col.fields'], (a) => [dateTime(a.at), `${a.username ?? '—'} (${labelOr('role', a.role)})`,
      labelOr('access.kind', a.kind), [a.fields.map((f) => labelOr('access.field', f)).join(', '),
        a.purpose ? h('span', { class: 'sub' }, t('access.purpose', { purpose: labelOr('privacy.purpose', a.purpose) }))
          : null]]),
    r.accessLog.truncated ? h('p', { class: 'hint' }, t('subject.access.truncated')) : null);
}
