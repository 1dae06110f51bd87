// The before→after of one audit entry, compactly: only the fields that changed, named in words,
// amounts in rupiah, statuses and roles translated, long values cut short, and a button that
// shows every change in full.
import { h, fill, uniqueId } from '../dom.js';
import { has, t } from '../i18n.js';
import { rupiah } from '../format.js';

const COMPACT_FIELDS = 3;
const COMPACT_CHARS = 28;
// Bookkeeping that changes with every write; listed after the fields a person changed.
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

function fields(snapshot) {
  return snapshot && typeof snapshot === 'object' ? snapshot : {};
}

// What a reader looks for first; ids the row shows otherwise (the person) come with the bookkeeping.
const FIRST = ['status', 'amount', 'declaredIncome', 'role', 'active', 'fullName', 'fundingSource', 'programs', 'reason',
  'decisionReason', 'rejectionReason'];
const LAST = new Set([...BOOKKEEPING, 'workerId']);

function rank(name) {
  const first = FIRST.indexOf(name);
  if (first >= 0) return first;
  return LAST.has(name) ? FIRST.length + 1 : FIRST.length;
}

/** The fields whose value differs between the two snapshots (absent and null alike), in reading order. */
export function changes(before, after) {
  const from = fields(before);
  const to = fields(after);
  const same = (name) => JSON.stringify(from[name] ?? null) === JSON.stringify(to[name] ?? null);
  const names = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return names.map((name, index) => ({ name, index })).sort((a, b) => rank(a.name) - rank(b.name) || a.index - b.index)
    .map(({ name }) => name)
    .filter((name) => !same(name))
    .map((name) => ({ name, from: from[name], to: to[name], hadBefore: name in from, hasAfter: name in to }));
}

// The fields that hold whole rupiah (as the server's report/Words.MONEY_FIELDS).
const MONEY = new Set(['amount', 'declaredIncome', 'entitlementTotal', 'allocated', 'total', 'paidTotal', 'medicalCosts',
  'budgetCeiling', 'ceiling', 'committed', 'jkk', 'jkm', 'jht']);
// Where the console keeps an entity's status words.
const STATUS = { claim: 'claims.status', payout: 'payouts.status', membership: 'membership.status',
  payout_batch: 'batches.status' };

function label(prefix, code) {
  return has(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code;
}

/** A value as a person reads it: rupiah, a status or role in words, yes/no, else as stored. */
function text(value, name = '', entityType = '') {
  if (value === null || value === undefined) return '—';
  if (MONEY.has(name) && typeof value === 'number') return rupiah(value);
  if (typeof value === 'boolean') return t(value ? 'audit.diff.yes' : 'audit.diff.no');
  if (typeof value === 'string' && name === 'status' && STATUS[entityType]) return label(STATUS[entityType], value);
  if (typeof value === 'string' && name === 'role') return label('role', value);
  if (typeof value === 'string' && name === 'sex') return label('workers.sex', value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function shown(value, full, name, entityType) {
  const whole = text(value, name, entityType);
  return full || whole.length <= COMPACT_CHARS ? whole : `${whole.slice(0, COMPACT_CHARS - 1)}…`;
}

function line(change, full, entityType) {
  const show = (value) => shown(value, full, change.name, entityType);
  return h('li', {},
    h('span', { class: 'diff-field' }, label('audit.field', change.name)), ' ',
    change.hadBefore ? h('del', {}, show(change.from)) : null,
    change.hadBefore && change.hasAfter ? h('span', { 'aria-hidden': 'true' }, ' → ') : null,
    change.hadBefore && change.hasAfter ? h('span', { class: 'visually-hidden' }, ` ${t('audit.diff.to')} `) : null,
    change.hasAfter ? h('ins', {}, show(change.to)) : null);
}

/** The table cell content for an entry: its changes, expandable when they do not all fit. */
export function diffCell(entry) {
  const all = changes(entry.before, entry.after);
  if (!all.length) return h('span', { class: 'muted' }, t('audit.diff.none'));
  const list = h('ul', { class: 'diff', id: uniqueId('diff') });
  const long = (c, value) => text(value, c.name, entry.entityType).length > COMPACT_CHARS;
  const cut = all.length > COMPACT_FIELDS || all.some((c) => long(c, c.from) || long(c, c.to));
  let expanded = false;
  const toggle = cut ? h('button', {
    type: 'button',
    class: 'link-button',
    'aria-controls': list.id,
    onclick: () => {
      expanded = !expanded;
      draw();
    },
  }) : null;

  function draw() {
    fill(list, (expanded ? all : all.slice(0, COMPACT_FIELDS)).map((change) => line(change, expanded, entry.entityType)));
    if (!toggle) return;
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.textContent = expanded ? t('audit.diff.less') : t('audit.diff.more', { count: all.length });
  }

  draw();
  return h('div', { class: 'diff-cell' }, list, toggle);
}
