/*
 * Stock below its reorder level (库存低于再订货点): a Cockpit plugin (plugin point cockpit.dashboard) below the
 * SLA and staff sections.
 *
 * It lists what GET /api/stock/below-reorder returns (figures are never computed here), the largest shortfall
 * first: per store and part the part, the store, on hand, reorder level, shortfall and whether a purchase request
 * is open (with its suggested quantity). Readers are the API's: store keepers, planning, service managers, the
 * general manager and admins; anyone else who opens Cockpit (analysts) reads a short line instead of the list.
 *
 * Stable DOM for tests and people:
 *   #stock-below-reorder[data-state=loading|ready|denied|error][data-count]
 *   tr.stock-low[data-store][data-part] td.stock-figure[data-figure=quantity|reorderLevel|shortBy]
 *     td.stock-purchase[data-open=true|false][data-suggested-quantity][data-opened-at]
 *
 * Texts are Chinese or English, in the language Cockpit itself shows (webappLanguage), as in the other sections.
 */
import { webappLanguage } from '../../../aftersales/webapp-locale.js';
import { appRoot, el, getJson } from '../sla-dashboard/sla-dashboard.js';

const TEXTS = {
  en: {
    title: 'Stock below its reorder level',
    loading: 'Loading…',
    failed: 'Could not load the stock below its reorder level: ',
    denied: 'The stock below its reorder level is for store keepers, planning and managers.',
    none: 'No part is at or below its reorder level.',
    meta: (count) => count + (count === 1 ? ' part' : ' parts') + ' (per store) at or below the reorder level,'
      + ' the largest shortfall first.',
    headings: ['Part', 'Store', 'On hand', 'Reorder level', 'Shortfall', 'Purchase request'],
    open: (row) => 'open' + (row.purchaseSuggestedQuantity === null || row.purchaseSuggestedQuantity === undefined
      ? '' : ' (' + row.purchaseSuggestedQuantity + ' suggested)'),
    notOpen: 'none',
    stores: { main: 'Main parts store', emergency: 'Emergency store' }
  },
  zh: {
    title: '库存低于再订货点',
    loading: '正在加载…',
    failed: '无法加载低于再订货点的库存：',
    denied: '库存低于再订货点的清单仅供仓库管理员、计划部门和经理查看。',
    none: '没有配件处于或低于再订货点。',
    meta: (count) => '共 ' + count + ' 项处于或低于再订货点，缺口最大的在前。',
    headings: ['配件', '仓库', '现有库存', '再订货点', '缺口', '采购申请'],
    open: (row) => '已开立' + (row.purchaseSuggestedQuantity === null || row.purchaseSuggestedQuantity === undefined
      ? '' : '（建议采购 ' + row.purchaseSuggestedQuantity + ' ' + (row.unit || '') + '）'),
    notOpen: '未开立',
    stores: { main: '配件主仓库', emergency: '应急物资储备库' }
  }
};

const TEXT = TEXTS[webappLanguage()] || TEXTS.en;
const FIGURES = ['quantity', 'reorderLevel', 'shortBy'];

function row(r) {
  const open = r.purchaseOpenedAt !== null && r.purchaseOpenedAt !== undefined;
  return el('tr', { class: 'stock-low', 'data-store': r.store, 'data-part': r.part }, [
    el('th', { scope: 'row' }, [
      el('div', {}, [String(r.name) + ' ' + String(r.model)]),
      el('div', { class: 'stock-part-code' }, [String(r.part)])
    ]),
    el('td', { class: 'stock-store' }, [TEXT.stores[r.store] || String(r.store)])
  ].concat(FIGURES.map((f) => el('td', { class: 'stock-figure', 'data-figure': f }, [String(r[f])])))
    .concat([el('td', {
      class: 'stock-purchase',
      'data-open': String(open),
      'data-suggested-quantity': open && r.purchaseSuggestedQuantity !== null ? String(r.purchaseSuggestedQuantity) : '',
      'data-opened-at': open ? String(r.purchaseOpenedAt) : ''
    }, [open ? TEXT.open(r) : TEXT.notOpen])]));
}

function table(rows) {
  return el('table', { id: 'stock-below-reorder-table', class: 'table table-bordered' }, [
    el('thead', {}, [el('tr', {}, TEXT.headings.map((h) => el('th', {}, [h])))]),
    el('tbody', {}, rows.map(row))
  ]);
}

function render(node, api) {
  const section = el('section', { id: 'stock-below-reorder', 'data-state': 'loading' });
  const style = el('style', {}, ['#stock-below-reorder .stock-part-code{font-weight:normal;color:#666;font-size:12px}']);
  const meta = el('p', {}, [TEXT.loading]);
  const content = el('div', {});
  [style, el('h1', { class: 'section-title' }, [TEXT.title]), meta, content].forEach((c) => section.appendChild(c));
  node.appendChild(section);
  getJson(appRoot(api) + '/api/stock/below-reorder')
    .then((rows) => {
      section.setAttribute('data-count', String(rows.length));
      meta.textContent = rows.length ? TEXT.meta(rows.length) : TEXT.none;
      if (rows.length) {
        content.appendChild(table(rows));
      }
      section.setAttribute('data-state', 'ready');
    })
    .catch((e) => {
      // not a reader of the list (403): a short line, not an error
      meta.textContent = e.status === 403 ? TEXT.denied : TEXT.failed + e.message;
      section.setAttribute('data-state', e.status === 403 ? 'denied' : 'error');
    });
}

export default {
  id: 'aftersales-stock-below-reorder',
  pluginPoint: 'cockpit.dashboard',
  priority: 3,
  render: (node, { api }) => render(node, api)
};
