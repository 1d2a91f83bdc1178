package com.aftersales.stock.count;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.stock.Store;
import com.aftersales.stock.count.CountProcess.Vars;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The monthly stocktaking (stock-stocktaking): opens one count (stock-count) per store, numbered after the month
 * (ST-2026-12-main); a count of the month that exists already is not opened again, so a rerun opens none twice.
 */
@Component("openStoreCountsDelegate")
public class OpenStoreCountsDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final WorkingDayCalendar calendar;

  public OpenStoreCountsDelegate(@Lazy RuntimeService runtimeService, @Lazy HistoryService historyService,
      WorkingDayCalendar calendar) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth month = YearMonth.from(ClockUtil.getCurrentTime().toInstant().atZone(calendar.zone()));
    for (Store store : Store.values()) {
      String countId = "ST-" + month + "-" + store.code();
      boolean opened = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CountProcess.KEY)
          .processInstanceBusinessKey(countId).count() > 0;
      if (!opened) {
        runtimeService.startProcessInstanceByKey(CountProcess.KEY, countId,
            Map.of(Vars.STORE, store.code(), Vars.COUNT_ID, countId));
      }
    }
  }
}
