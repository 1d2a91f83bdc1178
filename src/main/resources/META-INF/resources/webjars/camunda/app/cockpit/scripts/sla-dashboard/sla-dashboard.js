/*
 * SLA dashboard: a Cockpit plugin (plugin point cockpit.dashboard) of the after-sales platform.
 *
 * It renders exactly what GET /api/reports/sla returns (figures are never computed here), so the page and the
 * API always agree. Each figure links to the cases behind it (GET /api/reports/sla/{commitment}/cases), shown
 * below the table with links to the Cockpit process-instance view. No libraries: plain DOM and inline SVG.
 *
 * Stable DOM for tests and people:
 *   #sla-dashboard[data-state=loading|ready|error][data-generated-at][data-window-days][data-due-soon-hours]
 *   a.sla-figure[data-commitment][data-bucket=open|dueSoon|breached|met|missed|moved][data-value]  (text = the number)
 *   span.sla-share[data-commitment][data-bucket=metPercent][data-value]  (text = percent or "–")
 *   svg#sla-chart g.sla-bar[data-chart-commitment] rect.sla-bar-met / rect.sla-bar-missed
 *   #sla-cases[data-showing-commitment][data-showing-bucket][data-count] tr.sla-case[data-case-number]
 *     [data-process-instance-id] a.sla-case-link[href="#/process-instance/{id}"] td.sla-current-task
 *     td.sla-assignee td.sla-late-by[data-late-by-minutes]
 *   section.deprecate[data-sla-on-top=true]: Cockpit's plugin section, moved to the top of the dashboard
 *
 * Texts are Chinese or English, in the language Cockpit itself shows (webappLanguage: zh unless the browser asks
 * for English); the DOM above is the same in both. Times read yyyy-MM-dd HH:mm in the browser's time zone.
 */
import { webappLanguage } from '../../../aftersales/webapp-locale.js';

/** The section's texts per language; functions take the report (or the figures) they describe. */
const TEXTS = {
  en: {
    open: () => 'Open',
    dueSoon: (report) => 'Due within ' + report.dueSoonHours + ' h',
    breached: () => 'Breached',
    met: (report) => 'Met (' + report.windowDays + ' d)',
    missed: (report) => 'Missed (' + report.windowDays + ' d)',
    moved: () => 'Deadline moved',
    movedTo: (when) => 'to ' + when,
    dueDateRemoved: 'due date removed',
    showCases: 'Show the cases',
    commitment: 'Commitment',
    shareMet: 'Share met',
    chartTitle: (report) => 'Share of commitments met in the last ' + report.windowDays + ' days',
    caption: (row, decided) => (decided > 0 ? row.metPercent + ' % met (' + row.met + '/' + decided + ')'
      : 'nothing decided') + ' · ' + row.open + ' open, ' + row.breached + ' breached',
    legend: (report) => 'green: met, red: missed (last ' + report.windowDays + ' days)',
    cases: (count) => count + (count === 1 ? ' case' : ' cases'),
    noCases: 'No cases.',
    columns: ['Case', 'Reference', 'Current task', 'Assignee', 'Started', 'Due', 'Late by', 'Kept', 'Moved'],
    lateBy: (days, hours, minutes) => [days ? days + ' d' : '', hours ? hours + ' h' : '',
      minutes || (!days && !hours) ? minutes + ' min' : ''].filter(Boolean).join(' '),
    unassigned: 'unclaimed',
    clockStopped: 'clock stopped',
    title: 'Service commitments (SLA)',
    loading: 'Loading…',
    refresh: 'Refresh',
    casesFailed: 'Could not load the cases: ',
    reportFailed: 'Could not load the SLA report: ',
    meta: (report, asOf) => 'As of ' + asOf + '. Met and missed: commitments decided in the last '
      + report.windowDays + ' days. Click a number to list its cases.',
    commitments: {}
  },
  zh: {
    open: () => '进行中',
    dueSoon: (report) => report.dueSoonHours + ' 小时内到期',
    breached: () => '已超时',
    met: (report) => '已达成（' + report.windowDays + ' 天）',
    missed: (report) => '未达成（' + report.windowDays + ' 天）',
    moved: () => '期限已调整',
    movedTo: (when) => '调整至 ' + when,
    dueDateRemoved: '已取消期限',
    showCases: '查看这些案件',
    commitment: '服务承诺',
    shareMet: '达成率',
    chartTitle: (report) => '最近 ' + report.windowDays + ' 天服务承诺的达成率',
    caption: (row, decided) => (decided > 0 ? '达成 ' + row.metPercent + ' %（' + row.met + '/' + decided + '）'
      : '尚无结果') + ' · 进行中 ' + row.open + '，已超时 ' + row.breached,
    legend: (report) => '绿色：已达成，红色：未达成（最近 ' + report.windowDays + ' 天）',
    cases: (count) => count + ' 个案件',
    noCases: '没有案件。',
    columns: ['案件', '参考号', '当前任务', '处理人', '开始', '到期', '超时', '完成', '期限调整'],
    lateBy: (days, hours, minutes) => [days ? days + ' 天' : '', hours ? hours + ' 小时' : '',
      minutes || (!days && !hours) ? minutes + ' 分钟' : ''].filter(Boolean).join(' '),
    unassigned: '未认领',
    clockStopped: '计时已停止',
    title: '服务承诺（SLA）',
    loading: '正在加载…',
    refresh: '刷新',
    casesFailed: '无法加载案件：',
    reportFailed: '无法加载 SLA 报表：',
    meta: (report, asOf) => '截至 ' + asOf + '。已达成与未达成：最近 ' + report.windowDays
      + ' 天内有结果的服务承诺。点击数字可列出对应案件。',
    // The API names commitments in English (CSV, logs); staff read them in the department's own terms.
    commitments: {
      'repair-cycle': ['维修周期', '需更换配件的维修自开始起 7 个工作日内完成'],
      'repair-cycle-extended': ['维修周期（已与客户商定延期）', '已与客户商定延长维修周期的维修在商定日期前完成'],
      'factory-repair': ['返厂维修', '产品寄出后按期从厂方返回（承诺 10 至 15 个工作日）'],
      'follow-up-call': ['回访', '完工 24 小时后致电客户，在回访任务到期前完成'],
      'complaint-response': ['投诉答复', '收到投诉后 24 小时内答复（等待客户答复的时间不计）'],
      'parts-lead-time': ['配件生产周期', '配件在订单的生产周期日期前生产完成并入库（以最慢的配件或商定的加急日期为准）'],
      'first-contact': ['24 小时内首次联系', '按响应承诺（24 小时）联系客户：咨询、安装、保养、紧急服务、换货、配件']
    }
  }
};

const TEXT = TEXTS[webappLanguage()] || TEXTS.en;

/** A commitment's name and target in the page's language; one this page does not know shows the API's. */
function commitmentName(row) {
  return (TEXT.commitments[row.id] || [row.name])[0];
}

/** How late a case is, e.g. "1 d 3 h" / "1 天 3 小时"; empty when it is not late. */
function lateBy(minutes) {
  if (minutes === null || minutes === undefined) {
    return '';
  }
  return TEXT.lateBy(Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60);
}

function commitmentTarget(row) {
  return (TEXT.commitments[row.id] || [row.name, row.target])[1];
}

// 'moved': deadlines a manager moved, counted above against the original deadline and listed here as well.
const BUCKETS = ['open', 'dueSoon', 'breached', 'met', 'missed', 'moved'].map((key) => ({ key: key, label: TEXT[key] }));

const SVG = 'http://www.w3.org/2000/svg';

/** The application's root path, from Cockpit's admin API path ("<root>/<webapp>/api/admin"). */
export function appRoot(api) {
  const admin = (api && api.adminApi) || '/camunda/api/admin';
  const at = admin.lastIndexOf('/api/admin');
  const webapp = at >= 0 ? admin.substring(0, at) : '';
  return webapp.replace(/\/[^/]*$/, '');
}

export function el(tag, attrs, children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  });
  (children || []).forEach((child) =>
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child));
  return node;
}

export function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** The company zone the report names (aftersales.calendar.zone); times show in it, not the browser's. */
let companyZone = null;

/** A time as staff read it: "2026-12-07 14:30 (Asia/Shanghai)", in the company zone whatever the browser's. */
function when(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (isNaN(date.getTime())) {
    return iso;
  }
  if (!companyZone) {
    const two = (n) => String(n).padStart(2, '0');
    return date.getFullYear() + '-' + two(date.getMonth() + 1) + '-' + two(date.getDate()) + ' '
      + two(date.getHours()) + ':' + two(date.getMinutes());
  }
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: companyZone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  }).formatToParts(date);
  const part = (type) => parts.find((p) => p.type === type).value;
  return part('year') + '-' + part('month') + '-' + part('day') + ' ' + part('hour') + ':' + part('minute')
    + ' (' + companyZone + ')';
}

export async function getJson(url) {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    let detail = response.status + ' ' + response.statusText;
    try {
      const problem = await response.json();
      detail = problem.detail || detail;
    } catch (ignored) {
      // not a problem+json body
    }
    const error = new Error(detail);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function figureCell(root, row, bucket, onOpen) {
  const value = row[bucket.key];
  const href = root + row.casesPath + '?bucket=' + encodeURIComponent(bucket.key);
  const link = el('a', {
    class: 'sla-figure sla-' + bucket.key + (value > 0 && (bucket.key === 'breached' || bucket.key === 'missed')
      ? ' sla-alert' : ''),
    href: href,
    title: TEXT.showCases,
    'data-commitment': row.id,
    'data-bucket': bucket.key,
    'data-value': String(value)
  }, [String(value)]);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    onOpen(row, bucket.key);
  });
  return el('td', { class: 'sla-cell' }, [link]);
}

function shareCell(row) {
  const has = row.metPercent !== undefined && row.metPercent !== null;
  return el('td', { class: 'sla-cell' }, [
    el('span', {
      class: 'sla-share',
      'data-commitment': row.id,
      'data-bucket': 'metPercent',
      'data-value': has ? String(row.metPercent) : ''
    }, [has ? String(row.metPercent) : '–']),
    has ? ' %' : ''
  ]);
}

function table(root, report, onOpen) {
  const head = el('tr', {}, [el('th', {}, [TEXT.commitment])]
    .concat(BUCKETS.map((b) => el('th', { 'data-heading': b.key }, [b.label(report)])))
    .concat([el('th', { 'data-heading': 'metPercent' }, [TEXT.shareMet])]));
  const body = report.commitments.map((row) => el('tr', { 'data-commitment': row.id }, [
    el('th', { scope: 'row' }, [
      el('div', { class: 'sla-name' }, [commitmentName(row)]),
      el('div', { class: 'sla-target' }, [commitmentTarget(row)])
    ])
  ].concat(BUCKETS.map((b) => figureCell(root, row, b, onOpen))).concat([shareCell(row)])));
  return el('table', { id: 'sla-table', class: 'table table-bordered sla-table' }, [
    el('thead', {}, [head]),
    el('tbody', {}, body)
  ]);
}

/** One bar per commitment: the share met (green) and missed (red) of the window, open and breached beside. */
function chart(report) {
  const labelWidth = 150;
  const barWidth = 360;
  const rowHeight = 30;
  const height = report.commitments.length * rowHeight + 24;
  const root = svg('svg', {
    id: 'sla-chart',
    class: 'sla-chart',
    role: 'img',
    width: String(labelWidth + barWidth + 220),
    height: String(height),
    viewBox: '0 0 ' + (labelWidth + barWidth + 220) + ' ' + height
  });
  root.appendChild(svg('title', {}, TEXT.chartTitle(report)));
  report.commitments.forEach((row, i) => {
    const y = i * rowHeight + 4;
    const decided = row.met + row.missed;
    const g = svg('g', { class: 'sla-bar', 'data-chart-commitment': row.id });
    g.appendChild(svg('text', { x: '0', y: String(y + 16), class: 'sla-bar-label' }, commitmentName(row)));
    g.appendChild(svg('rect', {
      x: String(labelWidth), y: String(y), width: String(barWidth), height: '20', fill: '#eeeeee'
    }));
    if (decided > 0) {
      const metWidth = Math.round(barWidth * row.met / decided);
      g.appendChild(svg('rect', {
        class: 'sla-bar-met', x: String(labelWidth), y: String(y), width: String(metWidth), height: '20',
        fill: '#5cb85c'
      }, undefined));
      g.appendChild(svg('rect', {
        class: 'sla-bar-missed', x: String(labelWidth + metWidth), y: String(y),
        width: String(barWidth - metWidth), height: '20', fill: '#d9534f'
      }));
    }
    const caption = TEXT.caption(row, decided);
    g.appendChild(svg('text', { x: String(labelWidth + barWidth + 8), y: String(y + 15), class: 'sla-bar-caption' },
      caption));
    root.appendChild(g);
  });
  root.appendChild(svg('text', { x: String(labelWidth), y: String(height - 4), class: 'sla-chart-legend' },
    TEXT.legend(report)));
  return root;
}

/** The cases behind one figure; the heading names the bucket as the table does for the report shown. */
function caseList(container, list, row, report) {
  container.innerHTML = '';
  container.hidden = false;
  container.setAttribute('data-showing-commitment', list.commitment);
  container.setAttribute('data-showing-bucket', list.bucket);
  container.setAttribute('data-count', String(list.count));
  const bucket = BUCKETS.find((b) => b.key === list.bucket);
  container.appendChild(el('h4', {}, [commitmentName(row) + ' — ' + (bucket ? bucket.label(report) : list.bucket) + ': '
    + TEXT.cases(list.count)]));
  if (list.count === 0) {
    container.appendChild(el('p', { class: 'sla-no-cases' }, [TEXT.noCases]));
    return;
  }
  const rows = list.cases.map((c) => el('tr', {
    class: 'sla-case',
    'data-case-number': c.caseNumber || '',
    'data-process-instance-id': c.processInstanceId || ''
  }, [
    el('td', {}, [c.cockpitPath
      ? el('a', { class: 'sla-case-link', href: c.cockpitPath }, [c.caseNumber || c.processInstanceId])
      : (c.caseNumber || '')]),
    el('td', {}, [c.reference || '']),
    el('td', { class: 'sla-current-task' }, [c.currentTask || '']),
    el('td', { class: 'sla-assignee' }, [c.currentTask ? (c.assignee || TEXT.unassigned) : '']),
    el('td', {}, [el('time', { datetime: c.startedAt || '' }, [when(c.startedAt)])]),
    el('td', {}, [el('time', { datetime: c.dueAt || '' }, [c.dueAt ? when(c.dueAt) : TEXT.clockStopped])]),
    el('td', { class: 'sla-late-by', 'data-late-by-minutes': c.lateByMinutes === null || c.lateByMinutes === undefined
      ? '' : String(c.lateByMinutes) }, [lateBy(c.lateByMinutes)]),
    el('td', {}, [el('time', { datetime: c.fulfilledAt || '' }, [when(c.fulfilledAt)])]),
    el('td', { class: 'sla-moved' }, [c.moved ? (c.movedDueAt ? TEXT.movedTo(when(c.movedDueAt)) : TEXT.dueDateRemoved) : ''])
  ]));
  container.appendChild(el('table', { class: 'table table-condensed sla-cases-table' }, [
    el('thead', {}, [el('tr', {}, TEXT.columns.map((h) => el('th', {}, [h])))]),
    el('tbody', {}, rows)
  ]));
}

/**
 * Cockpit renders dashboard plugins in a section below its own figures; the commitments are what supervisors open
 * Cockpit for, so that section moves to the top of the dashboard (once Angular has placed it in the page).
 */
function moveToTop(node, attempts) {
  const holder = node.closest('section.deprecate');
  if (!holder || !holder.parentNode) {
    if (attempts > 0) {
      setTimeout(() => moveToTop(node, attempts - 1), 100);
    }
    return;
  }
  if (holder.parentNode.firstElementChild !== holder) {
    holder.parentNode.insertBefore(holder, holder.parentNode.firstElementChild);
  }
  holder.setAttribute('data-sla-on-top', 'true');
}

function render(node, api) {
  const root = appRoot(api);
  const section = el('section', { id: 'sla-dashboard', class: 'sla-dashboard', 'data-state': 'loading' });
  const style = el('style', {}, [
    '.sla-dashboard .sla-target{font-weight:normal;color:#666;font-size:12px}'
    + '.sla-dashboard .sla-alert{color:#b52e31;font-weight:bold}'
    + '.sla-dashboard .sla-figure{display:inline-block;min-width:2em}'
    + '.sla-dashboard .sla-chart text{font-size:12px}'
  ]);
  const title = el('h1', { class: 'section-title' }, [TEXT.title]);
  const meta = el('p', { class: 'sla-meta' }, [TEXT.loading]);
  const refresh = el('button', { type: 'button', id: 'sla-refresh', class: 'btn btn-default btn-sm' }, [TEXT.refresh]);
  const content = el('div', { class: 'sla-content' });
  const cases = el('div', { id: 'sla-cases', class: 'sla-cases' });
  cases.hidden = true;
  const error = el('p', { id: 'sla-error', class: 'alert alert-danger', role: 'alert' });
  error.hidden = true;
  [style, title, meta, refresh, error, content, cases].forEach((child) => section.appendChild(child));
  node.appendChild(section);
  moveToTop(node, 20);

  let shown = null;

  async function openCases(row, bucket) {
    try {
      const list = await getJson(root + row.casesPath + '?bucket=' + encodeURIComponent(bucket));
      caseList(cases, list, row, shown);
    } catch (e) {
      error.textContent = TEXT.casesFailed + e.message;
      error.hidden = false;
    }
  }

  async function load() {
    section.setAttribute('data-state', 'loading');
    try {
      const report = await getJson(root + '/api/reports/sla');
      shown = report;
      companyZone = report.zone || null;
      content.innerHTML = '';
      cases.hidden = true;
      error.hidden = true;
      section.setAttribute('data-generated-at', report.generatedAt);
      section.setAttribute('data-window-days', String(report.windowDays));
      section.setAttribute('data-due-soon-hours', String(report.dueSoonHours));
      meta.textContent = TEXT.meta(report, when(report.generatedAt));
      content.appendChild(table(root, report, openCases));
      content.appendChild(chart(report));
      section.setAttribute('data-state', 'ready');
    } catch (e) {
      error.textContent = TEXT.reportFailed + e.message;
      error.hidden = false;
      section.setAttribute('data-state', 'error');
    }
  }

  refresh.addEventListener('click', load);
  load();
}

export default {
  id: 'aftersales-sla-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 5,
  render: (node, { api }) => render(node, api)
};
