package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairProcess.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A repair goes back for another attempt (the rework after a failed spot check, or the re-dispatch after an
 * unresolved sign-off): the records of the attempt before are taken off the process, so that the forms of the new
 * attempt start empty and the server's checks (the repair's explanation, test and self-check, the warranty handover
 * at the sign-off, the manager's approval) hold again for it. Each attempt's records stay on the case
 * ({@code service_record}), which is where the earlier ones are read.
 */
@Component("newRepairAttemptListener")
public class NewRepairAttemptListener implements ExecutionListener {

  /** What each attempt records anew. */
  static final List<String> ATTEMPT_RECORDS = List.of(Vars.REPAIR_EXPLANATION, Vars.POST_REPAIR_TEST,
      Vars.SELF_CHECK_DONE, Vars.REWORK_NOTES, Vars.REPORT_APPROVAL, Vars.REPORT_APPROVAL_NOTES,
      Vars.SPOT_CHECK_ORDERED, Vars.SIGN_OFF, Vars.SIGN_OFF_NOTES, Vars.WARRANTY_TERMS_HANDED_OVER,
      Vars.SPOT_CHECK_METHOD, Vars.SPOT_CHECK_RESULT);

  @Override
  public void notify(DelegateExecution execution) {
    execution.getProcessInstance().removeVariables(ATTEMPT_RECORDS);
  }
}
