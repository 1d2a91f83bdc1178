package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairProcess.SpotCheckMethod;
import com.aftersales.flows.repair.RepairProcess.SpotCheckResult;
import com.aftersales.flows.repair.RepairProcess.Typed;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the quality spot check (rulebook 003 四.2); a failed one counts a rework and is recorded against the
 * engineer whose repair failed.
 */
@Component("recordSpotCheckDelegate")
public class RecordSpotCheckDelegate implements JavaDelegate {

  private final RepairService records;

  public RecordSpotCheckDelegate(RepairService records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SpotCheckMethod method = Typed.SPOT_CHECK_METHOD.required(execution);
    SpotCheckResult result = Typed.SPOT_CHECK_RESULT.required(execution);
    records.spotCheck(execution.getProcessBusinessKey(), method, result, Typed.SPOT_CHECK_NOTES.get(execution),
        CurrentUser.of(execution), Typed.ENGINEER.get(execution));
    if (result == SpotCheckResult.FAILED) {
      Integer reworks = Typed.REWORKS.get(execution);
      Typed.REWORKS.set(execution, reworks == null ? 1 : reworks + 1);
    }
  }
}
