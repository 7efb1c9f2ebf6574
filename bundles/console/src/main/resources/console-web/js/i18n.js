// Console labels, one small table per language; data labels (statusLabel, names) come from the API
// in the language sent as Accept-Language.
import { FILTER_STATUS, LABELS } from './labels.js';

const KEY = 'chrysalis.console.lang';

const MESSAGES = {
  'zh-CN': {
    'app.title': '兰州新区基层治理平台',
    'lang.switch': 'English',
    'logout': '退出',
    'login.hint': '请使用平台账号登录',
    'login.user': '用户名',
    'login.password': '密码',
    'login.submit': '登录',
    'login.failed': '用户名或密码错误',
    'login.error': '无法登录：',
    'page.overview': '总览',
    'page.map': '地图',
    'page.incidents': '网格事件',
    'page.mediation': '调解案件',
    'page.deliberation': '议事议题',
    'page.campaigns': '整治任务',
    'page.parking': '停车场',
    'page.management': '能力管理',
    'page.audit': '审计日志',
    'notice.removed': '能力“{0}”已卸载，页面已从导航中移除。',
    'notice.forbidden': '当前账号无权访问此页面。',
    'error.load': '加载失败：',
    'loading': '加载中…',
    'empty': '暂无数据',
    'refreshed': '更新于 {0}',
    'ov.incidentsByStatus': '网格事件（按状态）',
    'ov.incidentsByGrid': '网格事件（按网格）',
    'ov.closedInTime': '按期办结率',
    'ov.overdue': '超期事件',
    'ov.allIncidents': '全部事件',
    'ov.mediation': '调解案件与成功率',
    'ov.mediationCases': '案件数',
    'ov.mediationDecided': '已办结',
    'ov.successRate': '调解成功率',
    'ov.deliberation': '议事议题（按村社区）',
    'ov.participation': '投票参与率',
    'ov.topicsRaised': '提出',
    'ov.decided': '已表决',
    'ov.completed': '已办结',
    'ov.campaigns': '专项整治办结率与目标',
    'ov.closureRate': '办结率 %',
    'ov.target': '目标 %',
    'ov.parkingNow': '停车场当前占用率',
    'ov.parkingDay': '停车占用率（今日各时段）',
    'ov.occupancy': '占用率 %',
    'ov.noCapabilities': '没有已安装且可访问的能力。',
    'col.id': '编号',
    'col.status': '状态',
    'col.category': '类别',
    'col.grid': '网格',
    'col.reportedAt': '上报时间',
    'col.description': '描述',
    'col.overdue': '超期',
    'col.actions': '操作',
    'col.title': '标题',
    'col.village': '村/社区',
    'col.kind': '类型',
    'col.severity': '严重程度',
    'col.deadline': '期限',
    'col.department': '责任部门',
    'col.site': '场所',
    'col.name': '名称',
    'col.total': '车位总数',
    'col.available': '空余',
    'col.occupied': '占用',
    'col.mediator': '调解员',
    'col.consumer': '消费者',
    'col.merchant': '商家',
    'col.at': '时间',
    'col.user': '用户',
    'col.capability': '能力',
    'col.entity': '对象',
    'col.action': '动作',
    'col.feature': '功能',
    'col.version': '版本',
    'col.state': '状态',
    'col.health': '健康',
    'filter.status': '状态',
    'filter.grid': '网格',
    'filter.overdue': '仅超期',
    'filter.apply': '查询',
    'filter.user': '用户',
    'filter.capability': '能力',
    'filter.from': '开始时间',
    'filter.to': '结束时间',
    'filter.village': '村/社区编码',
    'filter.campaign': '专项编号',
    'filter.any': '全部',
    'detail': '详情',
    'detail.close': '关闭',
    'detail.history': '处理记录',
    'act.comment': '意见',
    'act.department': '派遣部门',
    'act.reason': '原因',
    'act.target': '移交能力',
    'act.mergeInto': '合并到事件编号',
    'act.done': '已执行：{0}',
    'act.failed': '操作失败：',
    'act.none': '当前账号对该事件无可执行操作。',
    'yes': '是',
    'no': '否',
    'page.prev': '上一页',
    'page.next': '下一页',
    'page.of': '第 {0}–{1} 条，共 {2} 条',
    'mg.capabilities': '能力功能',
    'mg.platform': '平台功能（不可卸载）',
    'mg.install': '安装',
    'mg.uninstall': '卸载',
    'mg.upgradeTo': '升级到版本',
    'mg.installed': '已安装',
    'mg.notInstalled': '未安装',
    'mg.running': '正在{0} {1}…',
    'mg.done': '{0} {1} 完成',
    'mg.failed': '{0} {1} 失败：{2}',
    'mg.INSTALL': '安装',
    'mg.UNINSTALL': '卸载',
    'mg.UPGRADE': '升级',
    'map.openIncidents': '未办结事件',
    'map.lots': '停车场（空余/总数）',
    'map.noGrid': '网格管理能力未安装，无法绘制网格。',
  },
  'en': {
    'app.title': 'Lanzhou New Area governance platform',
    'lang.switch': '中文',
    'logout': 'Sign out',
    'login.hint': 'Sign in with your platform account',
    'login.user': 'User name',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.failed': 'Wrong user name or password',
    'login.error': 'Cannot sign in: ',
    'page.overview': 'Overview',
    'page.map': 'Map',
    'page.incidents': 'Grid incidents',
    'page.mediation': 'Mediation cases',
    'page.deliberation': 'Deliberation topics',
    'page.campaigns': 'Campaign tasks',
    'page.parking': 'Parking lots',
    'page.management': 'Capabilities',
    'page.audit': 'Audit trail',
    'notice.removed': 'Capability "{0}" was uninstalled; its page left the navigation.',
    'notice.forbidden': 'Your account may not open this page.',
    'error.load': 'Could not load: ',
    'loading': 'Loading…',
    'empty': 'No data',
    'refreshed': 'Updated {0}',
    'ov.incidentsByStatus': 'Grid incidents by status',
    'ov.incidentsByGrid': 'Grid incidents by grid',
    'ov.closedInTime': 'Closed within deadline',
    'ov.overdue': 'Overdue incidents',
    'ov.allIncidents': 'All incidents',
    'ov.mediation': 'Mediation cases and success rate',
    'ov.mediationCases': 'Cases',
    'ov.mediationDecided': 'Decided',
    'ov.successRate': 'Success rate',
    'ov.deliberation': 'Deliberation topics by village',
    'ov.participation': 'Vote participation',
    'ov.topicsRaised': 'Raised',
    'ov.decided': 'Decided',
    'ov.completed': 'Completed',
    'ov.campaigns': 'Campaign closure rate against target',
    'ov.closureRate': 'Closure rate %',
    'ov.target': 'Target %',
    'ov.parkingNow': 'Parking occupancy now',
    'ov.parkingDay': 'Parking occupancy over the day',
    'ov.occupancy': 'Occupancy %',
    'ov.noCapabilities': 'No installed capability you may see.',
    'col.id': 'Id',
    'col.status': 'Status',
    'col.category': 'Category',
    'col.grid': 'Grid',
    'col.reportedAt': 'Reported',
    'col.description': 'Description',
    'col.overdue': 'Overdue',
    'col.actions': 'Actions',
    'col.title': 'Title',
    'col.village': 'Village',
    'col.kind': 'Kind',
    'col.severity': 'Severity',
    'col.deadline': 'Deadline',
    'col.department': 'Department',
    'col.site': 'Site',
    'col.name': 'Name',
    'col.total': 'Spots',
    'col.available': 'Free',
    'col.occupied': 'Occupied',
    'col.mediator': 'Mediator',
    'col.consumer': 'Consumer',
    'col.merchant': 'Merchant',
    'col.at': 'Time',
    'col.user': 'User',
    'col.capability': 'Capability',
    'col.entity': 'Entity',
    'col.action': 'Action',
    'col.feature': 'Feature',
    'col.version': 'Version',
    'col.state': 'State',
    'col.health': 'Health',
    'filter.status': 'Status',
    'filter.grid': 'Grid',
    'filter.overdue': 'Overdue only',
    'filter.apply': 'Search',
    'filter.user': 'User',
    'filter.capability': 'Capability',
    'filter.from': 'From',
    'filter.to': 'To',
    'filter.village': 'Village code',
    'filter.campaign': 'Campaign id',
    'filter.any': 'Any',
    'detail': 'Details',
    'detail.close': 'Close',
    'detail.history': 'History',
    'act.comment': 'Comment',
    'act.department': 'Department',
    'act.reason': 'Reason',
    'act.target': 'Hand over to',
    'act.mergeInto': 'Merge into incident id',
    'act.done': 'Done: {0}',
    'act.failed': 'Action failed: ',
    'act.none': 'Your account can take no action on this incident.',
    'yes': 'yes',
    'no': 'no',
    'page.prev': 'Previous',
    'page.next': 'Next',
    'page.of': '{0}–{1} of {2}',
    'mg.capabilities': 'Capability features',
    'mg.platform': 'Platform features (always installed)',
    'mg.install': 'Install',
    'mg.uninstall': 'Uninstall',
    'mg.upgradeTo': 'Upgrade to version',
    'mg.installed': 'installed',
    'mg.notInstalled': 'not installed',
    'mg.running': '{0} {1} running…',
    'mg.done': '{0} {1} done',
    'mg.failed': '{0} {1} failed: {2}',
    'mg.INSTALL': 'Install',
    'mg.UNINSTALL': 'Uninstall',
    'mg.UPGRADE': 'Upgrade',
    'map.openIncidents': 'Open incidents',
    'map.lots': 'Parking lots (free/total)',
    'map.noGrid': 'Grid management is not installed: no grids to draw.',
  },
};

for (const language of Object.keys(LABELS)) {
  Object.assign(MESSAGES[language], LABELS[language], FILTER_STATUS[language]);
}

/** Incident statuses of grid's stats, which come as enum names. */
const INCIDENT_STATUS = {
  'zh-CN': { REPORTED: '已上报', ACCEPTED: '已受理', DISPATCHED: '已派遣', IN_PROGRESS: '处置中', RESOLVED: '已处置',
    VERIFIED: '已核查', CLOSED: '已结案', REJECTED: '不予受理', ESCALATED: '已督办', REOPENED: '重新处置',
    MERGED: '已合并', TRANSFERRED: '已移交' },
  'en': { REPORTED: 'Reported', ACCEPTED: 'Accepted', DISPATCHED: 'Dispatched', IN_PROGRESS: 'In progress',
    RESOLVED: 'Resolved', VERIFIED: 'Verified', CLOSED: 'Closed', REJECTED: 'Rejected', ESCALATED: 'Escalated',
    REOPENED: 'Reopened', MERGED: 'Merged', TRANSFERRED: 'Transferred' },
};

const INCIDENT_ACTION = {
  'zh-CN': { ACCEPT: '受理', REJECT: '不予受理', DISPATCH: '派遣', START: '开始处置', RESOLVE: '处置完成', VERIFY: '核查',
    REOPEN: '重新打开', CLOSE: '结案', MERGE: '合并', TRANSFER: '移交', ESCALATE: '升级' },
  'en': { ACCEPT: 'Accept', REJECT: 'Reject', DISPATCH: 'Dispatch', START: 'Start', RESOLVE: 'Resolve', VERIFY: 'Verify',
    REOPEN: 'Reopen', CLOSE: 'Close', MERGE: 'Merge', TRANSFER: 'Transfer', ESCALATE: 'Escalate' },
};

export function incidentAction(code) {
  return code ? INCIDENT_ACTION[lang()][code] ?? code : '';
}

export function lang() {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
}

export function setLang(value) {
  localStorage.setItem(KEY, value);
}

export function t(key, ...args) {
  const text = MESSAGES[lang()][key] ?? MESSAGES['zh-CN'][key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => args[Number(i)] ?? '');
}

export function incidentStatus(code) {
  return code ? INCIDENT_STATUS[lang()][code] ?? code : '';
}

/** Fills every [data-i18n] element below root and sets the page language. */
export function translate(root = document) {
  document.documentElement.lang = lang();
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
}

export function formatTime(iso) {
  return iso ? new Date(iso).toLocaleString(lang()) : '';
}

export function formatDate(iso) {
  return iso ? new Date(iso + 'T00:00:00').toLocaleDateString(lang()) : '';
}

/** An amount in fen (1/100 yuan) as yuan. */
export function yuan(fen) {
  return fen === null || fen === undefined ? '' : t('yuan', (fen / 100).toLocaleString(lang(), { minimumFractionDigits: 2 }));
}

export function percent(ratio) {
  return ratio === null || ratio === undefined ? '–' : (ratio * 100).toFixed(1) + ' %';
}
