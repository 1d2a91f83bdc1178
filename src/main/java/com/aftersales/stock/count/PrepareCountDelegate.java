package com.aftersales.stock.count;

import com.aftersales.stock.StepInput;
import com.aftersales.stock.StockLevel;
import com.aftersales.stock.Store;
import com.aftersales.stock.count.CountProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Opens the store's count with the ledger's expected quantities and lists them on the count sheet (盘点表). */
@Component("prepareCountDelegate")
public class PrepareCountDelegate implements JavaDelegate {

  private final StockCounts counts;

  public PrepareCountDelegate(StockCounts counts) {
    this.counts = counts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String store = StepInput.required(execution, Vars.STORE);
    if (Store.of(store).isEmpty()) {
      throw new IllegalArgumentException("store must be one of " + Store.codes());
    }
    String countId = StepInput.text(execution, Vars.COUNT_ID);
    if (countId == null) {
      countId = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
          : "ST-" + execution.getProcessInstanceId();
    }
    StringBuilder sheet = new StringBuilder();
    for (StockLevel level : counts.open(countId, store, execution.getProcessInstanceId(),
        ClockUtil.getCurrentTime().toInstant())) {
      sheet.append(level.part()).append("  ").append(level.name()).append(' ').append(level.model())
          .append("  账面 ").append(level.quantity()).append(' ').append(level.unit()).append('\n');
    }
    execution.setVariable(Vars.COUNT_ID, countId);
    execution.setVariable(Vars.COUNT_SHEET, sheet.isEmpty() ? "(本仓库无配件)" : sheet.toString().strip());
  }
}
