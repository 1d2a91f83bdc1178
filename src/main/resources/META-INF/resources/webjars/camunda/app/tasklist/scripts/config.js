/*
 * Tasklist configuration of the after-sales platform; replaces the webapp's default config.js, whose only
 * settings are the keyboard shortcuts below (kept as they were). Language and date formats:
 * ../../aftersales/webapp-locale.js (Chinese first, English for English browsers). Dates in Camunda Forms read
 * yyyy-MM-dd in Chinese Tasklist: scripts/form-dates/form-dates.js (customScripts load relative to app/tasklist/).
 */
import { locales, dateFormat } from '../../aftersales/webapp-locale.js';

export default {
  locales,
  dateFormat,
  customScripts: ['scripts/form-dates/form-dates.js'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务 (claims the currently selected task)'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '聚焦到第一个过滤器 (set the focus to the first filter in the list)'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '聚焦到任务列表的第一个任务 (sets the focus to the first task in the list)'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '聚焦到任务表单的第一个输入框 (sets the focus to the first input field in a task form)'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程对话框 (opens the start process modal dialog)'
    }
  }
};
