// A tiny vertical bar chart on a <canvas>: groups of bars (one per series), category labels
// under the axis, the value above each bar. No library: the CSP allows only our own scripts,
// and a canvas is drawn, not styled, so no inline style is ever needed. The numbers are also
// in a table next to the chart; the canvas itself is decoration for sighted users.

const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const INK = '#1b2a33';
const INK_SOFT = '#55646d';
const LINE = '#dde3e0';

/**
 * Draws into the canvas at width × height CSS pixels, sharp on high-density screens (the
 * backing store is scaled by devicePixelRatio; the stylesheet keeps the displayed size).
 * labels: category names; series: [{ values: [number], color }]; format: number → text.
 */
export function barChart(canvas, { width, height, labels, series, format = String }) {
  const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const context = canvas.getContext('2d');
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  const pad = { top: 22, right: 12, bottom: 34, left: 12 };
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => Number(v) || 0)));

  context.clearRect(0, 0, width, height);
  context.font = FONT;
  context.textAlign = 'center';

  // Baseline (the x axis).
  context.strokeStyle = LINE;
  context.lineWidth = 1;
  context.beginPath();
  context.moveTo(pad.left, pad.top + plotHeight + 0.5);
  context.lineTo(width - pad.right, pad.top + plotHeight + 0.5);
  context.stroke();

  const slot = plotWidth / Math.max(1, labels.length);
  const groupWidth = slot * 0.7;
  const barWidth = groupWidth / Math.max(1, series.length);
  labels.forEach((label, index) => {
    const groupLeft = pad.left + slot * index + (slot - groupWidth) / 2;
    series.forEach((s, seriesIndex) => {
      const value = Number(s.values[index]) || 0;
      const barHeight = (value / max) * plotHeight;
      const x = groupLeft + barWidth * seriesIndex;
      const y = pad.top + plotHeight - barHeight;
      context.fillStyle = s.color;
      // Even a zero gets a hairline, so an empty kecamatan is visibly "0", not missing.
      context.fillRect(x + 1, y, barWidth - 2, Math.max(1, barHeight));
      context.fillStyle = INK;
      context.fillText(format(value), x + barWidth / 2, y - 6, barWidth + 8);
    });
    context.fillStyle = INK_SOFT;
    context.fillText(label, pad.left + slot * index + slot / 2, height - pad.bottom + 20, slot - 4);
  });
}
