package com.aftersales.selfservice;

import com.aftersales.desk.CaseFile.Moment;

/**
 * What the customer's status page shows: the case's state and the next step with its date, nothing personal (no
 * name, phone, address, product or description: the page answers whoever knows a case number and four digits).
 *
 * @param nextStep {@code task}: a member of staff works on it (its name), {@code scheduled}: the process waits
 *     until the date, {@code none}: nothing is pending (a closed case)
 */
public record CaseStatus(
    String caseNumber, String type, String status, boolean open, Moment openedAt, Moment closedAt, NextStep nextStep) {

  public record NextStep(String kind, String name, Moment due) {

    public static final String TASK = "task";
    public static final String SCHEDULED = "scheduled";
    public static final String NONE = "none";
  }
}
