package com.aftersales.flows.repair.delegate;

import com.aftersales.cases.DamageCause;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairProcess.Resolution;
import com.aftersales.flows.repair.RepairProcess.Typed;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the agreed way forward to the case; an unknown resolution stops the task from completing. */
@Component("recordAssessmentDelegate")
public class RecordAssessmentDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordAssessmentDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Resolution resolution = Typed.RESOLUTION.required(execution);
    DamageCause cause = Typed.DAMAGE_CAUSE.get(execution);
    if (cause == null) {
      // The gateway after the assessment reads the cause; unknown sends the case to the engineer's diagnosis.
      cause = DamageCause.UNKNOWN;
      Typed.DAMAGE_CAUSE.set(execution, cause);
    }
    if (resolution == Resolution.ON_SITE || resolution == Resolution.FACTORY) {
      // The engineer's diagnosis form starts from the route agreed with the customer.
      Typed.REPAIR_ROUTE.set(execution, resolution == Resolution.FACTORY ? RepairRoute.FACTORY : RepairRoute.ON_SITE);
    }
    records.assessment(execution.getProcessBusinessKey(), resolution.code(), cause.code(),
        Typed.ASSESSMENT_NOTES.get(execution), CurrentUser.of(execution));
  }
}
