// Money and dates as the office reads them: Rp42.000.000, dates as DD/MM/YYYY in WIB (Asia/Jakarta).
import { language } from './i18n.js';

const ZONE = 'Asia/Jakarta';
const LOCALES = { id: 'id-ID', en: 'en-GB' };

/** Whole rupiah (number, bigint or digit string) → "Rp42.000.000", negative → "-Rp5.000". */
export function rupiah(amount) {
  const text = String(typeof amount === 'number' ? Math.trunc(amount) : amount).trim();
  if (!/^-?\d+$/.test(text)) return '—';
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).replace(/^0+(?=\d)/, '');
  return `${negative ? '-' : ''}Rp${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

function locale() {
  return LOCALES[language()] || LOCALES.id;
}

/**
 * "2026-11-23" (a calendar date, no zone) → "23/11/2026": day first, whatever the browser's
 * language (an English browser must never read 12/05/1980 as December). Every date the console
 * shows goes through here.
 */
export function date(isoDate) {
  const parts = isoParts(isoDate);
  if (!parts) return '—';
  const [year, month, day] = parts;
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
}

/** [year, month, day] of a real calendar date "YYYY-MM-DD…", else null. */
function isoParts(isoDate) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(isoDate || ''));
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  return realDate(year, month, day) ? [year, month, day] : null;
}

function realDate(year, month, day) {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A typed date → "YYYY-MM-DD", or null when it is no date. Day first: "12/05/1980", "12-5-1980",
 * "12.05.1980"; the unambiguous "1980-05-12" is accepted too. Never guessed month first.
 */
export function parseDate(text) {
  const typed = String(text || '').trim();
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  let parts = match ? [Number(match[3]), Number(match[2]), Number(match[1])] : null;
  if (!parts) {
    match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
    parts = match ? match.slice(1).map(Number) : null;
  }
  if (!parts || !realDate(...parts)) return null;
  const [year, month, day] = parts;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2025-03" (a calendar month) → "March 2025" / "Maret 2025". */
export function month(isoMonth) {
  const [year, m] = String(isoMonth || '').split('-').map(Number);
  if (!year || !m) return '—';
  return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, m - 1, 1)));
}

/** The months from "2025-01" to "2025-03", both included, as "YYYY-MM". */
export function monthsBetween(from, to) {
  const out = [];
  let [year, m] = String(from).split('-').map(Number);
  const [lastYear, lastMonth] = String(to).split('-').map(Number);
  while (year && (year < lastYear || (year === lastYear && m <= lastMonth)) && out.length < 120) {
    out.push(`${year}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; year += 1; }
  }
  return out;
}

/** An instant → "23/11/2026 21.05 WIB": always Jakarta time, whatever the browser's zone or language. */
export function dateTime(isoInstant) {
  if (!isoInstant) return '—';
  const instant = new Date(isoInstant);
  if (Number.isNaN(instant.getTime())) return '—';
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE,
  }).formatToParts(instant).map((p) => [p.type, p.value]));
  const separator = language() === 'en' ? ':' : '.';
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}${separator}${parts.minute} WIB`;
}

/** Whole minutes to wait, rounded up, at least one. */
export function minutesFromSeconds(seconds) {
  return Math.max(1, Math.ceil(Number(seconds) / 60));
}

/** A count as the language writes it: 1.234 (id) or 1,234 (en). */
export function number(value) {
  return new Intl.NumberFormat(locale()).format(Number(value));
}

/** A share (0 … 1) as a whole percentage: 42% (id and en alike). */
export function percent(share) {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A UUIDv7 for the eye: v7 ids share their start (the time), so the end tells them apart. */
export function shortId(id) {
  return `…${String(id).slice(-8)}`;
}

/** A file size: 12 KB, 1,2 MB (nothing yet: 0 KB; anything less than a kilobyte: 1 KB). */
export function bytes(size) {
  const value = Number(size);
  if (!(value > 0)) return `${number(0)} KB`;
  if (value < 1024 * 1024) return `${number(Math.max(1, Math.round(value / 1024)))} KB`;
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value / (1024 * 1024))} MB`;
}

/**
 * Rupiah as typed: "1.000.000", "Rp 1.000.000" or "1000000" → 1000000; empty → undefined.
 * Anything else goes to the server as typed, so its type_mismatch lands under the field like
 * every other refusal.
 */
export function parseRupiah(text) {
  const digits = String(text).replace(/^\s*rp\s*/i, '').replace(/[.\s]/g, '');
  if (digits === '') return undefined;
  return /^\d{1,15}$/.test(digits) ? Number(digits) : text;
}

/** Today in Jakarta as YYYY-MM-DD, the office's calendar day whatever the browser's zone. */
export function today() {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en', {
    year: 'numeric', month: '2-digit', day: '2-digit', timeZone: ZONE,
  }).formatToParts(new Date()).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A percentage as BPJS reports it, always two decimals: 32.44 → "32,44 %" (id) or "32.44 %" (en). */
export function percent2(value) {
  const digits = new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(value));
  return `${digits} %`;
}

/** Rupiah for a chart's axis: "Rp3,3 M" / "Rp500 jt" (id), "Rp3.3 bn" / "Rp500 m" (en). */
export function rupiahShort(amount) {
  const value = Number(amount);
  const en = language() === 'en';
  const units = [[1e12, en ? 'tn' : 'T'], [1e9, en ? 'bn' : 'M'], [1e6, en ? 'm' : 'jt'], [1e3, en ? 'k' : 'rb']];
  const [size, unit] = units.find(([s]) => Math.abs(value) >= s) || [1, ''];
  const figure = new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value / size);
  return `Rp${figure}${unit ? ` ${unit}` : ''}`;
}

/** "2026-03" → "Mar 26" / "Mar 26": a month short enough for a chart's axis. */
export function monthShort(isoMonth) {
  const [year, m] = String(isoMonth || '').split('-').map(Number);
  if (!year || !m) return '—';
  return new Intl.DateTimeFormat(locale(), { month: 'short', year: '2-digit', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, m - 1, 1)));
}
