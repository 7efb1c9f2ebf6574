// Capability management (administrators): features with version, state and health; install, uninstall
// and upgrade through the platform's REST admin endpoint, with the job's progress and failure.
import { api } from '../api.js';
import { t } from '../i18n.js';
import { el, table, errorBox } from '../ui.js';

/** Features the platform needs to run at all (and the console itself): no buttons. */
const PLATFORM = new Set(['chrysalis-platform', 'chrysalis-web', 'chrysalis-persistence', 'chrysalis-liquibase',
  'chrysalis-openapi', 'chrysalis-console', 'chrysalis-all']);
const JOB_POLL_MS = 500;
const REFRESH_MS = 5000;

/** Whether version a is newer than b: numeric parts compared as numbers; a release beats its qualifier (SNAPSHOT). */
export function newer(a, b) {
  const pa = a.split(/[.-]/), pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i], y = pb[i];
    if (x === y) continue;
    const nx = /^\d+$/.test(x ?? ''), ny = /^\d+$/.test(y ?? '');
    if (nx && ny) return Number(x) > Number(y);
    if (nx || ny) return nx;
    if (x === undefined || y === undefined) return x === undefined;
    return x > y;
  }
  return false;
}

export default function management(ctx) {
  const jobBox = el('div', { id: 'job', 'aria-live': 'polite' });
  const body = el('div', { id: 'features' }, el('p', { class: 'muted', text: t('loading') }));
  ctx.main.append(el('h1', { text: t('page.management') }), jobBox, body);
  let busy = false;
  /** The upgrade version picked per feature, kept across the table's refreshes. */
  const chosen = new Map();
  let timer = null;
  let disposed = false;

  async function load() {
    try {
      const [features, health] = await Promise.all([api('platform/features'), api('platform/health')]);
      if (disposed) return;
      render(features.filter(f => f.name.startsWith('chrysalis-')), health.components ?? {});
    } catch (e) {
      body.replaceChildren(errorBox(e));
    }
  }

  function healthBadge(feature, components) {
    const component = components[feature.name.replace(/^chrysalis-/, '')];
    if (!component) return '';
    const reason = component.details?.reason;
    return el('span', { class: 'badge ' + (component.status === 'UP' ? 'up' : 'down'),
      text: component.status + (reason ? ' – ' + reason : '') });
  }

  /** Install or uninstall; and when newer versions are registered, a choice of them (newest first) and Upgrade. */
  function buttons(feature) {
    const upgrades = (feature.availableVersions ?? []).filter(v => newer(v, feature.version)).sort((a, b) => (newer(a, b) ? -1 : 1));
    const versionId = 'upgrade-version-' + feature.name;
    const version = upgrades.length > 0 && feature.installed
      ? el('select', { id: versionId, 'data-feature': feature.name, disabled: busy,
          onchange: e => chosen.set(feature.name, e.target.value) }, upgrades.map(v => el('option', { value: v, text: v })))
      : null;
    if (version && upgrades.includes(chosen.get(feature.name))) version.value = chosen.get(feature.name);
    return el('div', { class: 'buttons' },
      feature.installed
        ? el('button', { type: 'button', class: 'danger', 'data-action': 'uninstall', 'data-feature': feature.name,
            disabled: busy, onclick: () => run(feature.name, 'uninstall'), text: t('mg.uninstall') })
        : el('button', { type: 'button', class: 'primary', 'data-action': 'install', 'data-feature': feature.name,
            disabled: busy, onclick: () => run(feature.name, 'install'), text: t('mg.install') }),
      version ? [el('label', { for: versionId, class: 'inline', text: t('mg.upgradeTo') }), version,
        el('button', { type: 'button', 'data-action': 'upgrade', 'data-feature': feature.name, disabled: busy,
          onclick: () => run(feature.name, 'upgrade', version.value), text: t('mg.UPGRADE') })] : null);
  }

  function render(features, components) {
    const columns = [
      ['col.feature', f => el('span', { title: f.description ?? '' }, f.name)],
      ['col.version', f => f.version],
      ['col.state', f => (f.installed ? t('mg.installed') : t('mg.notInstalled')) + ' (' + f.state + ')'],
      ['col.health', f => healthBadge(f, components)],
    ];
    const capabilities = features.filter(f => !PLATFORM.has(f.name));
    const platform = features.filter(f => PLATFORM.has(f.name));
    body.replaceChildren(
      el('h2', { text: t('mg.capabilities') }),
      table([...columns, ['col.actions', buttons]], capabilities, { id: 'capability-features' }),
      el('h2', { text: t('mg.platform'), style: 'margin-top:1rem' }),
      table(columns, platform, { id: 'platform-features' }));
  }

  async function run(name, operation, version) {
    busy = true;
    body.querySelectorAll('button[data-action], select[data-feature]').forEach(b => { b.disabled = true; });
    const label = t('mg.' + operation.toUpperCase());
    const show = (cls, text) => jobBox.replaceChildren(el('p', { class: 'job ' + cls, role: cls === 'failed' ? 'alert' : 'status', text }));
    const target = version ? name + ' ' + version : name;
    show('running', t('mg.running', label, target));
    try {
      const path = `platform/features/${encodeURIComponent(name)}/${operation}` + (version ? '?version=' + encodeURIComponent(version) : '');
      let job = await api(path, { method: 'POST' });
      while (job.state === 'PENDING' || job.state === 'RUNNING') {
        await new Promise(r => setTimeout(r, JOB_POLL_MS));
        job = await api('platform/features/jobs/' + encodeURIComponent(job.id));
        show('running', t('mg.running', label, target) + ' ' + job.state);
      }
      if (job.state === 'DONE') show('done', t('mg.done', label, target));
      else show('failed', t('mg.failed', label, target, job.reason ?? job.state));
    } catch (e) {
      show('failed', t('mg.failed', label, target, e.message));
    } finally {
      busy = false;
      await load();
    }
  }

  const poll = async () => {
    // not while the user is on a control of the table: a redraw would take their focus and choice away
    if (!busy && !body.contains(document.activeElement)) await load();
    if (!disposed) timer = setTimeout(poll, REFRESH_MS);
  };
  poll();
  return { dispose() { disposed = true; clearTimeout(timer); } };
}
