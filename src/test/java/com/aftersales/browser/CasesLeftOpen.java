package com.aftersales.browser;

import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Removes the process instances a test put at a step and left at the steps after it ({@code @ExtendWith} on the
 * class). A test that completes single forms of many flows leaves a later task of each in the groups' lists, and the
 * browser tests after it (one shared database in a full run) would find their own new task on a later page; removing
 * them after each test keeps the lists as the other tests expect them. History keeps them (deleted, with the reason).
 */
final class CasesLeftOpen implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(CasesLeftOpen.class);

  /** From the test's start on the engine's clock, a second back so nothing started in the same instant is missed. */
  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(STORE).put("since", new Date(ClockUtil.getCurrentTime().getTime() - 1_000));
  }

  /** Deletes every instance started since then and still running (a parent takes its called instances along). */
  @Override
  public void afterEach(ExtensionContext context) {
    Date since = context.getStore(STORE).get("since", Date.class);
    ApplicationContext spring = SpringExtension.getApplicationContext(context);
    HistoryService history = spring.getBean(HistoryService.class);
    RuntimeService runtime = spring.getBean(RuntimeService.class);
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().startedAfter(since)
        .unfinished().list()) {
      runtime.deleteProcessInstanceIfExists(instance.getId(), "left by a browser test of single forms", true, true,
          true, false);
    }
  }
}
