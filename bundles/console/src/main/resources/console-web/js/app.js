// The console's shell: sign-in, navigation that follows installed capabilities and roles, routing.
import { api, setCredentials, hasCredentials, clearCredentials, whenUnauthorized } from './api.js';
import { t, translate, lang, setLang } from './i18n.js';
import { el } from './ui.js';
import { PAGES } from './pages.js';
import { echartsLoaded } from './charts.js';

const CAPABILITY_POLL_MS = 5000;
const state = { me: null, capabilities: new Set(), page: null, pageId: null, timer: null };

const $ = id => document.getElementById(id);

function showLogin(message) {
  stopPolling();
  state.page?.dispose?.();
  state.page = null;
  state.pageId = null;
  $('app-view').hidden = true;
  $('login-view').hidden = false;
  const error = $('login-error');
  error.hidden = !message;
  error.textContent = message || '';
  $('login-user').focus();
}

async function signIn(event) {
  event.preventDefault();
  const user = $('login-user').value.trim();
  const password = $('login-password').value;
  setCredentials(user, password);
  try {
    await start();
  } catch (e) {
    clearCredentials();
    showLogin(e.status === 401 ? t('login.failed') : t('login.error') + e.message);
  }
}

async function start() {
  echartsLoaded();
  // both at once: the overview's load time starts here
  const [me, capabilities] = await Promise.all([api('platform/me'), api('platform/capabilities')]);
  performance.mark('console-signed-in');
  state.me = me;
  $('login-view').hidden = true;
  $('app-view').hidden = false;
  $('who').textContent = state.me.user;
  applyCapabilities(capabilities);
  route();
  state.timer = setInterval(() => refreshCapabilities().catch(() => {}), CAPABILITY_POLL_MS);
}

function stopPolling() {
  clearInterval(state.timer);
  state.timer = null;
}

function hasRole(...roles) {
  return roles.some(r => state.me.roles.includes(r));
}

/** Pages this user may open with the capabilities installed now. */
function visiblePages() {
  return PAGES.filter(p => (!p.roles || hasRole(...p.roles))
    && (!p.capabilities || p.capabilities.some(c => state.capabilities.has(c))));
}

async function refreshCapabilities() {
  applyCapabilities(await api('platform/capabilities'));
}

function applyCapabilities(list) {
  const ids = new Set(list.map(c => c.id));
  const changed = ids.size !== state.capabilities.size || [...ids].some(id => !state.capabilities.has(id));
  state.capabilities = ids;
  state.capabilityNames = Object.fromEntries(list.map(c => [c.id, c.name]));
  if (changed) {
    renderNav();
    const current = PAGES.find(p => p.id === state.pageId);
    if (current && !visiblePages().includes(current)) {
      // the capability behind this page went away: leave quietly for the overview
      notice(t('notice.removed', current.capabilities.join(', ')));
      location.hash = '#/overview';
    } else if (state.page?.capabilitiesChanged) {
      state.page.capabilitiesChanged(ids);
    }
  }
}

function renderNav() {
  const nav = $('nav');
  nav.replaceChildren(...visiblePages().map(p => el('button', {
    type: 'button', id: 'nav-' + p.id, 'data-page': p.id,
    'aria-current': p.id === state.pageId ? 'page' : null,
    onclick: () => { notice(''); location.hash = '#/' + p.id; },
    text: t(p.titleKey),
  })));
}

function notice(text) {
  const box = $('notice');
  box.textContent = text || '';
  box.hidden = !text;
}

function route() {
  if (!state.me) return;
  const wanted = (location.hash.match(/^#\/([\w-]+)/) || [])[1] || 'overview';
  const pages = visiblePages();
  const page = pages.find(p => p.id === wanted);
  if (!page) {
    if (wanted !== 'overview') {
      notice(t('notice.forbidden'));
      location.hash = '#/overview';
    }
    return;
  }
  if (page.id === state.pageId) return;
  state.page?.dispose?.();
  state.pageId = page.id;
  renderNav();
  const main = $('main');
  main.replaceChildren();
  main.dataset.page = page.id;
  state.page = page.create({ main, me: state.me, hasRole, capabilities: () => state.capabilities,
    capabilityName: id => state.capabilityNames?.[id] ?? id });
}

function switchLanguage() {
  setLang(lang() === 'en' ? 'zh-CN' : 'en');
  translate();
  if (state.me) {
    renderNav();
    const id = state.pageId;
    state.pageId = null;
    location.hash = '#/' + (id || 'overview');
    route();
  }
}

function init() {
  translate();
  $('login-form').addEventListener('submit', signIn);
  document.querySelectorAll('.lang-toggle').forEach(b => b.addEventListener('click', switchLanguage));
  $('logout').addEventListener('click', () => { clearCredentials(); state.me = null; showLogin(); });
  window.addEventListener('hashchange', route);
  whenUnauthorized(() => { clearCredentials(); state.me = null; showLogin(t('login.failed')); });
  if (hasCredentials()) {
    start().catch(() => { clearCredentials(); showLogin(); });
  } else {
    showLogin();
  }
}

init();
