package com.aftersales.reports.sla;

import com.aftersales.calendar.StaffTimes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the SLA report and its case lists from the commitments, at the engine clock's time. */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(SlaProperties.class)
public class SlaReportService {

  private final List<Commitment> commitments;
  private final SlaProperties properties;
  private final StaffTimes times;
  private final TaskService taskService;

  /** The commitments in their {@code @Order}, which is the dashboard's row order. */
  public SlaReportService(
      List<Commitment> commitments, SlaProperties properties, StaffTimes times, TaskService taskService) {
    this.commitments = List.copyOf(commitments);
    this.properties = properties;
    this.times = times;
    this.taskService = taskService;
  }

  public List<Commitment> commitments() {
    return commitments;
  }

  public Optional<Commitment> commitment(String id) {
    return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public SlaPeriod period() {
    return SlaPeriod.of(ClockUtil.getCurrentTime().toInstant(), properties.getWindowDays(),
        properties.getDueSoonHours());
  }

  public SlaReport report() {
    SlaPeriod period = period();
    List<SlaReport.Row> rows = new ArrayList<>();
    for (Commitment commitment : commitments) {
      Map<Bucket, Integer> counts = new EnumMap<>(Bucket.class);
      for (SlaCase c : commitment.cases(period)) {
        for (Bucket b : period.buckets(c)) {
          counts.merge(b, 1, Integer::sum);
        }
      }
      int met = counts.getOrDefault(Bucket.MET, 0);
      int missed = counts.getOrDefault(Bucket.MISSED, 0);
      rows.add(new SlaReport.Row(commitment.id(), commitment.name(), commitment.target(),
          counts.getOrDefault(Bucket.OPEN, 0), counts.getOrDefault(Bucket.DUE_SOON, 0),
          counts.getOrDefault(Bucket.BREACHED, 0), met, missed, SlaReport.Row.percent(met, missed),
          "/api/reports/sla/" + commitment.id() + "/cases", counts.getOrDefault(Bucket.MOVED, 0)));
    }
    return new SlaReport(period.now(), properties.getWindowDays(), period.windowStart(),
        properties.getDueSoonHours(), rows, times.zone().getId());
  }

  /**
   * The cases behind one figure, most urgent (earliest due) first, each with its current task, who holds it and
   * how late it is, so a supervisor sees whom to ask without opening every case.
   */
  public SlaCaseList cases(Commitment commitment, Bucket bucket) {
    SlaPeriod period = period();
    List<SlaCase> cases = commitment.cases(period).stream()
        .filter(c -> period.buckets(c).contains(bucket))
        .sorted(Comparator.comparing(SlaCase::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(SlaCase::startedAt, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
    Map<String, SlaCaseList.OpenTasks> open = openTasks(cases);
    List<SlaCaseList.Item> items = cases.stream()
        .map(c -> SlaCaseList.Item.of(c, open.getOrDefault(c.processInstanceId(), SlaCaseList.OpenTasks.NONE),
            period.now()))
        .toList();
    return new SlaCaseList(commitment.id(), bucket.key(), period.now(), items.size(), items);
  }

  /** Open tasks per process instance, oldest first, in one query for the whole list. */
  private Map<String, SlaCaseList.OpenTasks> openTasks(List<SlaCase> cases) {
    String[] instances = cases.stream().map(SlaCase::processInstanceId).filter(java.util.Objects::nonNull)
        .distinct().toArray(String[]::new);
    if (instances.length == 0) {
      return Map.of();
    }
    Map<String, List<Task>> byInstance = new java.util.HashMap<>();
    taskService.createTaskQuery().processInstanceIdIn(instances).orderByTaskCreateTime().asc().list()
        .forEach(task -> byInstance.computeIfAbsent(task.getProcessInstanceId(), id -> new ArrayList<>()).add(task));
    Map<String, SlaCaseList.OpenTasks> open = new java.util.HashMap<>();
    byInstance.forEach((instance, tasks) -> open.put(instance, new SlaCaseList.OpenTasks(
        joined(tasks.stream().map(Task::getName).toList()),
        joined(tasks.stream().map(Task::getAssignee).toList()))));
    return open;
  }

  private static String joined(List<String> values) {
    List<String> present = values.stream().filter(java.util.Objects::nonNull).distinct().toList();
    return present.isEmpty() ? null : String.join(", ", present);
  }
}
