package com.aftersales.tasklist;

/**
 * A process variable whose value above 0 marks a case as escalated, for the saved filter "Escalated". Each
 * flow that escalates counts it in a variable of its own and declares it as a bean of this type, so the
 * tasklist package names no feature's variable (and a renamed variable cannot leave the filter behind).
 */
@FunctionalInterface
public interface EscalationMarker {

  /** The process variable; the filter lists tasks of cases where it is greater than 0. */
  String variableName();
}
