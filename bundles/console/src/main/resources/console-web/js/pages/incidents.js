// Grid incidents: filters, a paged list and a detail with the actions the API allows this user now.
import { api, query } from '../api.js';
import { t, formatTime, incidentStatus, incidentAction } from '../i18n.js';
import { el, field, select, table, pager, errorBox } from '../ui.js';

const STATUSES = ['REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'VERIFIED', 'CLOSED', 'REJECTED',
  'ESCALATED', 'REOPENED', 'MERGED', 'TRANSFERRED'];
const PAGE_SIZE = 20;

export default function incidents(ctx) {
  const status = select([['', t('filter.any')], ...STATUSES.map(s => [s, incidentStatus(s)])]);
  const grid = select([['', t('filter.any')]]);
  const overdue = el('input', { type: 'checkbox' });
  const list = el('div', { id: 'incident-list' });
  const detail = el('div', { id: 'incident-detail', class: 'card detail', hidden: true, 'aria-live': 'polite' });
  let offset = 0;
  let departments = [];

  const filters = el('form', { class: 'filters', onsubmit: e => { e.preventDefault(); offset = 0; load(); } },
    field('f-status', 'filter.status', status), field('f-grid', 'filter.grid', grid),
    el('div', {}, el('label', { for: 'f-overdue', text: t('filter.overdue') }), Object.assign(overdue, { id: 'f-overdue' })),
    el('button', { type: 'submit', class: 'primary', id: 'f-apply', text: t('filter.apply') }));
  ctx.main.append(el('h1', { text: t('page.incidents') }), filters, el('div', { class: 'split' }, list, detail));

  api('grid/grids' + query({ limit: 200 })).then(page => page.items.forEach(g => grid.append(el('option', { value: g.code, text: g.name })))).catch(() => {});
  api('grid/departments').then(d => { departments = d; }).catch(() => {});

  async function load() {
    try {
      const page = await api('grid/incidents' + query({ status: status.value, grid: grid.value,
        overdue: overdue.checked ? 'true' : '', offset, limit: PAGE_SIZE }));
      list.replaceChildren(table([
        ['col.id', i => i.id],
        ['col.status', i => el('span', { class: 'status', text: i.statusLabel ?? i.status })],
        ['col.category', i => i.categoryName ?? i.category],
        ['col.grid', i => i.gridCode],
        ['col.reportedAt', i => formatTime(i.reportedAt)],
        ['col.overdue', i => (i.overdue ? t('yes') : t('no'))],
        ['col.actions', i => el('button', { type: 'button', 'data-open': i.id, onclick: () => open(i.id), text: t('detail') })],
      ], page.items, { id: 'incidents-table' }), pager(page, o => { offset = o; load(); }));
    } catch (e) {
      list.replaceChildren(errorBox(e));
    }
  }

  async function open(id, message) {
    try {
      const [incident, history] = await Promise.all([api('grid/incidents/' + id), api(`grid/incidents/${id}/history`)]);
      renderDetail(incident, history, message);
    } catch (e) {
      detail.hidden = false;
      detail.replaceChildren(errorBox(e));
    }
  }

  function renderDetail(incident, history, message) {
    detail.hidden = false;
    detail.dataset.id = incident.id;
    const facts = [
      ['col.id', incident.id], ['col.status', incident.statusLabel ?? incident.status], ['col.category', incident.categoryName],
      ['col.description', incident.description], ['col.grid', incident.gridCode], ['col.department', departments.find(d => d.code === incident.departmentCode)?.name ?? incident.departmentCode],
      ['col.reportedAt', formatTime(incident.reportedAt)], ['col.deadline', formatTime(incident.resolutionDue)],
      ['col.overdue', incident.overdue ? t('yes') : t('no')]];
    detail.replaceChildren(
      el('h2', { text: `#${incident.id} ${incident.categoryName ?? ''}` }),
      el('dl', {}, facts.flatMap(([k, v]) => [el('dt', { text: t(k) }), el('dd', { 'data-field': k, text: v ?? '' })])),
      message ?? '',
      actions(incident),
      el('h2', { text: t('detail.history') }),
      el('ol', {}, history.map(h => el('li', { text: `${formatTime(h.at)} ${h.actor ?? ''} ${h.action ? incidentAction(h.action) + ' → ' : ''}${incidentStatus(h.to)} ${h.comment ?? ''}` }))),
      el('button', { type: 'button', onclick: () => { detail.hidden = true; }, text: t('detail.close') }));
  }

  function actions(incident) {
    const allowed = incident.allowedActions ?? [];
    if (!allowed.length) return el('p', { class: 'muted', text: t('act.none') });
    const comment = el('input', { id: 'act-comment' });
    const department = select([['', '–'], ...departments.map(d => [d.code, d.name])]);
    department.id = 'act-department';
    const reason = el('input', { id: 'act-reason' });
    const target = select([['', '–'], ['mediation', 'mediation'], ['campaigns', 'campaigns']]);
    target.id = 'act-target';
    const mergeInto = el('input', { id: 'act-merge', type: 'number', min: '1' });
    const inputs = [
      el('div', {}, el('label', { for: 'act-comment', text: t('act.comment') }), ' ', comment),
      allowed.includes('DISPATCH') ? el('div', {}, el('label', { for: 'act-department', text: t('act.department') }), ' ', department) : null,
      allowed.includes('REJECT') ? el('div', {}, el('label', { for: 'act-reason', text: t('act.reason') }), ' ', reason) : null,
      allowed.includes('TRANSFER') ? el('div', {}, el('label', { for: 'act-target', text: t('act.target') }), ' ', target) : null,
      allowed.includes('MERGE') ? el('div', {}, el('label', { for: 'act-merge', text: t('act.mergeInto') }), ' ', mergeInto) : null,
    ];
    const act = async action => {
      const body = { action, comment: comment.value || undefined };
      if (action === 'DISPATCH') body.departmentCode = department.value || undefined;
      if (action === 'REJECT') body.reason = reason.value || undefined;
      if (action === 'TRANSFER') body.targetCapability = target.value || undefined;
      if (action === 'MERGE') body.mergeInto = mergeInto.value ? Number(mergeInto.value) : undefined;
      try {
        await api(`grid/incidents/${incident.id}/actions`, { method: 'POST', body });
        await open(incident.id, el('p', { class: 'ok', role: 'status', text: t('act.done', incidentAction(action)) }));
      } catch (e) {
        const fields = (e.problem?.errors ?? []).map(f => `${f.field} ${f.message}`).join('; ');
        await open(incident.id, el('p', { class: 'error', role: 'alert', text: t('act.failed') + e.message + (fields ? ' (' + fields + ')' : '') }));
      }
      load();
    };
    return el('div', { class: 'actions' }, inputs,
      el('div', { class: 'buttons' }, allowed.map(a => el('button', { type: 'button', class: 'primary', 'data-act': a, onclick: () => act(a), text: incidentAction(a) }))));
  }

  load();
  return {};
}
