// A new effective-dated tariff (POST /tariffs, ADMIN): a programme, the whole months it is in force,
// optionally only for one funding source and/or sector (PP 50/2025's relief tariffs are such), and
// either a share of the declared income (with a floor and a ceiling) or a flat amount, less an
// optional discount. A tariff is never edited: a change is a new tariff from a later month. The
// server checks every rule (whole months, no overlap) and its refusals land under their field.
import * as api from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { parseRupiah } from '../format.js';
import { actions, openDialog, submitDialog } from '../dialog.js';
import { field, formAlert } from '../forms.js';
import { fundingSources, options } from '../reference.js';
import { amountInput, sourceName } from './money-common.js';

export const PROGRAMS = ['JKK', 'JKM', 'JHT'];
export const SECTORS = ['OTHER', 'TRANSPORT'];

/** "0,24" or "0.24" (percent) → 24 basis points; anything else goes as typed, for the server to refuse. */
export function basisPoints(text) {
  const value = String(text).trim().replace(',', '.');
  if (value === '') return undefined;
  return /^\d{1,3}(\.\d{1,2})?$/.test(value) ? Math.round(Number(value) * 100) : text;
}

/** "2026-04" → "2026-04-01"; anything else as typed. */
function firstDay(month) {
  return /^\d{4}-\d{2}$/.test(month) ? `${month}-01` : month || undefined;
}

/** "2026-12" → "2026-12-31"; anything else as typed. */
function lastDay(month) {
  if (!/^\d{4}-\d{2}$/.test(month)) return month || undefined;
  const [year, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Opens the dialog; onSaved(tariff) after the 201. */
export async function openTariff({ onSaved }) {
  const program = h('select', {}, options(null, PROGRAMS.map((code) => [code, t(`tariffs.program.${code}`)])));
  const from = h('input', { type: 'month' });
  const to = h('input', { type: 'month' });
  const source = h('select', {}, options(t('tariffs.every_source'), []));
  const sector = h('select', {}, options(t('tariffs.every_sector'), SECTORS.map((code) => [code, t(`sector.${code}`)])));
  const rate = h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  const minimum = amountInput();
  const maximum = amountInput();
  const flat = amountInput();
  const discount = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off' });
  const kind = h('select', {}, options(null, ['RATE', 'FLAT'].map((code) => [code, t(`tariffs.kind.${code}`)]), 'RATE'));
  const rateFields = h('div', { class: 'stack' },
    field({ name: 'rateBasisPoints', label: t('tariffs.field.rate'), control: rate, hint: t('tariffs.hint.rate') }),
    field({ name: 'minimum', label: t('tariffs.field.minimum'), control: minimum }),
    field({ name: 'maximum', label: t('tariffs.field.maximum'), control: maximum }));
  const flatFields = h('div', { class: 'stack', hidden: true },
    field({ name: 'flatAmount', label: t('tariffs.field.flat'), control: flat }));
  kind.addEventListener('change', () => {
    rateFields.hidden = kind.value !== 'RATE';
    flatFields.hidden = kind.value === 'RATE';
  });
  let opened;
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', { class: 'hint' }, t('tariffs.form_intro')),
    field({ name: 'program', label: t('tariffs.field.program'), control: program }),
    h('div', { class: 'field-pair' },
      field({ name: 'validFrom', label: t('tariffs.field.from'), control: from, hint: t('tariffs.hint.from') }),
      field({ name: 'validTo', label: t('tariffs.field.to'), control: to, hint: t('tariffs.hint.to') })),
    field({ name: 'fundingSource', label: t('tariffs.field.source'), control: source }),
    field({ name: 'sector', label: t('tariffs.field.sector'), control: sector, hint: t('tariffs.hint.sector') }),
    field({ name: 'kind', label: t('tariffs.field.kind'), control: kind }), rateFields, flatFields,
    field({ name: 'discountPercent', label: t('tariffs.field.discount'), control: discount, hint: t('tariffs.hint.discount') }),
    formAlert(),
    actions(t('tariffs.submit'), () => opened.dialog));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      program: program.value,
      validFrom: firstDay(from.value.trim()),
      validTo: lastDay(to.value.trim()),
      fundingSource: source.value || undefined,
      sector: sector.value || undefined,
      discountPercent: parseRupiah(discount.value),
      ...(kind.value === 'RATE'
        ? { rateBasisPoints: basisPoints(rate.value), minimum: parseRupiah(minimum.value), maximum: parseRupiah(maximum.value) }
        : { flatAmount: parseRupiah(flat.value) }),
    };
    await submitDialog({ form, dialog: opened.dialog, done: onSaved, send: () => api.post('/tariffs', body) });
  });
  opened = openDialog(t('tariffs.add_title'), form);
  opened.dialog.classList.add('wide');
  program.focus();
  const sources = await fundingSources().catch(() => []);
  source.append(...options(null, sources.map((s) => [s.code, sourceName(s.code, sources)])));
}
