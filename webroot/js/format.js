// Money and dates as the office reads them: Rp42.000.000, dates in WIB (Asia/Jakarta).
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

/** "2026-11-23" (a calendar date, no zone) → "23 Nov 2026" without any zone shift. */
export function date(isoDate) {
  if (!isoDate) return '—';
  const [year, month, day] = String(isoDate).slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return '—';
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, day)));
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

/** An instant → "23 Nov 2026 21.05 WIB": always Jakarta time, whatever the browser's zone. */
export function dateTime(isoInstant) {
  if (!isoInstant) return '—';
  const instant = new Date(isoInstant);
  if (Number.isNaN(instant.getTime())) return '—';
  const text = new Intl.DateTimeFormat(locale(), {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE,
  }).format(instant);
  return `${text} WIB`;
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
