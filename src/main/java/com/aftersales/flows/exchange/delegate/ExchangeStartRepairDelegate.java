package com.aftersales.flows.exchange.delegate;

import com.aftersales.flows.exchange.ExchangeService;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import com.aftersales.cases.DamageCause;
import com.aftersales.cases.LinkedCaseStarter;
import com.aftersales.cases.StartVariables;
import com.aftersales.flows.exchange.ExchangeProcess.Typed;
import com.aftersales.flows.repair.RepairProcess;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StartLinkedRepairCase: the customer takes a repair instead of the exchange, so a repair case opens
 * with the same customer and product, linked to this one. The damage cause found here goes along so that
 * the repair need not ask again.
 */
@Component("exchangeStartRepairDelegate")
public class ExchangeStartRepairDelegate implements JavaDelegate {

  private final LinkedCaseStarter starter;
  private final ExchangeService records;

  public ExchangeStartRepairDelegate(LinkedCaseStarter starter, ExchangeService records) {
    this.starter = starter;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = StartVariables.caseNumber(execution);
    Map<String, Object> carried = new HashMap<>();
    DamageCause damageCause = Typed.DAMAGE_CAUSE.get(execution);
    if (damageCause != null) {
      Typed.DAMAGE_CAUSE.put(carried, damageCause);
    }
    String repairCase = starter.start(caseNumber, RepairProcess.CASE_TYPE, RepairProcess.PROCESS_KEY, carried);
    Typed.LINKED_REPAIR_CASE_NUMBER.set(execution, repairCase);
    records.convertedToRepair(caseNumber, repairCase);
  }
}
