package com.aftersales.flows.consultation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.consultation.*}: due dates of consultation.bpmn that the rulebook does not fix (calendar
 * expressions). The answer itself is due by the response commitment of intake (24 hours, rulebook 002).
 *
 * @param compileDue the sales office's written report of a suggestion or quality feedback to the general manager
 *     (000 article 6 names no time): "2 working days", the project's choice
 * @param instructionDue the general manager's instruction: "3 working days", the project's choice
 * @param followThroughDue each check of the follow-through (000 articles 7 and 9 name no time): "10 working days",
 *     the project's choice
 */
@ConfigurationProperties("aftersales.consultation")
public record ConsultationProperties(String compileDue, String instructionDue, String followThroughDue) {

  public static final String DEFAULT_COMPILE_DUE = "2 working days";
  public static final String DEFAULT_INSTRUCTION_DUE = "3 working days";
  public static final String DEFAULT_FOLLOW_THROUGH_DUE = "10 working days";

  public ConsultationProperties {
    compileDue = orDefault(compileDue, DEFAULT_COMPILE_DUE);
    instructionDue = orDefault(instructionDue, DEFAULT_INSTRUCTION_DUE);
    followThroughDue = orDefault(followThroughDue, DEFAULT_FOLLOW_THROUGH_DUE);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
