package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairCaseRecords;
import com.aftersales.flows.repair.RepairProcess.DamageCause;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import com.aftersales.flows.repair.RepairProcess.Vars;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the engineer's findings; from now on the warranty decision can use the diagnosed cause. */
@Component("recordDiagnosisDelegate")
public class RecordDiagnosisDelegate implements JavaDelegate {

  static final Set<String> ROUTES = Set.of(RepairRoute.ON_SITE, RepairRoute.PARTS, RepairRoute.FACTORY);
  static final Set<String> CAUSES = Set.of(DamageCause.QUALITY, DamageCause.HUMAN, DamageCause.UNKNOWN);

  private final RepairCaseRecords records;

  public RecordDiagnosisDelegate(RepairCaseRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String route = (String) execution.getVariable(Vars.REPAIR_ROUTE);
    if (route == null || !ROUTES.contains(route)) {
      throw new IllegalArgumentException("repairRoute must be onSite, parts or factory: " + route);
    }
    String cause = (String) execution.getVariable(Vars.DAMAGE_CAUSE);
    if (cause == null || !CAUSES.contains(cause)) {
      throw new IllegalArgumentException("damageCause must be quality, human or unknown: " + cause);
    }
    records.diagnosis(execution.getProcessBusinessKey(), (String) execution.getVariable(Vars.ENGINEER),
        (String) execution.getVariable(Vars.FAULTS_FOUND), cause, route,
        (String) execution.getVariable(Vars.PARTS_NEEDED));
    execution.setVariable(Vars.DIAGNOSED, Boolean.TRUE);
  }
}
