// One person's report as the data subject receives it (UU 27/2022 right of access): their
// registry data in full, heirs (NIKs masked: other people), memberships, the premium invoice lines
// naming them (as snapshotted), BPJS reconciliation differences and refunds, claims with documents
// (no content), santunan events and payouts (account masked), a recorded death, DTSEN, decrees with
// the changes and re-verifications naming them, duplicate reviews and the removal of the
// registration, who changed their record (audit actions only, never the states) and who read
// their data.
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
    section('differences', r.bpjsDifferences, ['subject.col.month', 'subject.col.kind', 'subject.col.amounts',
      'subject.col.decision'], (d) => [month(d.period), labelOr('subject.difference', d.kind),
      `${rupiah(d.cityAmount)} / ${rupiah(d.bpjsAmount)}`, d.action
        ? [labelOr('subject.difference.action', d.action), ' ', rupiah(d.amountToPay),
          d.reason ? h('span', { class: 'sub' }, d.reason) : null]
        : t('subject.difference.open')]),
    section('refunds', r.bpjsRefunds, ['subject.col.month', 'subject.col.source', 'subject.col.amount',
      'subject.col.status'], (f) => [month(f.period), f.fundingSource, rupiah(f.amount), f.status === 'RECEIVED'
        ? t('subject.refund.received', { date: date(f.receivedOn) }) : t('subject.refund.due')]),
    section('claims', r.claims, ['subject.col.claim', 'subject.col.incident', 'subject.col.status',
      'subject.col.documents'], (c) => [c.type, date(c.incidentDate), c.status,
      c.documents.length ? h('ul', { class: 'plain' }, c.documents.map((d) => h('li', {}, d.name, ' ',
        h('span', { class: 'codes', title: d.sha256 }, `SHA-256 ${d.sha256.slice(0, 12)}…`)))) : t('subject.none')]),
    section('events', r.santunanEvents, ['subject.col.kind', 'subject.col.incident', 'subject.col.proof',
      'subject.col.entitlements'], (e) => [labelOr('subject.event', e.kind), date(e.eventDate), e.proofNote,
      e.entitlements.length ? e.entitlements.map((x) => `${x.programme} ${rupiah(x.amount)}`).join('; ')
        : t('subject.none')]),
    section('payouts', r.payouts, ['subject.col.amount', 'subject.col.beneficiary', 'subject.col.account',
      'subject.col.status'], (x) => [rupiah(x.amount), x.beneficiaryName, `${x.bankCode} ${x.accountNumber}`, x.status]),
    section('decrees', r.decrees, ['subject.col.decree', 'subject.col.source', 'subject.col.standing'],
      (d) => [d.number, `${d.fundingSource} ${d.year}`, d.exception ? t('subject.decree.exception')
        : d.removedAt ? t('subject.decree.removed') : t('subject.decree.member')]),
    section('death', r.death ? [r.death] : [], ['subject.col.died', 'subject.col.recorded'],
      (d) => [date(d.deathDate), dateTime(d.recordedAt)]),
    section('decree_changes', r.decreeChanges, ['subject.col.decree', 'subject.col.change_kind', 'subject.col.reason',
      'subject.col.status'], (c) => [`${c.decreeNumber} (${c.fundingSource} ${c.year})`,
      labelOr('subject.decree_change', c.kind), c.note ? `${c.reason} — ${c.note}` : c.reason, c.status]),
    section('reverifications', r.reverifications, ['subject.col.decree', 'subject.col.checked', 'subject.col.result'],
      (v) => [`${v.decreeNumber} (${v.fundingSource} ${v.year})`, dateTime(v.checkedAt),
        v.reverified ? t('subject.reverified') : v.reasons.join(', ')]),
    section('duplicates', r.duplicateReviews, ['subject.col.review', 'subject.col.opened', 'subject.col.status',
      'subject.col.note'], (d) => [t(`subject.duplicate.${d.role === 'SUBJECT' ? 'subject' : 'other'}`),
      dateTime(d.openedAt), d.status, [d.reason, d.note].filter(Boolean).join(' — ') || '—']),
    r.removal ? h('p', {}, t(`subject.removal.${r.removal.reason === 'DUPLICATE' ? 'duplicate' : 'deleted'}`,
      { at: dateTime(r.removal.removedAt) })) : null,
    section('audit', r.auditTrail.items, ['subject.col.time', 'subject.col.action', 'subject.col.user'],
      (a) => [dateTime(a.at), a.action, `${a.username ?? '—'} (${labelOr('role', a.role)})`]),
    r.auditTrail.truncated ? h('p', { class: 'hint' }, t('subject.audit.truncated')) : null,
    section('access', r.accessLog.items, ['subject.col.time', 'subject.col.user', 'subject.col.kind',
      'subject.col.fields'], (a) => [dateTime(a.at), `${a.username ?? '—'} (${labelOr('role', a.role)})`,
      labelOr('access.kind', a.kind), [a.fields.map((f) => labelOr('access.field', f)).join(', '),
        a.purpose ? h('span', { class: 'sub' }, t('access.purpose', { purpose: labelOr('privacy.purpose', a.purpose) }))
          : null]]),
    r.accessLog.truncated ? h('p', { class: 'hint' }, t('subject.access.truncated')) : null);
}
