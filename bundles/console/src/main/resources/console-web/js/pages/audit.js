// The audit trail (administrators), filtered by user, capability and time.
import { api, query } from '../api.js';
import { t, formatTime } from '../i18n.js';
import { el, field, table, pager, errorBox } from '../ui.js';

const PAGE_SIZE = 25;

/** datetime-local value (the browser's local time) as an ISO-8601 instant. */
const instant = value => (value ? new Date(value).toISOString() : '');

export default function audit(ctx) {
  const user = el('input', { autocomplete: 'off' });
  const capability = el('input', { autocomplete: 'off', list: 'audit-capabilities' });
  const from = el('input', { type: 'datetime-local' });
  const to = el('input', { type: 'datetime-local' });
  const options = el('datalist', { id: 'audit-capabilities' }, ['platform', ...ctx.capabilities()].map(c => el('option', { value: c })));
  const list = el('div', { id: 'audit-list' });
  let offset = 0;
  const form = el('form', { class: 'filters', onsubmit: e => { e.preventDefault(); offset = 0; load(); } },
    field('a-user', 'filter.user', user), field('a-capability', 'filter.capability', capability), options,
    field('a-from', 'filter.from', from), field('a-to', 'filter.to', to),
    el('button', { type: 'submit', class: 'primary', id: 'a-apply', text: t('filter.apply') }));
  ctx.main.append(el('h1', { text: t('page.audit') }), form, list);

  async function load() {
    try {
      const page = await api('platform/audit' + query({ user: user.value.trim(), capability: capability.value.trim(),
        from: instant(from.value), to: instant(to.value), offset, limit: PAGE_SIZE }));
      list.replaceChildren(table([
        ['col.at', e => formatTime(e.at)],
        ['col.user', e => e.actor],
        ['col.capability', e => e.capability],
        ['col.entity', e => `${e.entity ?? ''} ${e.entityId ?? ''}`],
        ['col.action', e => e.action],
      ], page.items, { id: 'audit-table' }), pager(page, o => { offset = o; load(); }));
    } catch (e) {
      list.replaceChildren(errorBox(e));
    }
  }

  load();
  return {};
}
