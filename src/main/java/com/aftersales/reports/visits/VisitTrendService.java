package com.aftersales.reports.visits;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.flows.visit.VisitProcess.Status;
import com.aftersales.flows.visit.VisitProperties;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of {@link VisitTrend} from the application's table return_visit: {@code due_at} (the first contact window's
 * close), {@code status}, {@code visited_at}, {@code satisfaction} and {@code complaint_case_number}. Each figure is
 * one grouped query; the week of a row is a CASE over the weeks' boundaries (portable SQL, H2 and PostgreSQL).
 */
@Service
@Transactional(readOnly = true)
public class VisitTrendService {

  private final NamedParameterJdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;
  private final VisitProperties properties;

  public VisitTrendService(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar, VisitProperties properties) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.properties = properties;
  }

  /** The Monday of the week holding {@code day}. */
  public static LocalDate weekStart(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The weeks from the one holding {@code from} to the one holding {@code to}, both whole. */
  public VisitTrend weekly(LocalDate from, LocalDate to) {
    LocalDate first = weekStart(from);
    LocalDate last = weekStart(to);
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
      starts.add(w);
    }
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("visited", Status.VISITED.name())
        .addValue("unreached", Status.UNREACHED.name())
        .addValue("running", Status.DUE.name())
        .addValue("low", properties.getLowScore());
    for (int i = 0; i <= starts.size(); i++) {
      LocalDate day = i < starts.size() ? starts.get(i) : last.plusWeeks(1);
      p.addValue("b" + i, boundary(day), Types.TIMESTAMP_WITH_TIMEZONE);
    }
    Map<Integer, long[]> due = new HashMap<>(); // due, done, unreached, open
    jdbc.query("SELECT x.week, COUNT(*) AS due,"
            + " SUM(CASE WHEN x.status = :visited THEN 1 ELSE 0 END) AS done,"
            + " SUM(CASE WHEN x.status = :unreached THEN 1 ELSE 0 END) AS unreached,"
            + " SUM(CASE WHEN x.status = :running THEN 1 ELSE 0 END) AS still_open"
            + " FROM (SELECT " + weekOf("v.due_at", starts.size()) + " AS week, v.status FROM return_visit v"
            + " WHERE v.due_at >= :b0 AND v.due_at < :b" + starts.size() + ") x GROUP BY x.week",
        p, rs -> {
          due.put(rs.getInt("week"), new long[] {rs.getLong("due"), rs.getLong("done"), rs.getLong("unreached"),
              rs.getLong("still_open")});
        });
    Map<Integer, long[]> scores = new HashMap<>(); // scored, score sum, low scores, complaints
    jdbc.query("SELECT x.week, SUM(CASE WHEN x.satisfaction IS NULL THEN 0 ELSE 1 END) AS scored,"
            + " SUM(COALESCE(x.satisfaction, 0)) AS score_sum,"
            + " SUM(CASE WHEN x.satisfaction <= :low THEN 1 ELSE 0 END) AS low_scores,"
            + " SUM(CASE WHEN x.complaint_case_number IS NULL THEN 0 ELSE 1 END) AS complaints"
            + " FROM (SELECT " + weekOf("v.visited_at", starts.size()) + " AS week, v.satisfaction,"
            + " v.complaint_case_number FROM return_visit v WHERE v.status = :visited"
            + " AND v.visited_at >= :b0 AND v.visited_at < :b" + starts.size() + ") x GROUP BY x.week",
        p, rs -> {
          scores.put(rs.getInt("week"), new long[] {rs.getLong("scored"), rs.getLong("score_sum"),
              rs.getLong("low_scores"), rs.getLong("complaints")});
        });
    List<VisitTrend.Week> weeks = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      long[] d = due.getOrDefault(i, new long[4]);
      long[] s = scores.getOrDefault(i, new long[4]);
      weeks.add(new VisitTrend.Week(starts.get(i), starts.get(i).plusDays(6), d[0], d[1], d[2], d[3],
          d[0] == 0 ? null : VisitTrend.round((double) d[1] / d[0]),
          s[0], s[0] == 0 ? null : VisitTrend.round((double) s[1] / s[0]), s[2], s[3]));
    }
    return new VisitTrend(first, last.plusDays(6), calendar.zone().getId(), properties.getLowScore(), weeks);
  }

  /** CASE WHEN column < :b1 THEN 0 WHEN column < :b2 THEN 1 ... END: the index of the week the time falls in. */
  private static String weekOf(String column, int weeks) {
    if (weeks == 1) {
      return "0";
    }
    StringBuilder sql = new StringBuilder("CASE");
    for (int i = 1; i < weeks; i++) {
      sql.append(" WHEN ").append(column).append(" < :b").append(i).append(" THEN ").append(i - 1);
    }
    return sql.append(" ELSE ").append(weeks - 1).append(" END").toString();
  }

  private OffsetDateTime boundary(LocalDate day) {
    return day.atStartOfDay(calendar.zone()).toInstant().atOffset(ZoneOffset.UTC);
  }
}
