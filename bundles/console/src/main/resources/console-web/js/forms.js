// Forms that send a request body to the REST API: labelled inputs (native controls, so the keyboard
// works), a submit button, and the API's problem+json shown next to the form with each invalid field
// marked (aria-invalid, its message tied to the input by aria-describedby).
import { t } from './i18n.js';
import { el } from './ui.js';

/**
 * A field of a form. name is the body path ("session.place", "evidence.0.url"); type is text, textarea,
 * number, checkbox, select (options [[value, label]], or a function giving them in the current language), datetime, date, yuan (sent as fen) or list
 * (comma-separated, sent as an array).
 */
export const input = (name, labelKey, type = 'text', extra = {}) => ({ name, labelKey, type, ...extra });

/** The API's field names use [i] for list items; the form uses .i */
const normalise = path => path.replace(/\[(\d+)\]/g, '.$1');

function control(id, spec) {
  const common = { id, name: spec.name, 'data-path': spec.name, required: spec.required };
  switch (spec.type) {
    case 'textarea': return el('textarea', { ...common, rows: 3 });
    case 'checkbox': return el('input', { ...common, type: 'checkbox' });
    case 'number': return el('input', { ...common, type: 'number', min: spec.min ?? '1', step: '1' });
    case 'yuan': return el('input', { ...common, type: 'number', min: '0', step: '0.01' });
    case 'datetime': return el('input', { ...common, type: 'datetime-local' });
    case 'date': return el('input', { ...common, type: 'date' });
    case 'url': return el('input', { ...common, type: 'url', autocomplete: 'off' });
    case 'select': return el('select', common, el('option', { value: '', text: '–' }),
      (typeof spec.options === 'function' ? spec.options() : spec.options).map(([value, label]) => el('option', { value, text: label })));
    default: return el('input', { ...common, autocomplete: 'off' });
  }
}

function value(node, spec) {
  const raw = spec.type === 'checkbox' ? node.checked : node.value.trim();
  if (raw === '' || raw === false) return undefined;
  switch (spec.type) {
    case 'number': return Number(raw);
    case 'select': return spec.numeric ? Number(raw) : raw;
    case 'yuan': return Math.round(Number(raw) * 100);
    case 'datetime': return new Date(raw).toISOString();
    case 'list': return raw.split(/[,，、]/).map(s => s.trim()).filter(Boolean);
    default: return raw;
  }
}

/** Sets body[a][0][b] = v for the path "a.0.b". */
function put(body, path, v) {
  const keys = path.split('.');
  let node = body;
  keys.slice(0, -1).forEach((key, i) => {
    node = node[key] ??= /^\d+$/.test(keys[i + 1]) ? [] : {};
  });
  node[keys[keys.length - 1]] = v;
}

/** What failed, for the message: the problem's detail (or title) and each invalid field with its label. */
export function problemText(error, labelOf = field => field) {
  const fields = (error.problem?.errors ?? []).map(f => `${labelOf(normalise(f.field))}: ${f.message}`);
  return t('act.failed') + error.message + (fields.length ? ' — ' + t('form.fieldErrors') + fields.join('; ') : '');
}

/**
 * A form: id (unique on the page), legend, fields, submit label, body (the fixed part, e.g. the action),
 * send(body) → promise, done(result) after success. Returns the form element.
 */
export function form({ id, legend, fields, submit, body = {}, send, done, attrs = {} }) {
  const controls = fields.map(spec => {
    const inputId = id + '-' + spec.name.replace(/\W/g, '-');
    return { spec, inputId, node: control(inputId, spec) };
  });
  const status = el('div', { class: 'form-status', 'aria-live': 'polite' });
  const button = el('button', { type: 'submit', class: 'primary', text: submit });
  const labelOf = path => {
    const c = controls.find(x => x.spec.name === path);
    return c ? t(c.spec.labelKey) : path;
  };
  const node = el('form', { class: 'action-form', id, novalidate: true, ...attrs, onsubmit: async e => {
    e.preventDefault();
    clearErrors();
    const request = structuredClone(body);
    for (const { spec, node: n } of controls) {
      const v = value(n, spec);
      if (v !== undefined) put(request, spec.name, v);
    }
    button.disabled = true;
    try {
      const result = await send(request);
      await done(result);
    } catch (error) {
      showProblem(error);
    } finally {
      button.disabled = false;
    }
  } }, el('fieldset', {}, el('legend', { text: legend }),
    controls.map(({ spec, inputId, node: n }) => el('div', { class: spec.type === 'checkbox' ? 'field check' : 'field' },
      el('label', { for: inputId, text: t(spec.labelKey) + (spec.required ? t('form.required') : '') }), n)),
    button, status));

  function clearErrors() {
    status.replaceChildren();
    node.querySelectorAll('[aria-invalid]').forEach(n => { n.removeAttribute('aria-invalid'); n.removeAttribute('aria-describedby'); });
    node.querySelectorAll('.field-error').forEach(n => n.remove());
  }

  function showProblem(error) {
    for (const f of error.problem?.errors ?? []) {
      const c = controls.find(x => x.spec.name === normalise(f.field));
      if (!c) continue;
      const messageId = c.inputId + '-error';
      c.node.setAttribute('aria-invalid', 'true');
      c.node.setAttribute('aria-describedby', messageId);
      c.node.after(el('span', { class: 'field-error error', id: messageId, text: f.message }));
    }
    status.replaceChildren(el('p', { class: 'error', role: 'alert', text: problemText(error, labelOf) }));
    node.querySelector('[aria-invalid]')?.focus();
  }

  return node;
}
