package com.aftersales.flows.complaint.delegate;

import com.aftersales.flows.complaint.Complaint;
import com.aftersales.flows.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * What cannot be solved at our level is reported to the company at once (rulebook 000 第三条: 不能处理的立即上报公司,
 * 由公司调查客户投诉的内容及原因,提出解决的办法): the complaint goes straight to the top escalation level (the
 * general manager), who judges, investigates and proposes the solution in the flow's own tasks.
 */
@Component("reportToCompanyDelegate")
public class ReportToCompanyDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public ReportToCompanyDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ComplaintLevels.raise(complaints, execution, Complaint.Escalation.REPORTED_TO_COMPANY);
  }
}
