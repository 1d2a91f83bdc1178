package com.aftersales.flows.repair.delegate;

import com.aftersales.flows.repair.RepairProcess.ReportApproval;
import com.aftersales.flows.repair.RepairProcess.Typed;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.SpotCheckSample;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the service manager's verdict on the repair report (rulebook 003 三.5) and, for an approved report, whether
 * the finished repair gets a quality spot check after the customer's sign-off (003 四.2, {@link SpotCheckSample}).
 */
@Component("recordReportApprovalDelegate")
public class RecordReportApprovalDelegate implements JavaDelegate {

  private final RepairService records;
  private final SpotCheckSample sample;

  public RecordReportApprovalDelegate(RepairService records, SpotCheckSample sample) {
    this.records = records;
    this.sample = sample;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportApproval approval = Typed.REPORT_APPROVAL.required(execution);
    Integer reworks = Typed.REWORKS.get(execution);
    boolean sampled = approval == ReportApproval.APPROVED
        && sample.sampled(Boolean.TRUE.equals(Typed.SPOT_CHECK_ORDERED.get(execution)), reworks == null ? 0 : reworks);
    records.reportApproval(execution.getProcessBusinessKey(), approval, Typed.REPORT_APPROVAL_NOTES.get(execution),
        CurrentUser.of(execution), sampled);
    Typed.SPOT_CHECK_SAMPLED.set(execution, sampled);
  }
}
