package com.aftersales.flows.repair;

import com.aftersales.tasklist.EscalationMarker;
import org.springframework.stereotype.Component;

/** A repair is escalated once its sign-off failed and it was dispatched again ({@link RepairProcess.Vars#ESCALATIONS}). */
@Component
public class RepairEscalations implements EscalationMarker {

  @Override
  public String variableName() {
    return RepairProcess.Vars.ESCALATIONS;
  }
}
