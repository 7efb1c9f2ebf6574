// The district drawn from the grids' own GeoJSON boundaries (no map tiles), coloured by open incidents,
// with the parking lots and their free spots.
import { echartsLoaded } from '../charts.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { el, errorBox } from '../ui.js';
import { grids, incidentsByGrid } from '../data.js';

/** [[west, north], [east, south]] around the grids and the lots, so lots outside every grid stay in view. */
function bounds(gridList, lots) {
  const points = [...gridList.flatMap(g => g.boundary?.coordinates?.flat() ?? []), ...lots.map(l => [l.longitude, l.latitude])];
  const lons = points.map(p => p[0]), lats = points.map(p => p[1]);
  const pad = 0.01;
  return [[Math.min(...lons) - pad, Math.max(...lats) + pad], [Math.max(...lons) + pad, Math.min(...lats) - pad]];
}

export default function map(ctx) {
  const box = el('div', { class: 'map-chart', id: 'map-chart', 'data-chart': 'map', role: 'img', 'aria-label': t('page.map') });
  const message = el('div');
  ctx.main.append(el('h1', { text: t('page.map') }), message, el('section', { class: 'card' }, box));
  let chart = null;
  let disposed = false;

  async function load() {
    const installed = ctx.capabilities();
    if (!installed.has('grid')) {
      message.replaceChildren(el('p', { class: 'muted', text: t('map.noGrid') }));
      return;
    }
    const [gridList, echarts] = await Promise.all([grids(), echartsLoaded()]);
    // incidents and lots are optional layers: a user who may not read them still gets the grids
    const [areas, counts, lots] = await Promise.all([
      api('platform/areas?limit=200').then(p => p.items.filter(a => a.boundary && a.level !== 'VILLAGE' && a.level !== 'COMMUNITY')).catch(() => []),
      incidentsByGrid().catch(() => ({})),
      installed.has('parking') ? api('parking/lots').catch(() => []) : Promise.resolve([])]);
    if (disposed) return;
    chart ??= echarts.init(box);
    echarts.registerMap('chrysalis-grids', {
      type: 'FeatureCollection',
      // towns and streets first, so the grids inside them are drawn on top
      features: [
        ...areas.map(a => ({ type: 'Feature', properties: { name: 'area:' + a.code }, geometry: a.boundary })),
        ...gridList.filter(g => g.boundary).map(g => ({ type: 'Feature', properties: { name: g.code }, geometry: g.boundary }))],
    });
    const names = Object.fromEntries([...gridList.map(g => [g.code, g.name]), ...areas.map(a => ['area:' + a.code, a.name])]);
    const open = gridList.map(g => ({ name: g.code, value: counts[g.code]?.open ?? 0 }));
    const max = Math.max(1, ...open.map(o => o.value));
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: p => p.seriesType === 'scatter'
        ? `${p.data.lot.name}<br>${t('col.available')}: ${p.data.lot.availableSpotNumber} / ${p.data.lot.totalSpotNumber}`
        : `${names[p.name] ?? p.name}<br>${t('map.openIncidents')}: ${p.value ?? 0}` },
      visualMap: { min: 0, max, left: 10, bottom: 10, calculable: true, seriesIndex: 0,
        inRange: { color: ['#e8f1fb', '#f3c06b', '#c0392b'] } },
      legend: { top: 0, data: [t('map.openIncidents'), t('map.lots')] },
      geo: { map: 'chrysalis-grids', roam: true, boundingCoords: bounds(gridList, lots),
        itemStyle: { borderColor: '#4a5566' }, label: { show: false } },
      series: [
        { name: t('map.openIncidents'), type: 'map', geoIndex: 0, data: open },
        { name: t('map.lots'), type: 'scatter', coordinateSystem: 'geo', symbolSize: 14,
          itemStyle: { color: '#0b5cad', borderColor: '#fff' },
          label: { show: true, position: 'right', formatter: p => `${p.data.lot.availableSpotNumber}/${p.data.lot.totalSpotNumber}`, fontSize: 11 },
          data: lots.map(l => ({ name: l.id, value: [l.longitude, l.latitude], lot: l })) },
      ],
    }, true);
    box.dataset.points = String(gridList.length);
  }

  load().catch(e => message.replaceChildren(errorBox(e)));
  const resize = () => chart?.resize();
  window.addEventListener('resize', resize);
  return { dispose() { disposed = true; window.removeEventListener('resize', resize); chart?.dispose(); } };
}
