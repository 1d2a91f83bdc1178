package com.aftersales.flows.exchange;

import com.aftersales.flows.exchange.ExchangeProcess.Approval;
import com.aftersales.variables.Variable;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;

/**
 * The three signatures an exchange needs, in order (rulebook article 8): the regional manager signs,
 * the sales office checks the returned product and adds its opinion, the general manager decides. Each
 * one's form writes {@code <prefix>Decision} and {@code <prefix>Comment}; the approval listener adds
 * {@code <prefix>By} and {@code <prefix>At}.
 */
public enum Approver {
  REGIONAL_MANAGER("regionalManager", "区域市场负责人", ExchangeProcess.Ids.SIGN_AS_REGIONAL_MANAGER),
  SALES_OFFICE("salesOffice", "销售办公室", ExchangeProcess.Ids.CHECK_RETURNED_PRODUCT),
  GENERAL_MANAGER("generalManager", "总经理", ExchangeProcess.Ids.DECIDE_AS_GENERAL_MANAGER);

  private final String prefix;
  private final String label;
  private final String taskId;
  private final Variable<Approval> decision;
  private final Variable<String> comment;
  private final Variable<String> by;
  private final Variable<Date> at;

  Approver(String prefix, String label, String taskId) {
    this.prefix = prefix;
    this.label = label;
    this.taskId = taskId;
    this.decision = Variable.oneOf(decisionVariable(), Approval.class);
    this.comment = Variable.text(commentVariable());
    this.by = Variable.text(byVariable());
    this.at = Variable.dateTime(atVariable());
  }

  public static Optional<Approver> forTask(String taskDefinitionKey) {
    return Arrays.stream(values()).filter(a -> a.taskId.equals(taskDefinitionKey)).findFirst();
  }

  /** Who it is, as the staff say it ("区域市场负责人"); used in records, forms and mails. */
  public String label() {
    return label;
  }

  public String taskId() {
    return taskId;
  }

  public String decisionVariable() {
    return prefix + "Decision";
  }

  public String commentVariable() {
    return prefix + "Comment";
  }

  public String byVariable() {
    return prefix + "By";
  }

  public String atVariable() {
    return prefix + "At";
  }

  /** The approver's decision, typed. */
  public Variable<Approval> decision() {
    return decision;
  }

  public Variable<String> comment() {
    return comment;
  }

  /** Who signed (the approval listener writes it). */
  public Variable<String> by() {
    return by;
  }

  /** When they signed (the approval listener writes it). */
  public Variable<Date> at() {
    return at;
  }

  /** ServiceRecord action, e.g. APPROVAL_REGIONAL_MANAGER. */
  public String recordAction() {
    return "APPROVAL_" + name();
  }
}
