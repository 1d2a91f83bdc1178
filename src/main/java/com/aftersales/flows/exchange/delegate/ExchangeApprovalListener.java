package com.aftersales.flows.exchange.delegate;

import com.aftersales.flows.exchange.Approver;
import com.aftersales.flows.exchange.ExchangeService;

import static com.aftersales.flows.exchange.ExchangeProcess.Vars;

import com.aftersales.cases.StartVariables;
import com.aftersales.flows.exchange.ExchangeProcess.Approval;
import com.aftersales.flows.exchange.ExchangeProcess.Typed;
import com.aftersales.variables.CurrentUser;
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

  private final ExchangeService records;

  public ExchangeApprovalListener(ExchangeService records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Approver approver = Approver.forTask(task.getTaskDefinitionKey())
        .orElseThrow(() -> new IllegalStateException("No approver for task " + task.getTaskDefinitionKey()));
    String user = CurrentUser.completing(task);
    Approval decision = approver.decision().required(task);
    String comment = approver.comment().get(task);

    boolean approved = records.approvalDecided(StartVariables.caseNumber(task.getExecution()), approver, user,
        decision, comment);

    approver.by().set(task, user);
    approver.at().set(task, ClockUtil.getCurrentTime());
    if (!approved) {
      Typed.REJECTED_BY.set(task, approver.label());
      Typed.REJECTION_REASON.set(task, comment);
    }
  }
}
