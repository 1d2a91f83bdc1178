package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsProcess.Unpack;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.variables.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the marketing manager's decision on unpacking a finished package (拆包申请单 signed or refused). */
@Component("recordUnpackDecisionDelegate")
public class RecordUnpackDecisionDelegate implements JavaDelegate {

  private final PartsService requests;

  public RecordUnpackDecisionDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Unpack decision = Typed.UNPACK_DECISION.required(execution);
    String note = Typed.UNPACK_DECISION_NOTE.get(execution);
    if (decision == Unpack.REFUSED && note == null) {
      throw new IllegalArgumentException("Give the reason for refusing to unpack");
    }
    String user = CurrentUser.of(execution);
    requests.recordUnpackDecision(Typed.PARTS_REQUEST_NUMBER.get(execution),
        decision == Unpack.APPROVED, note, user);
    Typed.UNPACK_APPROVED_BY.set(execution, user);
    Typed.UNPACKED.set(execution, false);
  }
}
