package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Unpack;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the marketing manager's decision on unpacking a finished package (拆包申请单 signed or refused). */
@Component("recordUnpackDecisionDelegate")
public class RecordUnpackDecisionDelegate implements JavaDelegate {

  static final String UNPACK_APPROVED_BY = "unpackApprovedBy";

  private final PartsRequests requests;
  private final IdentityService identityService;

  public RecordUnpackDecisionDelegate(PartsRequests requests, @org.springframework.context.annotation.Lazy IdentityService identityService) {
    this.requests = requests;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = PartsVariables.required(execution, Vars.UNPACK_DECISION);
    if (!Unpack.APPROVED.equals(decision) && !Unpack.REFUSED.equals(decision)) {
      throw new IllegalArgumentException("unpackDecision must be approved or refused, not " + decision);
    }
    String note = PartsVariables.text(execution, Vars.UNPACK_DECISION_NOTE);
    if (Unpack.REFUSED.equals(decision) && note == null) {
      throw new IllegalArgumentException("Give the reason for refusing to unpack");
    }
    String user = PartsVariables.currentUser(identityService);
    requests.recordUnpackDecision((String) execution.getVariable(Vars.PARTS_REQUEST_NUMBER),
        Unpack.APPROVED.equals(decision), note, user);
    execution.setVariable(UNPACK_APPROVED_BY, user);
    execution.setVariable(Vars.UNPACKED, false);
  }
}
