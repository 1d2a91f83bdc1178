package com.aftersales.reports.sla;

import com.aftersales.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A commitment on how long one activity of a flow may run: it starts when the activity starts, is due a fixed
 * duration later (a calendar expression such as {@code 7 working days}, counted like the flow's own timers), and
 * is kept when the activity completes. Cancelled activities (case withdrawn, instance deleted) do not count.
 * Source: the engine's historic activity instances.
 */
abstract class ActivityCommitment implements Commitment {

  private final ObjectProvider<HistoryService> historyService;
  private final WorkingDayCalendar calendar;
  private final CaseNumbers caseNumbers;

  ActivityCommitment(
      ObjectProvider<HistoryService> historyService, WorkingDayCalendar calendar, CaseNumbers caseNumbers) {
    this.historyService = historyService;
    this.calendar = calendar;
    this.caseNumbers = caseNumbers;
  }

  /** Process definition key of the flow. */
  abstract String processKey();

  /** The activity whose duration is committed. */
  abstract String activityId();

  /** How long the activity may take, as a calendar expression. */
  abstract String allowed();

  /** The rule: due = start + {@link #allowed()} in the company calendar; kept when the activity completes. */
  SlaCase toCase(String caseNumber, String processInstanceId, Instant startedAt, Instant endedAt) {
    Instant due = calendar.plus(Date.from(startedAt), allowed()).toInstant();
    return new SlaCase(caseNumber, processInstanceId, null, startedAt, due, endedAt);
  }

  @Override
  public List<SlaCase> cases(SlaPeriod period) {
    Map<String, HistoricActivityInstance> found = new LinkedHashMap<>();
    HistoryService history = historyService.getObject();
    history.createHistoricActivityInstanceQuery().activityId(activityId()).unfinished()
        .orderByHistoricActivityInstanceStartTime().asc().list()
        .forEach(a -> found.put(a.getId(), a));
    history.createHistoricActivityInstanceQuery().activityId(activityId())
        .finishedAfter(Date.from(period.windowStart()))
        .orderByHistoricActivityInstanceStartTime().asc().list()
        .forEach(a -> found.put(a.getId(), a));
    List<HistoricActivityInstance> relevant = found.values().stream()
        .filter(a -> processKey().equals(a.getProcessDefinitionKey()))
        .filter(a -> !a.isCanceled())
        .toList();
    Map<String, String> numbers =
        caseNumbers.of(relevant.stream().map(HistoricActivityInstance::getProcessInstanceId).toList());
    List<SlaCase> cases = new ArrayList<>();
    for (HistoricActivityInstance a : relevant) {
      cases.add(toCase(numbers.get(a.getProcessInstanceId()), a.getProcessInstanceId(),
          a.getStartTime().toInstant(), CaseNumbers.instant(a.getEndTime())));
    }
    return cases;
  }
}
