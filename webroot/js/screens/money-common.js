// Pieces the money screens share (invoices, budgets, coverage targets, tariffs): the year a screen
// shows, a rupiah or count typed as the office writes it, a funding source by code and name, a
// list loaded into a table body, and the notice a change leaves on the page.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { language, t } from '../i18n.js';
import { number, today } from '../format.js';
import { field, problemMessage } from '../forms.js';
import { submitDialog } from '../dialog.js';
import { options } from '../reference.js';
import { messageRow } from '../pager.js';
import { STALE } from '../latest.js';

/** The year every money screen opens on: this year in Jakarta. */
export function thisYear() {
  return Number(today().slice(0, 4));
}

/** A labelled year select (three years back, two ahead); onChange(year) after a choice. */
export function yearField({ name = 'year', current, onChange }) {
  const now = thisYear();
  const years = [];
  for (let year = now + 2; year >= now - 3; year -= 1) years.push([String(year), String(year)]);
  const select = h('select', { onchange: () => onChange(Number(select.value)) }, options(null, years, String(current)));
  return field({ name, label: t('money.year'), control: select });
}

/** A text input for whole rupiah or a count: "1.000.000" as the office types it (parseRupiah reads it). */
export function amountInput(value) {
  return h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off',
    value: value === undefined || value === null ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.') });
}

/** "APBD – Anggaran Pendapatan…" from the funding-source list (the code alone while it is unknown). */
export function sourceName(code, sources = []) {
  const source = sources.find((s) => s.code === code);
  if (!source) return code;
  return `${code} – ${language() === 'en' ? source.nameEn : source.nameId}`;
}

/** A funding source as a table's row heading: its code, its name below. */
export function sourceCell(code, sources) {
  const source = sources.find((s) => s.code === code);
  return h('th', { scope: 'row' }, h('strong', {}, code),
    source ? h('span', { class: 'sub' }, language() === 'en' ? source.nameEn : source.nameId) : null);
}

/** A count as the language writes it, or a dash for none. */
export function count(value) {
  return value === null || value === undefined ? '—' : number(value);
}

/**
 * Loads rows into a table body: load() resolves to the rows, or its failure shows in one line.
 * `guard` (latestOnly(), one per body) keeps an answer outrun by a later load from being drawn.
 * Resolves to the rows drawn, null after a failure, STALE when outrun or the screen is gone.
 */
export async function loadRows({ body, columns, load, row, empty, alive, guard = (request) => request }) {
  fill(body, messageRow(columns, t('money.loading')));
  try {
    const items = await guard(load());
    if (!alive() || items === STALE) return STALE;
    fill(body, items.length ? items.map(row) : messageRow(columns, empty));
    return items;
  } catch (error) {
    if (!alive()) return STALE;
    fill(body, messageRow(columns, problemMessage(error), true));
    return null;
  }
}

/** The notice line of a screen: says(text) shows what just happened, says('') hides it. */
export function noticeLine() {
  const line = h('p', { class: 'notice', role: 'status', hidden: true });
  return {
    element: line,
    says(text) {
      line.textContent = text;
      line.hidden = !text;
    },
  };
}

/**
 * A PUT that creates (version null: If-None-Match: *, so an existing one is never overwritten) or
 * replaces the version the user read (If-Match); resolves to the stored resource.
 */
export async function putVersioned(path, body, version) {
  const headers = version === null || version === undefined ? { 'If-None-Match': '*' } : { 'If-Match': `"${version}"` };
  return (await api.request(path, { method: 'PUT', body, headers })).body;
}

/**
 * Submits a dialog that creates or replaces one resource by PUT (putVersioned): `key` names it
 * (none chosen yet: "required" under keyField, as the server would say), path(key) is its
 * address, version the one the user read (none: create).
 */
export function submitPut({ form, dialog, key, keyField, path, body, version, codeFields, done }) {
  return submitDialog({
    form,
    dialog,
    codeFields,
    done,
    send: async () => {
      if (!key) throw new api.ApiError(422, { code: 'validation_failed', errors: [{ field: keyField, code: 'required' }] });
      return putVersioned(path(key), body, version);
    },
  });
}
