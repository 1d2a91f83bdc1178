package com.aftersales.flows;

import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.LinkedCaseStarter;
import com.aftersales.intake.FlowRegistry;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A problem found on a visit (installation, maintenance) opens a repair or parts case for the same customer and
 * product, linked to the visit's case ({@code repair-of}, {@code parts-of}), with the flow intake starts for that
 * type. Input parameter {@code followOnType}; the problem as the visitor wrote it goes along as
 * {@code originProblem}. Idempotent per case and type (LinkedCaseStarter), as jobs run at least once.
 */
@Component("openFollowOnCaseDelegate")
public class OpenFollowOnCaseDelegate implements JavaDelegate {

  public static final String FOLLOW_ON_TYPE = "followOnType";
  public static final String FOLLOW_ON_CASE_NUMBER = "followOnCaseNumber";
  public static final String ORIGIN_PROBLEM = "originProblem";
  /** The visit's own variable holding the problem found. */
  public static final String FOLLOW_ON_NOTE = "followOnNote";

  private final LinkedCaseStarter starter;
  private final FlowRegistry flows;

  public OpenFollowOnCaseDelegate(LinkedCaseStarter starter, FlowRegistry flows) {
    this.starter = starter;
    this.flows = flows;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String type = Steps.required(execution, FOLLOW_ON_TYPE);
    if (!type.equals("repair") && !type.equals("parts")) {
      throw new IllegalArgumentException("followOnType must be repair or parts: " + type);
    }
    String problem = Steps.string(execution, FOLLOW_ON_NOTE);
    String opened = starter.start(Steps.required(execution, CaseVariables.CASE_NUMBER), type,
        flows.flowFor(type).processKey(), problem == null ? Map.of() : Map.of(ORIGIN_PROBLEM, problem));
    execution.getProcessInstance().setVariable(FOLLOW_ON_CASE_NUMBER, opened);
  }
}
