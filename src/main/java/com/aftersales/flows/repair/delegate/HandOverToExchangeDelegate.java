package com.aftersales.flows.repair.delegate;

import com.aftersales.cases.DamageCause;
import com.aftersales.cases.LinkedCaseStarter;
import com.aftersales.flows.exchange.ExchangeProcess;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.Typed;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The assessment agreed on an exchange: a linked exchange case opens for the same customer and product and
 * its flow starts; the repair case records the new case number and ends as handed over (the link leads the
 * way to the exchange). Idempotent: LinkedCaseStarter returns the exchange case opened the first time.
 */
@Component("handOverToExchangeDelegate")
public class HandOverToExchangeDelegate implements JavaDelegate {

  private final LinkedCaseStarter starter;
  private final RepairService records;

  public HandOverToExchangeDelegate(LinkedCaseStarter starter, RepairService records) {
    this.starter = starter;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    String notes = Typed.ASSESSMENT_NOTES.get(execution);
    String exchangeCase = starter.start(caseNumber, ExchangeProcess.CASE_TYPE, ExchangeProcess.PROCESS_KEY, carriedOver(execution, notes));
    Typed.EXCHANGE_CASE_NUMBER.set(execution, exchangeCase);
    records.handOverToExchange(caseNumber, exchangeCase, notes);
  }

  /**
   * What the exchange flow can use from the assessment: a known damage cause (so the salesperson need not
   * confirm it again; "unknown" is left out so that they do), a warranty period the case brought, and the
   * assessment notes as the draft of the exchange reason the exchange form asks for.
   */
  static Map<String, Object> carriedOver(DelegateExecution execution, String notes) {
    Map<String, Object> carried = new HashMap<>();
    DamageCause cause = Typed.DAMAGE_CAUSE.get(execution);
    if (cause == DamageCause.QUALITY || cause == DamageCause.HUMAN) {
      Typed.DAMAGE_CAUSE.put(carried, cause);
    }
    Integer months = Typed.WARRANTY_MONTHS.get(execution);
    if (months != null) {
      Typed.WARRANTY_MONTHS.put(carried, months);
    }
    if (notes != null) {
      ExchangeProcess.Typed.EXCHANGE_REASON.put(carried, "维修案件 " + execution.getProcessBusinessKey()
          + " 评估时商定换货：" + notes);
    }
    return carried;
  }
}
