// Read-only list-and-detail views of the other capabilities' main cases, with their filters.
import { api, query } from '../api.js';
import { t, formatTime } from '../i18n.js';
import { el, field, select, table, pager, errorBox } from '../ui.js';

const PAGE_SIZE = 20;
const label = (row, code) => row[code + 'Label'] ?? row[code];

/** A generic paged list with text filters and a detail panel listing every field of the chosen row. */
function listPage({ titleKey, path, paged = true, filters, columns, detailPath }) {
  return ctx => {
    // a filter with values is a choice of the API's enum names, the others free text
    const inputs = filters.map(([name, key, values]) => [name, field('l-' + name, key, values
      ? select([['', t('filter.any')], ...values.map(v => [v, v])])
      : el('input', { autocomplete: 'off' }))]);
    const list = el('div', { id: 'list' });
    const detail = el('div', { class: 'card detail', id: 'list-detail', hidden: true });
    let offset = 0;
    const form = el('form', { class: 'filters', onsubmit: e => { e.preventDefault(); offset = 0; load(); } },
      inputs.map(([, f]) => f), el('button', { type: 'submit', class: 'primary', text: t('filter.apply') }));
    ctx.main.append(el('h1', { text: t(titleKey) }), form, el('div', { class: 'split' }, list, detail));

    async function load() {
      const params = Object.fromEntries(inputs.map(([name, f]) => [name, f.querySelector('input, select').value.trim()]));
      try {
        const result = await api(path + query(paged ? { ...params, offset, limit: PAGE_SIZE } : params));
        const page = Array.isArray(result) ? { items: result, total: result.length, offset: 0, limit: result.length } : result;
        list.replaceChildren(table([...columns,
          ['col.actions', row => el('button', { type: 'button', onclick: () => open(row), text: t('detail') })]], page.items, { id: 'list-table' }),
          paged ? pager(page, o => { offset = o; load(); }) : '');
      } catch (e) {
        list.replaceChildren(errorBox(e));
      }
    }

    async function open(row, message) {
      try {
        const full = detailPath ? await api(detailPath(row)) : row;
        detail.hidden = false;
        detail.dataset.id = full.id;
        detail.replaceChildren(el('dl', {}, Object.entries(full)
          .filter(([, v]) => v !== null && typeof v !== 'object')
          .flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { 'data-field': k, text: /At$|Due$|deadline/.test(k) ? formatTime(v) : String(v) })])),
          message ?? '',
          detailPath ? actions(full) : '',
          el('button', { type: 'button', onclick: () => { detail.hidden = true; }, text: t('detail.close') }));
      } catch (e) {
        detail.hidden = false;
        detail.replaceChildren(errorBox(e));
      }
    }

    /**
     * The actions the API allows this user now, each sent as {"action": …}; one that needs more
     * fields answers 400 and the page shows which.
     */
    function actions(full) {
      const allowed = full.allowedActions ?? [];
      const act = async action => {
        let message;
        try {
          await api(detailPath(full) + '/actions', { method: 'POST', body: { action } });
          message = el('p', { class: 'ok', role: 'status', text: t('act.done', action) });
        } catch (e) {
          const fields = (e.problem?.errors ?? []).map(f => `${f.field} ${f.message}`).join('; ');
          message = el('p', { class: 'error', role: 'alert', text: t('act.failed') + e.message + (fields ? ' (' + fields + ')' : '') });
        }
        await open(full, message);
        load();
      };
      return allowed.length
        ? el('div', { class: 'actions' }, el('div', { class: 'buttons' },
            allowed.map(a => el('button', { type: 'button', class: 'primary', 'data-act': a, onclick: () => act(a), text: a }))))
        : '';
    }

    load();
    return {};
  };
}

export const mediation = listPage({
  titleKey: 'page.mediation', path: 'mediation/cases', detailPath: c => 'mediation/cases/' + c.id,
  filters: [['status', 'filter.status', ['FILED', 'ACCEPTED', 'DECLINED', 'ASSIGNED', 'IN_MEDIATION', 'AGREEMENT',
    'JUDICIALLY_CONFIRMED', 'FULFILLED', 'DEFAULTED', 'FAILED', 'REFERRED_TO_COURT', 'WITHDRAWN', 'EXPIRED']], ['mediator', 'col.mediator']],
  columns: [['col.id', c => c.id], ['col.status', c => label(c, 'status')], ['col.consumer', c => c.consumerName],
    ['col.merchant', c => c.merchantName], ['col.mediator', c => c.mediatorId], ['col.deadline', c => formatTime(c.deadline)]],
});

export const deliberation = listPage({
  titleKey: 'page.deliberation', path: 'deliberation/topics', detailPath: topic => 'deliberation/topics/' + topic.id,
  filters: [['village', 'filter.village'], ['state', 'filter.status', ['DRAFT', 'COLLECTING', 'ON_AGENDA', 'IN_DELIBERATION',
    'VOTING', 'DECIDED', 'IN_NOTICE', 'IMPLEMENTING', 'COMPLETED', 'DECLINED', 'WITHDRAWN', 'EXPIRED']]],
  columns: [['col.id', x => x.id], ['col.title', x => x.title], ['col.village', x => x.villageCode],
    ['col.kind', x => label(x, 'kind')], ['col.status', x => label(x, 'status')]],
});

export const campaigns = listPage({
  titleKey: 'page.campaigns', path: 'campaigns/tasks', detailPath: task => 'campaigns/tasks/' + task.id,
  filters: [['campaign', 'filter.campaign'], ['state', 'filter.status', ['OPEN', 'IN_RECTIFICATION', 'SUBMITTED', 'ACCEPTED']]],
  columns: [['col.id', x => x.id], ['col.description', x => x.description], ['col.site', x => x.siteName],
    ['col.severity', x => label(x, 'severity')], ['col.status', x => label(x, 'status')],
    ['col.department', x => x.responsibleDepartment], ['col.deadline', x => formatTime(x.deadline)]],
});

export const parking = listPage({
  titleKey: 'page.parking', path: 'parking/lots', paged: false,
  filters: [],
  columns: [['col.id', x => x.id], ['col.name', x => x.name], ['col.status', x => label(x, 'status')],
    ['col.total', x => x.totalSpotNumber], ['col.available', x => x.availableSpotNumber], ['col.occupied', x => x.occupiedSpotNumber]],
});
