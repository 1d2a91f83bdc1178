package com.aftersales.flows.exchange;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completing one of the three approval tasks: checks and records the decision on the case, stamps who
 * decided and when (for the ledger), and on a rejection names the approver and the reason for the mail to
 * the salespeople and the negotiation with the customer.
 */
@Component("exchangeApprovalListener")
public class ExchangeApprovalListener implements TaskListener {

  private final ExchangeCaseRecords records;
  private final IdentityService identityService;

  public ExchangeApprovalListener(ExchangeCaseRecords records, IdentityService identityService) {
    this.records = records;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Approver approver = Approver.forTask(task.getTaskDefinitionKey())
        .orElseThrow(() -> new IllegalStateException("No approver for task " + task.getTaskDefinitionKey()));
    String user = ExchangeVariables.completedBy(task, identityService);
    String decision = ExchangeVariables.string(task, approver.decisionVariable());
    String comment = ExchangeVariables.string(task, approver.commentVariable());

    boolean approved = records.approvalDecided(ExchangeVariables.caseNumber(task), approver, user, decision, comment);

    task.setVariable(approver.byVariable(), user);
    task.setVariable(approver.atVariable(), ClockUtil.getCurrentTime());
    if (!approved) {
      task.setVariable(Vars.REJECTED_BY, approver.label());
      task.setVariable(Vars.REJECTION_REASON, comment);
    }
  }
}
