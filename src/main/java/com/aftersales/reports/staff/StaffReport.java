package com.aftersales.reports.staff;

import com.aftersales.reports.Csv;
import java.time.LocalDate;
import java.util.List;

/**
 * Staff performance over a period (issue #18, 003 二.3 考核: quality, response, satisfaction): per person and per
 * group, the cases and tasks they completed, the share done by the task's due date, the average time per task type,
 * the satisfaction the return visits found on their cases and the complaints that followed them.
 */
public record StaffReport(LocalDate from, LocalDate to, List<Person> people, List<Group> groups) {

  /** Average time of one task type (process and task definition) completed by a person. */
  public record TaskType(String processKey, String taskKey, String taskName, long tasks, double averageMinutes) {}

  public record Person(
      String userId,
      String name,
      List<String> groups,
      Figures figures,
      List<TaskType> taskTypes) {}

  public record Group(String groupId, String name, List<String> members, Figures figures) {}

  /**
   * @param onTimeShare tasksOnTime / tasksWithDueDate, null when none had a due date
   * @param averageSatisfaction average return-visit score (1..5) of the cases they worked on, null without visits
   * @param complaintsAttributed complaints opened from the cases they worked on (complaint-of)
   * @param responsibilityReviews repeat-complaint reviews naming them as responsible
   * @param spotChecksFailed their repairs that failed a quality spot check in the period and went back for rework
   *     (003 四.2)
   * @param repairQualityFaults their repairs whose repeat repair a service manager judged a repair-quality fault in
   *     the period (003 四3, repeat-repair-review)
   */
  public record Figures(
      long casesHandled,
      long tasksHandled,
      long tasksWithDueDate,
      long tasksOnTime,
      Double onTimeShare,
      Double averageMinutes,
      long visitsScored,
      Double averageSatisfaction,
      long complaintsAttributed,
      long responsibilityReviews,
      long spotChecksFailed,
      long repairQualityFaults) {}

  /** One table: a row per person, per group and per person's task type (section column tells which). */
  public String csv() {
    Csv csv = Csv.withHeader("section", "id", "name", "taskType", "casesHandled", "tasksHandled", "tasksWithDueDate",
        "tasksOnTime", "onTimeShare", "averageMinutes", "visitsScored", "averageSatisfaction", "complaintsAttributed",
        "responsibilityReviews", "spotChecksFailed", "repairQualityFaults", "from", "to");
    for (Person p : people) {
      figures(csv, "person", p.userId(), p.name(), null, p.figures());
    }
    for (Group g : groups) {
      figures(csv, "group", g.groupId(), g.name(), null, g.figures());
    }
    for (Person p : people) {
      for (TaskType t : p.taskTypes()) {
        csv.row("taskType", p.userId(), t.taskName(), t.processKey() + ":" + t.taskKey(), null, t.tasks(), null, null,
            null, round(t.averageMinutes()), null, null, null, null, null, null, from, to);
      }
    }
    return csv.toString();
  }

  private void figures(Csv csv, String section, String id, String name, String type, Figures f) {
    csv.row(section, id, name, type, f.casesHandled(), f.tasksHandled(), f.tasksWithDueDate(), f.tasksOnTime(),
        round(f.onTimeShare()), round(f.averageMinutes()), f.visitsScored(), round(f.averageSatisfaction()),
        f.complaintsAttributed(), f.responsibilityReviews(), f.spotChecksFailed(), f.repairQualityFaults(), from, to);
  }

  static Double round(Double value) {
    return value == null ? null : Math.round(value * 1000.0) / 1000.0;
  }
}
