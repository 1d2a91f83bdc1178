package com.aftersales.flows.complaint;

import com.aftersales.tasklist.EscalationMarker;
import org.springframework.stereotype.Component;

/** A complaint is escalated once it moved above its handling group ({@link ComplaintProcess.Vars#ESCALATION_LEVEL}). */
@Component
public class ComplaintEscalations implements EscalationMarker {

  @Override
  public String variableName() {
    return ComplaintProcess.Vars.ESCALATION_LEVEL;
  }
}
