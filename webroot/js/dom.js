// Builds DOM without innerHTML, so text from the API can never become markup.
// Attributes only: the CSP forbids inline styles, so there is deliberately no "style" support.

/**
 * h('button', { class: 'button', type: 'button', onclick: fn }, 'Simpan')
 * true → empty attribute, false/null/undefined → left out, on* → event listener.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces every child of the element. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

let nextId = 0;
/** A document-unique id for label/for and aria-describedby pairs. */
export function uniqueId(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
