package com.aftersales.browser;

import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The process instances a test put at a step and left at the steps after it. A test that completes single forms
 * of many flows leaves a later task of each in the groups' lists, and the browser tests after it (one shared
 * database in a full run) would find their own new task on a later page; removing them after the test keeps the
 * lists as the other tests expect them. History keeps them (deleted, with the reason).
 */
final class CasesLeftOpen {

  private final Date since;

  private CasesLeftOpen(Date since) {
    this.since = since;
  }

  /** From now on (the engine's clock, a second back so nothing started in the same instant is missed). */
  static CasesLeftOpen fromNow() {
    return new CasesLeftOpen(new Date(ClockUtil.getCurrentTime().getTime() - 1_000));
  }

  /** Deletes every instance started since then and still running (a parent takes its called instances along). */
  int remove(HistoryService history, RuntimeService runtime) {
    int removed = 0;
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().startedAfter(since)
        .unfinished().list()) {
      if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
        runtime.deleteProcessInstanceIfExists(instance.getId(), "left by a browser test of single forms", true, true,
            true, false);
        removed++;
      }
    }
    return removed;
  }
}
