package com.aftersales.reports.staff;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.flows.repeatrepair.RepeatRepairReview;
import com.aftersales.reports.staff.StaffReport.Figures;
import com.aftersales.reports.staff.StaffReport.TaskType;
import com.aftersales.security.StaffUser;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of {@link StaffReport} from the engine's task history (ACT_HI_TASKINST: who completed which task, when,
 * against which due date; kept by the history level audit-lean) and the application's own tables (return_visit
 * scores, case_link complaints, complaint responsibility reviews, the repairs' failed spot checks in service_record).
 * A person is whoever the task was assigned to when
 * it was completed. Grouped in SQL: one year holds hundreds of thousands of tasks.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(StaffReportProperties.class)
public class StaffReportService {

  /**
   * Tasks completed by the people in the period, per person and task type, judged against their original due date:
   * a due date a manager moved (tasklist.DueDateMoves, table task_due_date_move) counts as it was before the first
   * move, so moving a commitment later never turns a late task into an on-time one.
   */
  private static final String TASKS =
      "SELECT t.ASSIGNEE_ AS person, t.PROC_DEF_KEY_ AS process_key, t.TASK_DEF_KEY_ AS task_key,"
          + " MAX(t.NAME_) AS task_name, COUNT(*) AS tasks,"
          + " SUM(CASE WHEN COALESCE(f.from_due, t.DUE_DATE_) IS NOT NULL THEN 1 ELSE 0 END) AS with_due,"
          + " SUM(CASE WHEN COALESCE(f.from_due, t.DUE_DATE_) IS NOT NULL"
          + " AND t.END_TIME_ <= COALESCE(f.from_due, t.DUE_DATE_) THEN 1 ELSE 0 END) AS on_time,"
          + " SUM(t.DURATION_) AS total_millis"
          + " FROM ACT_HI_TASKINST t"
          + " LEFT JOIN (SELECT m.task_id, m.from_due FROM task_due_date_move m"
          + " JOIN (SELECT task_id, MIN(id) AS first_id FROM task_due_date_move GROUP BY task_id) fm"
          + " ON fm.first_id = m.id) f ON f.task_id = t.ID_"
          + " WHERE t.END_TIME_ >= :from AND t.END_TIME_ < :to AND t.ASSIGNEE_ IN (:people)"
          + " AND t.DELETE_REASON_ = 'completed'"
          + " GROUP BY t.ASSIGNEE_, t.PROC_DEF_KEY_, t.TASK_DEF_KEY_";

  /**
   * Per person, from the distinct (person, case) pairs of the period (the cases, by business key, each person
   * completed a task of), built once as a common table expression and read by both branches: the cases, the scored
   * return visits of those cases and their score sum (first branch), and the complaints opened from them (second
   * branch; one complaint linked to two of a person's cases counts once). On PostgreSQL the pairs' tasks come from the
   * covering index ACT_IDX_AS_HI_TASK_DONE (db/engine/postgresql/V530_1) without touching the table.
   */
  private static final String CASE_FIGURES =
      "WITH worked AS (SELECT DISTINCT t.ASSIGNEE_ AS person, p.BUSINESS_KEY_ AS case_number"
          + " FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_"
          + " WHERE t.END_TIME_ >= :from AND t.END_TIME_ < :to AND t.ASSIGNEE_ IN (:people)"
          + " AND t.DELETE_REASON_ = 'completed' AND p.BUSINESS_KEY_ IS NOT NULL)"
          + " SELECT w.person, COUNT(*) AS cases, COALESCE(SUM(s.visits), 0) AS visits,"
          + " COALESCE(SUM(s.score_sum), 0) AS score_sum, 0 AS complaints FROM worked w"
          + " LEFT JOIN (SELECT v.case_number, COUNT(*) AS visits, SUM(v.satisfaction) AS score_sum FROM return_visit v"
          + " WHERE v.satisfaction IS NOT NULL GROUP BY v.case_number) s ON s.case_number = w.case_number"
          + " GROUP BY w.person"
          + " UNION ALL"
          + " SELECT w.person, 0, 0, 0, COUNT(DISTINCT l.case_number) FROM worked w"
          + " JOIN case_link l ON l.related_case_number = w.case_number AND l.relation = 'complaint-of'"
          + " GROUP BY w.person";

  /**
   * Who the people are, in one query: name and groups (with the groups' names) from the engine's identity tables
   * (the database identity provider, security.GuardedIdentityProvider), instead of two identity queries per person.
   */
  private static final String IDENTITIES =
      "SELECT u.ID_ AS user_id, u.FIRST_ AS first_name, u.LAST_ AS last_name, g.ID_ AS group_id,"
          + " g.NAME_ AS group_name FROM ACT_ID_USER u"
          + " LEFT JOIN ACT_ID_MEMBERSHIP m ON m.USER_ID_ = u.ID_ LEFT JOIN ACT_ID_GROUP g ON g.ID_ = m.GROUP_ID_"
          + " WHERE u.ID_ IN (:people)";

  /** Repeat-complaint reviews naming a person (by user id or full name), of complaints opened in the period. */
  private static final String REVIEWS =
      "SELECT c.responsible_person AS named, COUNT(*) AS reviews FROM complaint c"
          + " JOIN service_case s ON s.case_number = c.case_number"
          + " WHERE c.responsible_person IS NOT NULL AND s.opened_at >= :fromTz AND s.opened_at < :toTz"
          + " GROUP BY c.responsible_person";

  /** Repairs that failed a quality spot check (003 四.2), counted against the engineer who did them. */
  private static final String SPOT_CHECKS_FAILED =
      "SELECT r.engineer AS person, COUNT(*) AS failed FROM service_record r"
          + " WHERE r.action = '" + RepairProcess.Actions.SPOT_CHECK_FAILED + "' AND r.engineer IN (:people)"
          + " AND r.recorded_at >= :fromTz AND r.recorded_at < :toTz GROUP BY r.engineer";

  /** Repeat repairs a service manager judged a repair-quality fault of the earlier repair (003 四3), per engineer. */
  private static final String REPAIR_QUALITY_FAULTS =
      "SELECT r.engineer AS person, COUNT(*) AS faults FROM service_record r"
          + " WHERE r.action = '" + RepeatRepairReview.Actions.REPAIR_QUALITY_FAULT + "' AND r.engineer IN (:people)"
          + " AND r.recorded_at >= :fromTz AND r.recorded_at < :toTz GROUP BY r.engineer";

  /** Memory for the hashing of one report's statements on PostgreSQL (SET LOCAL: this transaction only). */
  static final String WORK_MEM = "64MB";

  private final NamedParameterJdbcTemplate jdbc;
  private volatile Boolean postgres;
  private final IdentityService identityService;
  private final StaffReportProperties properties;
  private final WorkingDayCalendar calendar;

  public StaffReportService(
      NamedParameterJdbcTemplate jdbc,
      IdentityService identityService,
      StaffReportProperties properties,
      WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.properties = properties;
    this.calendar = calendar;
  }

  /** The staff whose figures {@code viewer} may see: everyone, the members of the groups they manage, or themselves. */
  public Set<String> visibleTo(StaffUser viewer) {
    Set<String> visible = new TreeSet<>();
    visible.add(viewer.id());
    if (viewer.groups().stream().anyMatch(properties.getAllGroups()::contains)) {
      identityService.createUserQuery().list().forEach(u -> visible.add(u.getId()));
      return visible;
    }
    for (String group : viewer.groups()) {
      for (String managed : properties.getManages().getOrDefault(group, List.of())) {
        identityService.createUserQuery().memberOfGroup(managed).list().forEach(u -> visible.add(u.getId()));
      }
    }
    return visible;
  }

  /** The report for {@code people} over the days {@code from} to {@code to} (inclusive, company calendar). */
  public StaffReport report(LocalDate from, LocalDate to, Collection<String> people) {
    List<String> ids = List.copyOf(new LinkedHashSet<>(people));
    if (ids.isEmpty()) {
      return new StaffReport(from, to, List.of(), List.of());
    }
    MapSqlParameterSource p = period(from, to).addValue("people", ids);
    if (postgres()) {
      // For this read-only transaction only (SET LOCAL). Plans for the period and people asked: after five runs of a
      // statement on a pooled connection (the driver then prepares it on the server) PostgreSQL would reuse a generic
      // plan that guesses a few hundred tasks and walks a year of them by nested loops (805,779 pages instead of
      // 6,084 for the cases of one year). The distinct (person, case) pairs of a year (some 200,000) are hashed in
      // about 30 MB and kept for the second branch; with the default 4 MB both would go to temporary files.
      jdbc.getJdbcTemplate().execute("SET LOCAL plan_cache_mode = force_custom_plan");
      jdbc.getJdbcTemplate().execute("SET LOCAL work_mem = '" + WORK_MEM + "'");
    }
    Map<String, List<TaskType>> types = new HashMap<>();
    Map<String, long[]> counts = new HashMap<>(); // tasks, withDue, onTime, totalMillis
    jdbc.query(TASKS, p, rs -> {
      String person = rs.getString("person");
      long tasks = rs.getLong("tasks");
      long millis = rs.getLong("total_millis");
      types.computeIfAbsent(person, k -> new ArrayList<>()).add(new TaskType(rs.getString("process_key"),
          rs.getString("task_key"), rs.getString("task_name"), tasks, tasks == 0 ? 0 : millis / 60000.0 / tasks));
      long[] c = counts.computeIfAbsent(person, k -> new long[4]);
      c[0] += tasks;
      c[1] += rs.getLong("with_due");
      c[2] += rs.getLong("on_time");
      c[3] += millis;
    });
    Map<String, long[]> caseFigures = new HashMap<>(); // cases, visits, scoreSum, complaints
    jdbc.query(CASE_FIGURES, p, rs -> {
      long[] f = caseFigures.computeIfAbsent(rs.getString("person"), k -> new long[4]);
      f[0] += rs.getLong("cases");
      f[1] += rs.getLong("visits");
      f[2] += rs.getLong("score_sum");
      f[3] += rs.getLong("complaints");
    });
    Map<String, Long> spotChecksFailed = longs(SPOT_CHECKS_FAILED, p, "failed");
    Map<String, Long> qualityFaults = longs(REPAIR_QUALITY_FAULTS, p, "faults");
    Map<String, Long> reviews = new HashMap<>();
    jdbc.query(REVIEWS, p, rs -> {
      reviews.put(rs.getString("named"), rs.getLong("reviews"));
    });

    Map<String, String> names = new HashMap<>();
    Map<String, Set<String>> memberOf = new HashMap<>();
    Map<String, String> groupNames = new HashMap<>();
    jdbc.query(IDENTITIES, p, rs -> {
      String id = rs.getString("user_id");
      names.put(id, fullName(id, rs.getString("first_name"), rs.getString("last_name")));
      Set<String> of = memberOf.computeIfAbsent(id, k -> new TreeSet<>());
      String group = rs.getString("group_id");
      if (group != null) {
        of.add(group);
        groupNames.put(group, rs.getString("group_name"));
      }
    });

    List<StaffReport.Person> persons = new ArrayList<>();
    Map<String, List<String>> groupMembers = new java.util.TreeMap<>();
    Map<String, Accumulator> groupFigures = new HashMap<>();
    for (String id : ids) {
      String name = names.getOrDefault(id, id);
      long[] c = counts.getOrDefault(id, new long[4]);
      long[] f = caseFigures.getOrDefault(id, new long[4]);
      long reviewed = reviews.getOrDefault(id, 0L) + (name.equals(id) ? 0 : reviews.getOrDefault(name, 0L));
      Accumulator a = new Accumulator(f[0], c[0], c[1], c[2], c[3], f[1], f[2], f[3], reviewed,
          spotChecksFailed.getOrDefault(id, 0L), qualityFaults.getOrDefault(id, 0L));
      List<String> groups = List.copyOf(memberOf.getOrDefault(id, Set.of()));
      List<TaskType> personTypes = new ArrayList<>(types.getOrDefault(id, List.of()));
      personTypes.sort((x, y) -> (x.processKey() + x.taskKey()).compareTo(y.processKey() + y.taskKey()));
      persons.add(new StaffReport.Person(id, name, groups, a.figures(), personTypes));
      for (String g : groups) {
        groupMembers.computeIfAbsent(g, k -> new ArrayList<>()).add(id);
        groupFigures.computeIfAbsent(g, k -> new Accumulator(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).add(a);
      }
    }
    List<StaffReport.Group> groups = new ArrayList<>();
    groupMembers.forEach((g, members) ->
        groups.add(new StaffReport.Group(g, groupNames.get(g), members, groupFigures.get(g).figures())));
    return new StaffReport(from, to, persons, groups);
  }

  private boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      String product = jdbc.getJdbcTemplate().execute(
          (java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
      known = "PostgreSQL".equals(product);
      postgres = known;
    }
    return known;
  }

  private MapSqlParameterSource period(LocalDate from, LocalDate to) {
    java.time.Instant start = from.atStartOfDay(calendar.zone()).toInstant();
    java.time.Instant end = to.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    return new MapSqlParameterSource()
        .addValue("from", Timestamp.from(start))
        .addValue("to", Timestamp.from(end))
        .addValue("fromTz", start.atOffset(java.time.ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
        .addValue("toTz", end.atOffset(java.time.ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
  }

  private Map<String, Long> longs(String sql, MapSqlParameterSource p, String column) {
    Map<String, Long> result = new HashMap<>();
    jdbc.query(sql, p, rs -> {
      result.put(rs.getString("person"), rs.getLong(column));
    });
    return result;
  }

  private static String fullName(String id, String first, String last) {
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    return name.isEmpty() ? id : name;
  }

  /** Sums of one person or group, turned into shares and averages at the end. */
  private static final class Accumulator {
    long cases;
    long tasks;
    long withDue;
    long onTime;
    long millis;
    long visits;
    long scoreSum;
    long complaints;
    long reviews;
    long spotChecksFailed;
    long repairQualityFaults;

    Accumulator(long cases, long tasks, long withDue, long onTime, long millis, long visits, long scoreSum,
        long complaints, long reviews, long spotChecksFailed, long repairQualityFaults) {
      this.cases = cases;
      this.tasks = tasks;
      this.withDue = withDue;
      this.onTime = onTime;
      this.millis = millis;
      this.visits = visits;
      this.scoreSum = scoreSum;
      this.complaints = complaints;
      this.reviews = reviews;
      this.spotChecksFailed = spotChecksFailed;
      this.repairQualityFaults = repairQualityFaults;
    }

    void add(Accumulator o) {
      cases += o.cases;
      tasks += o.tasks;
      withDue += o.withDue;
      onTime += o.onTime;
      millis += o.millis;
      visits += o.visits;
      scoreSum += o.scoreSum;
      complaints += o.complaints;
      reviews += o.reviews;
      spotChecksFailed += o.spotChecksFailed;
      repairQualityFaults += o.repairQualityFaults;
    }

    Figures figures() {
      return new Figures(cases, tasks, withDue, onTime,
          withDue == 0 ? null : StaffReport.round((double) onTime / withDue),
          tasks == 0 ? null : StaffReport.round(millis / 60000.0 / tasks),
          visits,
          visits == 0 ? null : StaffReport.round((double) scoreSum / visits),
          complaints, reviews, spotChecksFailed, repairQualityFaults);
    }
  }
}
