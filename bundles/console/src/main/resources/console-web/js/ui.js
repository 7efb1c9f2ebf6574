// Small DOM helpers shared by the pages.
import { t } from './i18n.js';

/** Element with attributes (on* names become listeners) and children (strings become text). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

/** A labelled filter or form field; the label points at the input. */
export function field(id, labelKey, input) {
  input.id = id;
  return el('div', {}, el('label', { for: id, text: t(labelKey) }), input);
}

export function select(options, value) {
  const node = el('select', {}, options.map(([v, label]) => el('option', { value: v, text: label })));
  if (value !== undefined) node.value = value;
  return node;
}

/** Table from rows; columns are [labelKey, row => cell]. */
export function table(columns, rows, attrs = {}) {
  return el('table', attrs,
    el('thead', {}, el('tr', {}, columns.map(([key]) => el('th', { scope: 'col', text: t(key) })))),
    el('tbody', {}, rows.length
      ? rows.map(row => el('tr', { 'data-id': row.id ?? row.name ?? '' }, columns.map(([, cell]) => el('td', {}, cell(row) ?? ''))))
      : el('tr', {}, el('td', { colspan: columns.length, class: 'muted', text: t('empty') }))));
}

/** Previous/next over a paged list ({items,total,offset,limit}). */
export function pager(page, go) {
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = page.offset + page.items.length;
  return el('div', { class: 'pager' },
    el('button', { type: 'button', disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - page.limit)), text: t('page.prev') }),
    el('span', { text: t('page.of', from, to, page.total) }),
    el('button', { type: 'button', disabled: to >= page.total, onclick: () => go(page.offset + page.limit), text: t('page.next') }));
}

export function errorBox(error) {
  const forbidden = error && error.status === 403;
  return el('p', { class: 'error', role: 'alert', text: forbidden ? t('notice.forbidden') : t('error.load') + (error?.message ?? error) });
}
