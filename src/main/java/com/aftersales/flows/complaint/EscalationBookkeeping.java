package com.aftersales.flows.complaint;

import com.aftersales.engine.StepOnlyVariables;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The complaint's escalation bookkeeping keeps no history: the due date its escalation timers read and the
 * counter behind the escalations' sequence numbers. Each escalation rewrites both, and every rewrite cost a read
 * and an update of their history rows (about a tenth of an escalation timer's statements); the escalations
 * themselves, with level, groups and time, are the complaint's own record ({@code complaint_escalation}) and the
 * case's service records.
 */
@Component
public class EscalationBookkeeping implements StepOnlyVariables {

  private static final Set<String> NAMES =
      Set.of(ComplaintProcess.Vars.RESPONSE_TIMER_DUE, ComplaintProcess.Vars.ESCALATION_COUNT);

  @Override
  public boolean contains(String variableName) {
    return NAMES.contains(variableName);
  }
}
