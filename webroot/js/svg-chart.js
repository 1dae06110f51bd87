// Small SVG charts for the dashboard: lines over months (UCJ against its target, a budget's
// burn-down) and paired bars (enrolled and left per month). SVG, not canvas: it scales with the
// page, prints, and is styled from the stylesheet through classes (the CSP forbids style=, not
// attributes). Every chart is decoration beside a table of the same figures, so it is hidden
// from assistive technology; each line is also labelled in text at its end and drawn with its
// own dash pattern, so colour is never the only thing that tells the lines apart.

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes (numbers written as they are). */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  children.flat().filter(Boolean).forEach((child) => element.append(child));
  return element;
}

function text(x, y, content, attributes = {}) {
  const element = svg('text', { x: x.toFixed(1), y: y.toFixed(1), ...attributes });
  element.textContent = content;
  return element;
}

/** Up to four round steps from 0 to at least max; whole steps for counts. */
function ticks(max, integer) {
  if (!(max > 0)) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const found = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough);
  const step = integer ? Math.max(1, Math.ceil(found)) : found;
  const out = [];
  for (let v = 0; v < max + step; v += step) out.push(v);
  return out;
}

/** The frame every chart shares: y grid with its labels, x labels under the plot. */
function frame({ width, height, labels, max, min = 0, format, className, integer = false }) {
  const pad = { top: 14, right: 78, bottom: 30, left: 64 };
  const plot = { width: width - pad.left - pad.right, height: height - pad.top - pad.bottom };
  const steps = ticks(max - min, integer).map((v) => v + min);
  const top = steps[steps.length - 1];
  const y = (v) => pad.top + plot.height - ((v - min) / Math.max(1e-9, top - min)) * plot.height;
  const slot = plot.width / Math.max(1, labels.length);
  const x = (i) => pad.left + slot * i + slot / 2;
  const root = svg('svg', { class: `trend-chart ${className || ''}`, viewBox: `0 0 ${width} ${height}`,
    role: 'presentation', 'aria-hidden': 'true', focusable: 'false' });
  const grid = svg('g', { class: 'grid' });
  steps.forEach((v) => {
    grid.append(svg('line', { x1: pad.left, x2: pad.left + plot.width, y1: y(v).toFixed(1), y2: y(v).toFixed(1) }),
      text(pad.left - 6, y(v) + 4, format(v), { 'text-anchor': 'end' }));
  });
  const axis = svg('g', { class: 'axis' });
  // A narrow chart labels every third month, counted back from the last; the table has them all.
  const every = width < 560 ? Math.max(1, Math.ceil(labels.length / 4)) : Math.max(1, Math.ceil(labels.length / 12));
  labels.forEach((label, i) => {
    if ((labels.length - 1 - i) % every === 0) axis.append(text(x(i), height - 10, label, { 'text-anchor': 'middle' }));
  });
  root.append(grid, axis);
  return { root, x, y, slot, pad, plot };
}

/**
 * Lines over the same labels: lines = [{ values: [number|null], className, label }]. A null
 * value breaks the line (no figure for that month). Each line ends with its label in text.
 */
export function lineChart({ width = 720, height = 240, labels, lines, format = String, min = 0, integer = false }) {
  const values = lines.flatMap((l) => l.values).filter((v) => v !== null && v !== undefined).map(Number);
  const max = Math.max(min + 1e-9, ...values);
  const low = Math.min(min, ...values);
  const { root, x, y } = frame({ width, height, labels, max, min: low, format, className: 'lines', integer });
  lines.forEach((line, index) => {
    const group = svg('g', { class: `series ${line.className || ''}`, 'data-series': line.key || index });
    let path = '';
    let last = null;
    line.values.forEach((v, i) => {
      if (v === null || v === undefined) {
        last = null;
        return;
      }
      const point = `${x(i).toFixed(1)},${y(Number(v)).toFixed(1)}`;
      path += `${last === null ? 'M' : 'L'}${point}`;
      last = i;
      group.append(svg('circle', { cx: x(i).toFixed(1), cy: y(Number(v)).toFixed(1), r: 3 }));
    });
    group.prepend(svg('path', { d: path, class: `line dash-${index % 4}` }));
    const end = line.values.map((v, i) => [v, i]).filter(([v]) => v !== null && v !== undefined).pop();
    if (end && line.label) group.append(text(x(end[1]) + 8, y(Number(end[0])) + 4 + index * 2, line.label, { class: 'end-label' }));
    root.append(group);
  });
  return root;
}

/** Bars side by side per label: bars = [{ values: [number], className, label }]. */
export function barPairs({ width = 720, height = 200, labels, bars, format = String }) {
  const max = Math.max(1, ...bars.flatMap((b) => b.values.map(Number)));
  const { root, x, y, slot } = frame({ width, height, labels, max, format, className: 'bars', integer: true });
  const group = Math.min(36, slot * 0.7);
  const each = group / Math.max(1, bars.length);
  bars.forEach((bar, b) => {
    const g = svg('g', { class: `series ${bar.className || ''}` });
    bar.values.forEach((v, i) => {
      const top = y(Number(v));
      const left = x(i) - group / 2 + each * b;
      // A zero keeps a hairline, so a quiet month reads "0", not "missing".
      g.append(svg('rect', { x: (left + 1).toFixed(1), y: Math.min(top, y(0) - 1).toFixed(1),
        width: Math.max(1, each - 2).toFixed(1), height: Math.max(1, y(0) - top).toFixed(1) }));
    });
    root.append(g);
  });
  return root;
}
