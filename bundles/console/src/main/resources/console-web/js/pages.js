// Every page of the console, in navigation order: which capabilities it needs (any of them) and which
// roles may open it (the same roles the REST resources it calls allow).
import overview from './pages/overview.js';
import map from './pages/map.js';
import incidents from './pages/incidents.js';
import * as lists from './pages/lists.js';
import management from './pages/management.js';
import audit from './pages/audit.js';

export const PAGES = [
  { id: 'overview', titleKey: 'page.overview', create: overview },
  { id: 'map', titleKey: 'page.map', capabilities: ['grid'], create: map },
  { id: 'incidents', titleKey: 'page.incidents', capabilities: ['grid'], roles: ['admin', 'dispatcher', 'grid-worker', 'integrator'], create: incidents },
  { id: 'mediation', titleKey: 'page.mediation', capabilities: ['mediation'], roles: ['admin', 'mediator', 'integrator'], create: lists.mediation },
  { id: 'deliberation', titleKey: 'page.deliberation', capabilities: ['deliberation'], roles: ['admin', 'village-committee', 'villager', 'integrator'], create: lists.deliberation },
  { id: 'campaigns', titleKey: 'page.campaigns', capabilities: ['campaigns'], roles: ['admin', 'inspector', 'integrator'], create: lists.campaigns },
  { id: 'parking', titleKey: 'page.parking', capabilities: ['parking'], roles: ['admin', 'parking-operator', 'integrator'], create: lists.parking },
  { id: 'management', titleKey: 'page.management', roles: ['admin'], create: management },
  { id: 'audit', titleKey: 'page.audit', roles: ['admin'], create: audit },
];
