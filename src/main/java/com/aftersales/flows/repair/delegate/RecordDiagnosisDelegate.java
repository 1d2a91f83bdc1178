package com.aftersales.flows.repair.delegate;

import com.aftersales.cases.DamageCause;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.RepairDifficulty;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the engineer's findings; from now on the warranty decision can use the diagnosed cause, and a quote the
 * difficulty the engineer chose (labour-rate.dmn).
 */
@Component("recordDiagnosisDelegate")
public class RecordDiagnosisDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordDiagnosisDelegate(RepairService records) {
    this.records = records;
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
  }
}
