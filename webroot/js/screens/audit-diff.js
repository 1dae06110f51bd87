// The before→after of one audit entry, compactly: only the fields that changed, long values
// cut short, and a button that shows every change in full.
import { h, fill, uniqueId } from '../dom.js';
import { t } from '../i18n.js';

const COMPACT_FIELDS = 3;
const COMPACT_CHARS = 28;
// Bookkeeping that changes with every write; listed after the fields a person changed.
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

function fields(snapshot) {
  return snapshot && typeof snapshot === 'object' ? snapshot : {};
}

/** The fields whose value differs between the two snapshots, bookkeeping last. */
export function changes(before, after) {
  const from = fields(before);
  const to = fields(after);
  const names = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return [...names.filter((name) => !BOOKKEEPING.has(name)), ...names.filter((name) => BOOKKEEPING.has(name))]
    .filter((name) => JSON.stringify(from[name]) !== JSON.stringify(to[name]))
    .map((name) => ({ name, from: from[name], to: to[name], hadBefore: name in from, hasAfter: name in to }));
}

function text(value) {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function shown(value, full) {
  const whole = text(value);
  return full || whole.length <= COMPACT_CHARS ? whole : `${whole.slice(0, COMPACT_CHARS - 1)}…`;
}

function line(change, full) {
  return h('li', {},
    h('span', { class: 'diff-field' }, change.name), ' ',
    change.hadBefore ? h('del', {}, shown(change.from, full)) : null,
    change.hadBefore && change.hasAfter ? h('span', { 'aria-hidden': 'true' }, ' → ') : null,
    change.hadBefore && change.hasAfter ? h('span', { class: 'visually-hidden' }, ` ${t('audit.diff.to')} `) : null,
    change.hasAfter ? h('ins', {}, shown(change.to, full)) : null);
}

/** The table cell content for an entry: its changes, expandable when they do not all fit. */
export function diffCell(entry) {
  const all = changes(entry.before, entry.after);
  if (!all.length) return h('span', { class: 'muted' }, t('audit.diff.none'));
  const list = h('ul', { class: 'diff', id: uniqueId('diff') });
  const cut = all.length > COMPACT_FIELDS || all.some((c) => text(c.from).length > COMPACT_CHARS || text(c.to).length > COMPACT_CHARS);
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
    fill(list, (expanded ? all : all.slice(0, COMPACT_FIELDS)).map((change) => line(change, expanded)));
    if (!toggle) return;
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.textContent = expanded ? t('audit.diff.less') : t('audit.diff.more', { count: all.length });
  }

  draw();
  return h('div', { class: 'diff-cell' }, list, toggle);
}
