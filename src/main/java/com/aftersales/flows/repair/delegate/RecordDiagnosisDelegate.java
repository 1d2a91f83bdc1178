package com.aftersales.flows.repair.delegate;

import com.aftersales.cases.DamageCause;
import com.aftersales.flows.repair.RepairPlan;
import com.aftersales.flows.repair.RepairQuoteBasis;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.RepairDifficulty;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Records the engineer's findings; from now on the warranty decision can use the diagnosed cause, and a quote the
 * difficulty the engineer chose (labour-rate.dmn). Also the plan the customer is told next (000 §1.3.3): the route in
 * words and the expected completion ({@link RepairPlan}).
 */
@Component("recordDiagnosisDelegate")
public class RecordDiagnosisDelegate implements JavaDelegate {

  private final RepairService records;
  private final RepairPlan plan;

  public RecordDiagnosisDelegate(RepairService records, RepairPlan plan) {
    this.records = records;
    this.plan = plan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairRoute route = Typed.REPAIR_ROUTE.required(execution);
    DamageCause cause = Typed.DAMAGE_CAUSE.required(execution);
    RepairDifficulty difficulty = Typed.REPAIR_DIFFICULTY.required(execution);
    records.diagnosis(execution.getProcessBusinessKey(), Typed.ENGINEER.get(execution),
        Typed.FAULTS_FOUND.get(execution), cause.code(), route.code(), Typed.PARTS_NEEDED.get(execution),
        difficulty.code());
    Typed.DIAGNOSED.set(execution, Boolean.TRUE);
    Typed.REPAIR_ROUTE_TEXT.set(execution, RepairPlan.describe(route));
    Typed.EXPECTED_COMPLETION_AT.set(execution, plan.expectedCompletion(route, ClockUtil.getCurrentTime()));
    RepairQuoteBasis.decide(execution);
  }
}
