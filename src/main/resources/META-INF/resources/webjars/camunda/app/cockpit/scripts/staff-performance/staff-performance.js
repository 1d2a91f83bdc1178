/*
 * Staff performance: a Cockpit plugin (plugin point cockpit.dashboard) next to the SLA section.
 *
 * It renders what GET /api/reports/staff?days=30 returns (the last 30 days in the company zone) (figures are never computed here): the people
 * the signed-in user may see (a manager: the groups they manage) and their groups, with a chart of the share of
 * tasks done by their due date per group. Figures: cases, tasks, on time, on-time share, minutes per task,
 * satisfaction, complaints, the repairs that failed a quality spot check (spotChecksFailed, 003 四.2) and the repairs
 * whose repeat repair a service manager judged a repair-quality fault (repairQualityFaults, 003 四3).
 *
 * Stable DOM for tests and people:
 *   #staff-performance[data-state=loading|ready|error][data-from][data-to]
 *   tr.staff-person[data-user-id] td.staff-figure[data-figure=<figure name>]  (text = the API's value, "–" for none)
 *   tr.staff-group[data-group-id] td.staff-figure[data-figure=...]
 *   svg#staff-chart g.staff-bar[data-chart-group][data-value=onTimeShare]
 */
import { webappLanguage } from '../../../aftersales/webapp-locale.js';
import { appRoot, el, getJson, svg } from '../sla-dashboard/sla-dashboard.js';

const FIGURES = ['casesHandled', 'tasksHandled', 'tasksOnTime', 'onTimeShare', 'averageMinutes',
  'averageSatisfaction', 'complaintsAttributed', 'spotChecksFailed', 'repairQualityFaults'];

const TEXTS = {
  en: {
    title: 'Staff performance (last 30 days)',
    loading: 'Loading…',
    failed: 'Could not load the staff report: ',
    person: 'Person',
    group: 'Group',
    headings: ['Cases', 'Tasks', 'On time', 'On-time share', 'Minutes per task', 'Satisfaction', 'Complaints',
      'Failed spot checks', 'Repair-quality faults'],
    chartTitle: 'Share of tasks done by their due date, per group',
    meta: (report) => report.from + ' – ' + report.to + '. Tasks count for whoever completed them.'
  },
  zh: {
    title: '员工绩效（最近 30 天）',
    loading: '正在加载…',
    failed: '无法加载员工绩效：',
    person: '员工',
    group: '组',
    headings: ['案件', '任务', '按期完成', '按期率', '平均用时（分钟）', '满意度', '被投诉', '抽检不合格', '维修质量问题'],
    chartTitle: '各组按期完成任务的比例',
    meta: (report) => report.from + ' 至 ' + report.to + '。任务计入完成它的人。'
  }
};

const TEXT = TEXTS[webappLanguage()] || TEXTS.en;

function shown(value) {
  return value === undefined || value === null ? '–' : String(value);
}

function row(kind, id, name, figures) {
  return el('tr', { class: 'staff-' + kind, ['data-' + (kind === 'person' ? 'user-id' : 'group-id')]: id }, [
    el('th', { scope: 'row' }, [name])
  ].concat(FIGURES.map((f) => el('td', { class: 'staff-figure', 'data-figure': f }, [shown(figures[f])]))));
}

function table(report) {
  const head = (first) => el('tr', {}, [el('th', {}, [first])].concat(TEXT.headings.map((h) => el('th', {}, [h]))));
  return el('div', {}, [
    el('table', { id: 'staff-table', class: 'table table-bordered' }, [
      el('thead', {}, [head(TEXT.person)]),
      el('tbody', {}, report.people.map((p) => row('person', p.userId, p.name, p.figures)))
    ]),
    el('table', { id: 'staff-groups', class: 'table table-bordered' }, [
      el('thead', {}, [head(TEXT.group)]),
      el('tbody', {}, report.groups.map((g) => row('group', g.groupId, g.name, g.figures)))
    ])
  ]);
}

/** One bar per group: its on-time share. */
function chart(report) {
  const labelWidth = 150;
  const barWidth = 360;
  const rowHeight = 28;
  const height = report.groups.length * rowHeight + 8;
  const root = svg('svg', { id: 'staff-chart', role: 'img', width: String(labelWidth + barWidth + 80),
    height: String(height) });
  root.appendChild(svg('title', {}, TEXT.chartTitle));
  report.groups.forEach((g, i) => {
    const y = i * rowHeight + 4;
    const share = g.figures.onTimeShare;
    const bar = svg('g', { class: 'staff-bar', 'data-chart-group': g.groupId, 'data-value': shown(share) });
    bar.appendChild(svg('text', { x: '0', y: String(y + 15) }, g.name));
    bar.appendChild(svg('rect', { x: String(labelWidth), y: String(y), width: String(barWidth), height: '18',
      fill: '#eeeeee' }));
    if (share !== null && share !== undefined) {
      bar.appendChild(svg('rect', { x: String(labelWidth), y: String(y), width: String(Math.round(barWidth * share)),
        height: '18', fill: '#5cb85c' }));
    }
    bar.appendChild(svg('text', { x: String(labelWidth + barWidth + 8), y: String(y + 15) },
      share === null || share === undefined ? '–' : Math.round(share * 100) + ' %'));
    root.appendChild(bar);
  });
  return root;
}

function render(node, api) {
  const section = el('section', { id: 'staff-performance', 'data-state': 'loading' });
  const meta = el('p', {}, [TEXT.loading]);
  const content = el('div', {});
  [el('h1', { class: 'section-title' }, [TEXT.title]), meta, content].forEach((c) => section.appendChild(c));
  node.appendChild(section);
  // the last 30 days up to today in the company zone, as the server counts them
  getJson(appRoot(api) + '/api/reports/staff?days=30')
    .then((report) => {
      section.setAttribute('data-from', report.from);
      section.setAttribute('data-to', report.to);
      meta.textContent = TEXT.meta(report);
      content.appendChild(chart(report));
      content.appendChild(table(report));
      section.setAttribute('data-state', 'ready');
    })
    .catch((e) => {
      meta.textContent = TEXT.failed + e.message;
      section.setAttribute('data-state', 'error');
    });
}

export default {
  id: 'aftersales-staff-performance',
  pluginPoint: 'cockpit.dashboard',
  priority: 4,
  render: (node, { api }) => render(node, api)
};
