package com.aftersales.customers.destruction;

import java.util.Arrays;
import java.util.Optional;

/** The three approvals of 6.10, in the rulebook's order, with the task and the form fields of each. */
public enum ApprovalStep {
  SUPERVISOR("客户信息主管", DestructionProcess.Elements.APPROVE_AS_SUPERVISOR, "supervisorDecision",
      "supervisorComment", "supervisor"),
  SERVICE_MANAGER("客户服务部经理", DestructionProcess.Elements.APPROVE_AS_SERVICE_MANAGER, "serviceManagerDecision",
      "serviceManagerComment", "service_manager"),
  GENERAL_MANAGER("总经理", DestructionProcess.Elements.APPROVE_AS_GENERAL_MANAGER, "generalManagerDecision",
      "generalManagerComment", "general_manager");

  private final String label;
  private final String taskId;
  private final String decisionVariable;
  private final String commentVariable;
  private final String column;

  ApprovalStep(String label, String taskId, String decisionVariable, String commentVariable, String column) {
    this.label = label;
    this.taskId = taskId;
    this.decisionVariable = decisionVariable;
    this.commentVariable = commentVariable;
    this.column = column;
  }

  public String label() {
    return label;
  }

  public String taskId() {
    return taskId;
  }

  public String decisionVariable() {
    return decisionVariable;
  }

  public String commentVariable() {
    return commentVariable;
  }

  /** The prefix of the archive_destruction columns {@code _by} and {@code _at} of this step. */
  String column() {
    return column;
  }

  public static Optional<ApprovalStep> forTask(String taskDefinitionKey) {
    return Arrays.stream(values()).filter(s -> s.taskId.equals(taskDefinitionKey)).findFirst();
  }
}
