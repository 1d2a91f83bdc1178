/*
 * Cockpit configuration of the after-sales platform. It replaces the webapp's default config.js (which sets
 * nothing but comments), so everything not set here keeps Cockpit's defaults.
 *
 * customScripts are ES modules loaded relative to app/cockpit/: the SLA dashboard adds its section to the
 * Cockpit dashboard (plugin point cockpit.dashboard) and reads GET /api/reports/sla; the staff view next to it
 * reads GET /api/reports/staff; the return visits week by week (charts) read GET /api/reports/visits; the stock below its reorder level (库存低于再订货点) reads GET /api/stock/below-reorder.
 *
 * Language and date formats: ../../aftersales/webapp-locale.js (Chinese first, English for English browsers).
 */
import { locales, dateFormat } from '../../aftersales/webapp-locale.js';

export default {
  locales,
  dateFormat,
  customScripts: ['scripts/sla-dashboard/sla-dashboard.js', 'scripts/staff-performance/staff-performance.js',
    'scripts/visit-trends/visit-trends.js', 'scripts/stock-below-reorder/stock-below-reorder.js']
};
