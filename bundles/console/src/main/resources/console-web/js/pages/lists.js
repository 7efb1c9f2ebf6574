// List-and-detail views of the other capabilities' main cases: filters, a paged list, and a detail
// with labelled, formatted fields and the actions the API allows this user now. Actions that need
// input get a form each (forms.js); the request bodies are those of the capabilities' REST API.
import { api, query } from '../api.js';
import { t, formatTime, formatDate, yuan } from '../i18n.js';
import { el, field, select, table, pager, errorBox } from '../ui.js';
import { form, input, problemText } from '../forms.js';

const PAGE_SIZE = 20;
const label = (row, code) => row[code + 'Label'] ?? row[code];

/** How a detail field is shown: text, time, date, bool, fen, label (its *Label twin) or enum:<kind>. */
function format(row, name, kind = 'text') {
  const v = row[name];
  if (kind === 'time') return formatTime(v);
  if (kind === 'date') return formatDate(v);
  if (kind === 'bool') return v ? t('yes') : t('no');
  if (kind === 'fen') return yuan(v);
  if (kind === 'percent') return v + ' %';
  if (kind === 'label') return label(row, name);
  if (kind.startsWith('enum:')) return t(`e.${kind.substring(5)}.${v}`);
  return String(v);
}

/** The detail's facts: label and value of each field the row has, in the order of the spec. */
function facts(row, details) {
  return el('dl', {}, details
    .filter(([name]) => row[name] !== null && row[name] !== undefined && row[name] !== '')
    .flatMap(([name, kind]) => [el('dt', { text: t('f.' + name) }), el('dd', { 'data-field': name, text: format(row, name, kind) })]));
}

function listPage({ titleKey, capability, path, paged = true, filters, columns, detailPath, details, forms = {}, parts = [] }) {
  return ctx => {
    // a filter with values is a choice of the API's enum names, the others free text
    const inputs = filters.map(([name, key, values]) => [name, field('l-' + name, key, values
      ? select([['', t('filter.any')], ...values.map(v => [v, t('s.' + capability + '.' + v)])])
      : el('input', { autocomplete: 'off' }))]);
    const list = el('div', { id: 'list' });
    const detail = el('div', { class: 'card detail', id: 'list-detail', hidden: true, 'aria-live': 'polite' });
    let offset = 0;
    const filterForm = el('form', { class: 'filters', onsubmit: e => { e.preventDefault(); offset = 0; load(); } },
      inputs.map(([, f]) => f), el('button', { type: 'submit', class: 'primary', text: t('filter.apply') }));
    ctx.main.append(el('h1', { text: t(titleKey) }), filterForm, el('div', { class: 'split' }, list, detail));

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
        const reopen = text => open(full, el('p', { class: 'ok', role: 'status', text }));
        const extra = await Promise.all(parts.map(part => part(full, { ...ctx, reopen }).catch(() => '')));
        detail.hidden = false;
        detail.dataset.id = full.id;
        detail.replaceChildren(
          el('h2', { text: `#${full.id} ${full.title ?? full.name ?? full.consumerName ?? full.siteName ?? ''}` }),
          facts(full, details), message ?? '', ...extra,
          detailPath ? actions(full, reopen) : '',
          el('button', { type: 'button', onclick: () => { detail.hidden = true; }, text: t('detail.close') }));
      } catch (e) {
        detail.hidden = false;
        detail.replaceChildren(errorBox(e));
      }
    }

    /**
     * The actions the API allows this user now: those that need input as a form each, the others as
     * buttons sharing one optional comment.
     */
    function actions(full, reopen) {
      const allowed = full.allowedActions ?? [];
      if (!allowed.length) return '';
      const actionLabel = a => t(`a.${capability}.${a}`);
      const send = body => api(detailPath(full) + '/actions', { method: 'POST', body });
      const done = action => () => { reopen(t('act.done', actionLabel(action))); load(); };
      const simple = allowed.filter(a => !forms[a]);
      const comment = el('input', { id: 'act-comment', autocomplete: 'off' });
      const status = el('div', { class: 'form-status', 'aria-live': 'polite' });
      const act = async action => {
        try {
          await send({ action, comment: comment.value.trim() || undefined });
          done(action)();
        } catch (e) {
          status.replaceChildren(el('p', { class: 'error', role: 'alert', text: problemText(e) }));
        }
      };
      return el('div', { class: 'actions' },
        simple.length ? el('div', {}, el('div', { class: 'field' }, el('label', { for: 'act-comment', text: t('act.comment') }), comment),
          el('div', { class: 'buttons' }, simple.map(a => el('button', { type: 'button', class: 'primary', 'data-act': a,
            onclick: () => act(a), text: actionLabel(a) }))), status) : '',
        allowed.filter(a => forms[a]).map(a => form({ id: 'act-' + a, legend: actionLabel(a), fields: forms[a],
          submit: actionLabel(a), body: { action: a }, send, done: done(a), attrs: { 'data-form': a } })));
    }

    load();
    return {};
  };
}

// ---- parts of a detail beyond its fields

const part = (titleKey, ...children) => el('section', { class: 'part' }, el('h3', { text: t(titleKey) }), ...children);

async function mediationSessions(c) {
  const sessions = await api(`mediation/cases/${c.id}/sessions`);
  return sessions.length ? part('part.sessions', el('ul', { id: 'sessions' }, sessions.map(s => el('li', {
    text: [formatTime(s.scheduledAt), t('e.mode.' + s.mode), s.place, (s.attendees ?? []).join('、'), s.minutes]
      .filter(Boolean).join(' · ') })))) : '';
}

/** The vote of a topic: the turnout so far, and for a villager the ballot form (secret: no choice is shown back). */
async function deliberationVote(topic, ctx) {
  if (topic.status !== 'VOTING') return '';
  const base = `deliberation/topics/${topic.id}`;
  const tally = await api(base + '/tally').catch(() => null);
  const options = ctx.hasRole('villager') ? await api(base + '/options') : [];
  return part('part.vote',
    tally ? el('p', { id: 'tally', text: t('part.tally', tally.votesCast, tally.eligible) }) : '',
    options.length ? form({ id: 'vote', legend: t('form.vote'), submit: t('form.vote'),
      fields: [input('optionId', 'form.option', 'select', { required: true, numeric: true, options: options.map(o => [String(o.id), o.label]) })],
      send: body => api(base + '/ballots', { method: 'POST', body }), done: () => ctx.reopen(t('form.voted')) }) : '');
}

/** Objections during the public notice: the list, a villager's form to lodge one, the committee's ruling. */
async function deliberationObjections(topic, ctx) {
  const base = `deliberation/topics/${topic.id}/objections`;
  const objections = await api(base);
  const mayLodge = topic.status === 'IN_NOTICE' && ctx.hasRole('villager');
  if (!objections.length && !mayLodge) return '';
  const mayRule = ctx.hasRole('admin', 'village-committee');
  return part('part.objections',
    el('ul', { id: 'objections' }, objections.map(o => el('li', { 'data-id': o.id },
      `${formatTime(o.lodgedAt)} ${o.objector}: ${o.reason} — ${t('e.objection.' + o.status)}${o.ruling ? ' (' + o.ruling + ')' : ''}`,
      mayRule && o.status === 'PENDING' ? form({ id: 'rule-' + o.id, legend: t('form.rule'), submit: t('form.rule'),
        fields: [input('upheld', 'form.upheld', 'checkbox'), input('reason', 'form.reason', 'textarea', { required: true })],
        body: { upheld: false }, send: body => api(`${base}/${o.id}/ruling`, { method: 'POST', body }),
        done: () => ctx.reopen(t('form.ruled')) }) : ''))),
    mayLodge ? form({ id: 'object', legend: t('form.object'), submit: t('form.object'),
      fields: [input('reason', 'form.objectionReason', 'textarea', { required: true })],
      send: body => api(base, { method: 'POST', body }), done: () => ctx.reopen(t('form.objected')) }) : '');
}

async function campaignEvidence(task) {
  return task.evidence?.length ? part('part.evidence', el('ul', { id: 'evidence' }, task.evidence.map(e => el('li', {},
    e.description, e.url ? [' ', el('a', { href: e.url, rel: 'noopener noreferrer', target: '_blank', text: e.url })] : '')))) : '';
}

// ---- the pages

const MEDIATION_FORMS = {
  DECLINE: [input('declineReason', 'form.declineReason', 'select', { required: true, options: () => ['OUTSIDE_SCOPE',
    'ALREADY_BEFORE_COURT_OR_MEDIATOR', 'DUPLICATE', 'NO_PRIOR_CONTACT_WITH_MERCHANT'].map(r => [r, t('e.declineReason.' + r)]) }),
    input('comment', 'form.comment')],
  SCHEDULE_SESSION: [input('session.scheduledAt', 'form.scheduledAt', 'datetime', { required: true }),
    input('session.mode', 'form.mode', 'select', { required: true, options: () => ['IN_PERSON', 'ONLINE'].map(m => [m, t('e.mode.' + m)]) }),
    input('session.place', 'form.place'), input('session.attendees', 'form.attendees', 'list'),
    input('session.minutes', 'form.minutes', 'textarea')],
  EXTEND: [input('extensionDays', 'form.extensionDays', 'number', { required: true }),
    input('consumerConsents', 'form.consumerConsents', 'checkbox'), input('merchantConsents', 'form.merchantConsents', 'checkbox'),
    input('comment', 'form.comment')],
  AGREE: [input('agreement.terms', 'form.terms', 'textarea', { required: true }),
    input('agreement.amountFen', 'form.amountYuan', 'yuan', { required: true }),
    input('agreement.dueDate', 'form.dueDate', 'date', { required: true })],
  CONFIRM: [input('confirmationNumber', 'form.confirmationNumber', 'text', { required: true })],
  REFER: [input('filingReference', 'form.filingReference', 'text', { required: true })],
};

export const mediation = listPage({
  titleKey: 'page.mediation', capability: 'mediation', path: 'mediation/cases', detailPath: c => 'mediation/cases/' + c.id,
  filters: [['status', 'filter.status', ['FILED', 'ACCEPTED', 'DECLINED', 'ASSIGNED', 'IN_MEDIATION', 'AGREEMENT',
    'JUDICIALLY_CONFIRMED', 'FULFILLED', 'DEFAULTED', 'FAILED', 'REFERRED_TO_COURT', 'WITHDRAWN', 'EXPIRED']], ['mediator', 'col.mediator']],
  columns: [['col.id', c => c.id], ['col.status', c => label(c, 'status')], ['col.consumer', c => c.consumerName],
    ['col.merchant', c => c.merchantName], ['col.mediator', c => c.mediatorId], ['col.deadline', c => formatTime(c.deadline)]],
  details: [['status', 'label'], ['category', 'enum:category'], ['consumerName'], ['consumerPhone'], ['merchantName'],
    ['merchantCode'], ['merchantContact'], ['claimFen', 'fen'], ['facts'], ['mediatorId'], ['organisationId'],
    ['assignmentNote'], ['filedAt', 'time'], ['acceptedAt', 'time'], ['deadline', 'time'], ['extended', 'bool'],
    ['overdue', 'bool'], ['decidedAt', 'time'], ['declineReason', 'enum:declineReason'], ['agreementTerms'],
    ['agreementFen', 'fen'], ['agreementDue', 'date'], ['confirmationNumber'], ['filingReference']],
  forms: MEDIATION_FORMS,
  parts: [mediationSessions],
});

export const deliberation = listPage({
  titleKey: 'page.deliberation', capability: 'deliberation', path: 'deliberation/topics', detailPath: topic => 'deliberation/topics/' + topic.id,
  filters: [['village', 'filter.village'], ['state', 'filter.status', ['DRAFT', 'COLLECTING', 'ON_AGENDA', 'IN_DELIBERATION',
    'VOTING', 'DECIDED', 'IN_NOTICE', 'IMPLEMENTING', 'COMPLETED', 'DECLINED', 'WITHDRAWN', 'EXPIRED']]],
  columns: [['col.id', x => x.id], ['col.title', x => x.title], ['col.village', x => x.villageCode],
    ['col.kind', x => label(x, 'kind')], ['col.status', x => label(x, 'status')]],
  details: [['status', 'label'], ['title'], ['description'], ['villageCode'], ['kind', 'label'], ['matter', 'label'],
    ['author'], ['createdAt', 'time'], ['submittedAt', 'time'], ['collectUntil', 'time'], ['cosigners'], ['agendaAt', 'time'],
    ['declineReason'], ['round'], ['voteOpensAt', 'time'], ['voteClosesAt', 'time'], ['rule', 'enum:rule'],
    ['outcome', 'enum:outcome'], ['decidedAt', 'time'], ['publishedAt', 'time'], ['noticeEndsAt', 'time'],
    ['progressPercent', 'percent'], ['completedAt', 'time']],
  forms: {
    DECLINE: [input('reason', 'form.reason', 'textarea', { required: true })],
    OPEN_VOTING: [input('votingClosesAt', 'form.votingClosesAt', 'datetime', { required: true })],
  },
  parts: [deliberationVote, deliberationObjections],
});

export const campaigns = listPage({
  titleKey: 'page.campaigns', capability: 'campaigns', path: 'campaigns/tasks', detailPath: task => 'campaigns/tasks/' + task.id,
  filters: [['campaign', 'filter.campaign'], ['state', 'filter.status', ['OPEN', 'IN_RECTIFICATION', 'SUBMITTED', 'ACCEPTED']]],
  columns: [['col.id', x => x.id], ['col.description', x => x.description], ['col.site', x => x.siteName],
    ['col.severity', x => label(x, 'severity')], ['col.status', x => label(x, 'status')],
    ['col.department', x => x.responsibleDepartment], ['col.deadline', x => formatTime(x.deadline)]],
  details: [['status', 'label'], ['campaignId'], ['description'], ['severity', 'label'], ['siteName'], ['creditCode'],
    ['areaCode'], ['responsibleParty'], ['responsibleDepartment'], ['requiredEvidence'], ['foundAt', 'time'],
    ['deadline', 'time'], ['overdue', 'bool'], ['escalated', 'bool'], ['supervisionDeadline', 'time'],
    ['submittedAt', 'time'], ['acceptedAt', 'time'], ['reopenCount']],
  forms: {
    SUBMIT: [input('evidence.0.description', 'form.evidenceDescription', 'text', { required: true }),
      input('evidence.0.url', 'form.evidenceUrl', 'url'), input('comment', 'form.comment')],
    REJECT: [input('comment', 'form.reason', 'textarea', { required: true })],
    REOPEN: [input('comment', 'form.reason', 'textarea', { required: true })],
  },
  parts: [campaignEvidence],
});

export const parking = listPage({
  titleKey: 'page.parking', capability: 'parking', path: 'parking/lots', paged: false,
  filters: [],
  columns: [['col.id', x => x.id], ['col.name', x => x.name], ['col.status', x => label(x, 'status')],
    ['col.total', x => x.totalSpotNumber], ['col.available', x => x.availableSpotNumber], ['col.occupied', x => x.occupiedSpotNumber]],
  details: [['status', 'label'], ['name'], ['address'], ['areaCode'], ['openingHours'], ['closed', 'bool'],
    ['totalSpotNumber'], ['availableSpotNumber'], ['occupiedSpotNumber'], ['occupancyModified', 'time']],
});
