// The district at a glance: one card per installed capability the user may read, refreshed by polling.
import { echartsLoaded } from '../charts.js';
import { api, query } from '../api.js';
import { t, incidentStatus, percent } from '../i18n.js';
import { el } from '../ui.js';
import { grids, incidentsByGrid } from '../data.js';

const REFRESH_MS = 15000;
const ORDER = ['grid-status', 'grid-grids', 'mediation', 'deliberation', 'campaigns', 'parking-now', 'parking-day'];
const PALETTE = ['#0b5cad', '#d9822b', '#2e8540', '#a4161a', '#6a4c93', '#1b998b', '#8a5300', '#4a5566'];

export default function overview(ctx) {
  const cards = el('div', { class: 'grid-cards', id: 'overview' });
  const stamp = el('p', { class: 'muted', id: 'overview-updated' });
  ctx.main.append(el('h1', { text: t('page.overview') }), stamp, cards);
  const charts = new Map();
  let echarts = null;
  let timer = null;
  let disposed = false;

  /** The card with this id, created on first use; cards not touched in a round are removed after it. */
  function slot(id, titleKey, touched) {
    touched.add(id);
    let section = cards.querySelector(`[data-card="${id}"]`);
    if (!section) {
      section = el('section', { class: 'card', 'data-card': id, 'aria-label': t(titleKey) },
        el('h2', { text: t(titleKey) }), el('div', { class: 'tiles' }), el('div', { class: 'chart', 'data-chart': id, role: 'img', 'aria-label': t(titleKey) }));
      cards.append(section);
    }
    return section;
  }

  function tiles(section, items) {
    section.querySelector('.tiles').replaceChildren(...items.map(([label, value]) =>
      el('div', { class: 'tile' }, el('div', { class: 'value', text: value }), el('div', { class: 'label', text: label }))));
  }

  /** Draws a chart; called once the data and ECharts are both in (see load). */
  function chart(section, option, points) {
    const box = section.querySelector('[data-chart]');
    let instance = charts.get(box.dataset.chart);
    if (!instance) {
      instance = echarts.init(box, null, { renderer: 'canvas' });
      charts.set(box.dataset.chart, instance);
    }
    instance.setOption({ animation: false, color: PALETTE, tooltip: { trigger: 'item' }, ...option }, true);
    box.dataset.points = String(points);
  }

  const bars = (names, series, extra = {}) => ({
    grid: { left: 40, right: 10, top: 30, bottom: 60 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: names, axisLabel: { rotate: names.length > 3 ? 30 : 0, interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1, ...extra.yAxis },
    series,
  });

  async function gridCards(touched, drawing) {
    // every read at once; the charts are drawn when all are in
    const [stats, gridList, counts] = await Promise.all([api('grid/stats'), grids(), incidentsByGrid(), drawing]);
    const byStatus = Object.entries(stats.countsByStatus).filter(([, n]) => n > 0);
    const status = slot('grid-status', 'ov.incidentsByStatus', touched);
    tiles(status, [[t('ov.closedInTime'), percent(stats.shareClosedWithinDeadline)], [t('ov.overdue'), stats.overdue]]);
    chart(status, { series: [{ type: 'pie', radius: ['35%', '65%'],
      data: byStatus.map(([code, n]) => ({ name: incidentStatus(code), value: n })) }] }, byStatus.length);
    const withIncidents = gridList.filter(g => counts[g.code]);
    const byGrid = slot('grid-grids', 'ov.incidentsByGrid', touched);
    chart(byGrid, bars(withIncidents.map(g => g.name), [
      { type: 'bar', name: t('map.openIncidents'), data: withIncidents.map(g => counts[g.code].open) },
      { type: 'bar', name: t('ov.allIncidents'), data: withIncidents.map(g => counts[g.code].total) }]), withIncidents.length);
  }

  async function mediationCard(touched, drawing) {
    const [stats] = await Promise.all([api('mediation/stats'), drawing]);
    const section = slot('mediation', 'ov.mediation', touched);
    tiles(section, [[t('ov.mediationCases'), stats.cases], [t('ov.mediationDecided'), stats.decided],
      [t('ov.successRate'), percent(stats.successRate)]]);
    chart(section, { series: [{ type: 'gauge', min: 0, max: 100, detail: { formatter: '{value} %', fontSize: 18 },
      data: [{ value: Math.round(stats.successRate * 1000) / 10, name: t('ov.successRate') }] }] }, stats.cases);
  }

  async function deliberationCard(touched, drawing) {
    const [stats] = await Promise.all([api('deliberation/stats'), drawing]);
    const section = slot('deliberation', 'ov.deliberation', touched);
    tiles(section, [[t('ov.topicsRaised'), stats.total.topicsRaised], [t('ov.completed'), stats.total.completed],
      [t('ov.participation'), percent(stats.total.participationRate)]]);
    const villages = stats.villages.filter(v => v.stats.topicsRaised > 0);
    chart(section, bars(villages.map(v => v.villageCode), [
      { type: 'bar', name: t('ov.topicsRaised'), data: villages.map(v => v.stats.topicsRaised) },
      { type: 'bar', name: t('ov.decided'), data: villages.map(v => v.stats.decided) },
      { type: 'bar', name: t('ov.completed'), data: villages.map(v => v.stats.completed) }]), villages.length);
  }

  async function campaignsCard(touched, drawing) {
    const list = (await api('campaigns/campaigns' + query({ limit: 50 }))).items;
    const [progress] = await Promise.all([Promise.all(list.map(c => api(`campaigns/campaigns/${c.id}/progress`))), drawing]);
    const section = slot('campaigns', 'ov.campaigns', touched);
    chart(section, bars(list.map(c => c.name), [
      { type: 'bar', name: t('ov.closureRate'), data: progress.map(p => p.progress.closureRate === undefined || p.progress.closureRate === null ? 0 : Math.round(p.progress.closureRate * 1000) / 10) },
      { type: 'line', name: t('ov.target'), symbolSize: 10, data: list.map(c => c.targets?.closureRatePercent ?? null) }],
      { yAxis: { max: 100 } }), list.length);
  }

  async function parkingCards(touched, drawing) {
    const midnight = new Date();
    midnight.setHours(0, 0, 0, 0);
    const [lots, hours] = await Promise.all([api('parking/lots'),
      api('parking/stats/occupancy' + query({ from: midnight.toISOString(), to: new Date().toISOString() })), drawing]);
    const now = slot('parking-now', 'ov.parkingNow', touched);
    const total = lots.reduce((s, l) => s + l.totalSpotNumber, 0);
    const occupied = lots.reduce((s, l) => s + l.occupiedSpotNumber, 0);
    tiles(now, [[t('col.total'), total], [t('col.available'), total - occupied], [t('ov.occupancy'), percent(total ? occupied / total : null)]]);
    chart(now, bars(lots.map(l => l.name), [{ type: 'bar', name: t('ov.occupancy'),
      data: lots.map(l => l.totalSpotNumber ? Math.round(1000 * l.occupiedSpotNumber / l.totalSpotNumber) / 10 : 0) }], { yAxis: { max: 100 } }), lots.length);
    if (hours.length) {
      // spot-weighted mean over the lots, per hour
      const perHour = {};
      for (const row of hours) {
        const entry = perHour[row.hour] ??= { weighted: 0, spots: 0 };
        entry.weighted += row.averageOccupancy * row.totalSpots;
        entry.spots += row.totalSpots;
      }
      const keys = Object.keys(perHour).sort();
      const day = slot('parking-day', 'ov.parkingDay', touched);
      chart(day, bars(keys.map(h => new Date(h).getHours() + ':00'), [{ type: 'line', name: t('ov.occupancy'), areaStyle: {},
        data: keys.map(h => Math.round(1000 * perHour[h].weighted / perHour[h].spots) / 10) }], { yAxis: { max: 100 } }), keys.length);
    }
  }

  async function load() {
    const installed = ctx.capabilities();
    const touched = new Set();
    const loaders = [['grid', gridCards], ['mediation', mediationCard], ['deliberation', deliberationCard],
      ['campaigns', campaignsCard], ['parking', parkingCards]].filter(([id]) => installed.has(id));
    // a card the user may not read (403) or whose capability just left is simply not shown
    // ECharts loads beside the data: each card waits for both, then draws
    const drawing = echartsLoaded().then(module => { echarts = module; });
    await Promise.allSettled(loaders.map(([, loader]) => loader(touched, drawing)));
    if (disposed) return;
    for (const section of [...cards.querySelectorAll('[data-card]')]) {
      if (!touched.has(section.dataset.card)) {
        charts.get(section.dataset.card)?.dispose();
        charts.delete(section.dataset.card);
        section.remove();
      }
    }
    for (const id of ORDER) {
      const section = cards.querySelector(`[data-card="${id}"]`);
      if (section) cards.append(section);
    }
    if (!cards.children.length) {
      cards.replaceChildren(el('p', { class: 'muted', text: t('ov.noCapabilities') }));
    } else {
      cards.querySelectorAll(':scope > p').forEach(p => p.remove());
    }
    stamp.textContent = t('refreshed', new Date().toLocaleTimeString());
    if (!cards.dataset.rendered) {
      // for the browser test: time from navigation start until the first charts were drawn and painted
      // (ECharts draws synchronously in setOption; the next frame is the one that shows them)
      await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));
      window.consoleTimings = { overviewRendered: performance.now() };
      cards.dataset.rendered = 'true';
    }
  }

  const resize = () => charts.forEach(c => c.resize());
  window.addEventListener('resize', resize);
  let running = false;
  const poll = async () => {
    clearTimeout(timer);
    if (running) return;
    running = true;
    await load().catch(() => {});
    running = false;
    if (!disposed) timer = setTimeout(poll, REFRESH_MS);
  };
  poll();

  return {
    capabilitiesChanged() { poll(); },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      window.removeEventListener('resize', resize);
      charts.forEach(c => c.dispose());
    },
  };
}
