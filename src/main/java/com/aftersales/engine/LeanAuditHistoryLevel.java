package com.aftersales.engine;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;

/**
 * History level {@code audit-lean}: Camunda's {@code audit} plus the audit trail, without two kinds of rows nobody
 * reads.
 *
 * <p>On top of {@code audit} it keeps what an after-sales department needs to answer "who did what on this case,
 * and on what grounds" ({@link #AUDIT_TRAIL}): the user operation log (who claimed, assigned, completed, changed a
 * due date, deployed, migrated, suspended, deleted; Cockpit's and the REST API's "user operation log") and the
 * decision history (every warranty, eligibility, routing and price decision with its inputs and the matched rule),
 * and incidents with their resolution. What it still leaves out of history, and why, is listed in
 * docs/operations.md ("What history keeps").
 *
 * <p>Left out:
 * <ul>
 *   <li>Gateways' activity instances. A gateway is passed in the same instant it is reached; the case view, the
 *       SLA report and Cockpit show tasks and events, and which way a gateway went is visible from what came
 *       next. About a tenth of a case's history rows (docs/performance.md).
 *   <li>Variables the features declare as step-only ({@link StepOnlyVariables} beans): the mail step's input
 *       parameters and dedup counter, the complaint's escalation bookkeeping. Each such feature says in its bean
 *       why nobody reads the rows.
 * </ul>
 *
 * <p>It keeps audit's id (2): the engine refuses to start when the configured level's id differs from the one
 * stored in the database, so a database can go from {@code audit} to {@code audit-lean} and back.
 */
public final class LeanAuditHistoryLevel implements HistoryLevel {

  public static final String NAME = "audit-lean";

  private static final Set<String> GATEWAYS =
      Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway");

  private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(
      HistoryEventTypes.ACTIVITY_INSTANCE_START, HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE,
      HistoryEventTypes.ACTIVITY_INSTANCE_END, HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE);

  private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(
      HistoryEventTypes.VARIABLE_INSTANCE_CREATE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
      HistoryEventTypes.VARIABLE_INSTANCE_DELETE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE);

  /** Produced although {@code audit} does not produce them: the audit trail. */
  static final Set<HistoryEventType> AUDIT_TRAIL = Set.of(
      HistoryEventTypes.USER_OPERATION_LOG,
      HistoryEventTypes.DMN_DECISION_EVALUATE,
      HistoryEventTypes.INCIDENT_CREATE, HistoryEventTypes.INCIDENT_RESOLVE, HistoryEventTypes.INCIDENT_DELETE,
      HistoryEventTypes.INCIDENT_MIGRATE, HistoryEventTypes.INCIDENT_UPDATE);

  private final List<StepOnlyVariables> stepOnly;

  /** Audit without gateways, keeping every variable. */
  public LeanAuditHistoryLevel() {
    this(List.of());
  }

  public LeanAuditHistoryLevel(List<StepOnlyVariables> stepOnly) {
    this.stepOnly = List.copyOf(stepOnly);
  }

  @Override
  public int getId() {
    return HistoryLevel.HISTORY_LEVEL_AUDIT.getId();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (AUDIT_TRAIL.contains(eventType)) {
      return true;
    }
    if (!HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity)) {
      return false;
    }
    // entity null: the engine asks whether the event type is produced at all (e.g. when parsing models)
    if (entity instanceof PvmExecutionImpl execution && ACTIVITY_EVENTS.contains(eventType)) {
      return !isGateway(execution.getActivity());
    }
    if (entity instanceof VariableInstanceEntity variable && VARIABLE_EVENTS.contains(eventType)) {
      return !isStepOnly(variable.getName());
    }
    return true;
  }

  static boolean isGateway(PvmActivity activity) {
    return activity != null && GATEWAYS.contains(activity.getProperties().get(BpmnProperties.TYPE));
  }

  boolean isStepOnly(String name) {
    return name != null && stepOnly.stream().anyMatch(variables -> variables.contains(name));
  }
}
