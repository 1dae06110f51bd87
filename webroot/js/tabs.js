// One status at a time: a row of toggle buttons (aria-pressed) above a list.
import { h, fill } from './dom.js';

/** codes: the statuses; label(code): its name; onChange(code) after a switch. */
export function statusTabs({ codes, current, label, groupLabel, onChange }) {
  let shown = current;
  const group = h('div', { class: 'status-tabs', role: 'group', 'aria-label': groupLabel });
  function draw() {
    fill(group, codes.map((code) => h('button', {
      type: 'button',
      class: 'tab',
      'aria-pressed': String(code === shown),
      onclick: () => {
        shown = code;
        draw();
        group.querySelector('[aria-pressed=true]').focus();
        onChange(code);
      },
    }, label(code))));
  }
  draw();
  return group;
}
