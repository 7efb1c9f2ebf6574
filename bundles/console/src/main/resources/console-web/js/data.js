// Reads shared by the overview and the map.
import { api, query } from './api.js';

/** Incidents still being worked on. */
export const CLOSED_STATUSES = new Set(['CLOSED', 'REJECTED', 'MERGED', 'TRANSFERRED']);
const MAX_INCIDENTS = 2000;

export async function grids() {
  return (await api('grid/grids' + query({ limit: 200 }))).items;
}

/** Incidents per grid code, {total, open}, over the most recent MAX_INCIDENTS (the list has no per-grid totals). */
export async function incidentsByGrid() {
  const counts = {};
  for (let offset = 0; offset < MAX_INCIDENTS;) {
    const page = await api('grid/incidents' + query({ offset, limit: 200 }));
    for (const incident of page.items) {
      const entry = counts[incident.gridCode ?? '-'] ??= { total: 0, open: 0 };
      entry.total++;
      if (!CLOSED_STATUSES.has(incident.status)) entry.open++;
    }
    offset += page.limit;
    if (offset >= page.total) break;
  }
  return counts;
}
