package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairCaseRecords;
import com.aftersales.flows.repair.RepairProcess.DamageCause;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairProcess.Resolution;
import com.aftersales.flows.repair.RepairProcess.Vars;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Writes the agreed way forward to the case; an unknown resolution stops the task from completing. */
@Component("recordAssessmentDelegate")
public class RecordAssessmentDelegate implements JavaDelegate {

  static final Set<String> RESOLUTIONS =
      Set.of(Resolution.PHONE, Resolution.ON_SITE, Resolution.FACTORY, Resolution.EXCHANGE);

  private final RepairCaseRecords records;

  public RecordAssessmentDelegate(RepairCaseRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String resolution = (String) execution.getVariable(Vars.RESOLUTION);
    if (resolution == null || !RESOLUTIONS.contains(resolution)) {
      throw new IllegalArgumentException("resolution must be phone, onSite, factory or exchange: " + resolution);
    }
    String cause = (String) execution.getVariable(Vars.DAMAGE_CAUSE);
    if (cause == null || cause.isBlank()) {
      // The gateway after the assessment reads the cause; unknown sends the case to the engineer's diagnosis.
      cause = DamageCause.UNKNOWN;
      execution.setVariable(Vars.DAMAGE_CAUSE, cause);
    }
    if (Resolution.ON_SITE.equals(resolution) || Resolution.FACTORY.equals(resolution)) {
      // The engineer's diagnosis form starts from the route agreed with the customer.
      execution.setVariable(Vars.REPAIR_ROUTE,
          Resolution.FACTORY.equals(resolution) ? RepairRoute.FACTORY : RepairRoute.ON_SITE);
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    records.assessment(execution.getProcessBusinessKey(), resolution, cause,
        (String) execution.getVariable(Vars.ASSESSMENT_NOTES), user == null ? null : user.getUserId());
  }
}
