package com.aftersales.flows.parts;

import com.aftersales.calendar.DatabaseTimes;
import com.aftersales.calendar.WorkingDayCalendar;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse's summary of booked-in parts (补件入库汇总表), due at 08:00 every working day. It reports every
 * booking since the previous summary up to midnight, so Monday's summary covers Friday, Saturday and Sunday.
 * One summary per date (table parts_daily_summary): a second run on the same day reports nothing again.
 */
@Service
@Transactional
public class DailySummaries {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final NamedParameterJdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;

  public DailySummaries(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  public record Summary(LocalDate date, Instant from, Instant to, int orderCount, String text) {
    /** "2026-03-06 00:00 至 2026-03-09 00:00 (Asia/Shanghai)": in the given zone, labelled with it. */
    public String period(java.time.ZoneId zone) {
      return (from == null ? "首次入库" : TIME.format(from.atZone(zone))) + " 至 " + TIME.format(to.atZone(zone))
          + " (" + zone.getId() + ")";
    }
  }

  public java.time.ZoneId zone() {
    return calendar.zone();
  }

  /** The day of the engine clock in the company's zone. */
  public LocalDate today() {
    return calendar.now().toInstant().atZone(calendar.zone()).toLocalDate();
  }

  /**
   * Compiles and stores the summary of {@code day}; empty on a non-working day or when the day's summary exists.
   */
  public Optional<Summary> compile(LocalDate day) {
    if (!calendar.isWorkingDay(day)) {
      return Optional.empty();
    }
    MapSqlParameterSource p = new MapSqlParameterSource("day", day);
    Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM parts_daily_summary WHERE summary_date = :day", p,
        Integer.class);
    if (done > 0) {
      return Optional.empty();
    }
    Instant to = day.atStartOfDay(calendar.zone()).toInstant();
    Instant from = jdbc.query("SELECT period_to FROM parts_daily_summary WHERE summary_date < :day"
            + " ORDER BY summary_date DESC", p, (rs, i) -> DatabaseTimes.instant(rs, "period_to"))
        .stream().findFirst().orElse(null);
    MapSqlParameterSource q = new MapSqlParameterSource().addValue("to", DatabaseTimes.timestamp(to), Types.TIMESTAMP_WITH_TIMEZONE);
    String since = "";
    if (from != null) {
      since = " AND o.booked_at >= :from";
      q.addValue("from", DatabaseTimes.timestamp(from), Types.TIMESTAMP_WITH_TIMEZONE);
    }
    List<String> rows = jdbc.query("SELECT o.request_number, o.order_no, o.kind, o.booked_at, o.location, r.case_number,"
            + " r.customer_name FROM parts_order o JOIN parts_request r ON r.request_number = o.request_number"
            + " WHERE o.booked_at IS NOT NULL AND o.booked_at < :to" + since
            + " ORDER BY o.booked_at, o.request_number, o.order_no", q,
        (rs, i) -> {
          ZonedDateTime booked = DatabaseTimes.instant(rs, "booked_at").atZone(calendar.zone());
          String number = rs.getString("request_number");
          int orderNo = rs.getInt("order_no");
          String parts = jdbc.query("SELECT part_name, part_size, colour, quantity FROM parts_request_line"
                  + " WHERE request_number = :n AND order_no = :o ORDER BY line_no",
              new MapSqlParameterSource("n", number).addValue("o", orderNo),
              (l, j) -> l.getString("part_name") + (l.getString("part_size") == null ? "" : " " + l.getString("part_size")
                  + " 米") + " " + l.getString("colour") + " ×" + l.getInt("quantity"))
              .stream().reduce((a, b) -> a + "；" + b).orElse("-");
          return TIME.format(booked) + "  " + number + " 订单 " + orderNo + "（" + orderKind(rs.getString("kind"))
              + "，案件 " + rs.getString("case_number") + "，" + rs.getString("customer_name") + "）入库位置 "
              + rs.getString("location") + "：" + parts;
        });
    String text = rows.isEmpty() ? "本期没有配件入库。" : String.join("\n", rows);
    if (text.length() > 8000) {
      text = text.substring(0, 7990) + "\n...";
    }
    jdbc.update("INSERT INTO parts_daily_summary (summary_date, period_from, period_to, order_count, summary_text,"
            + " created_at) VALUES (:day, :from, :to, :count, :text, :now)",
        new MapSqlParameterSource("day", day)
            .addValue("from", from == null ? null : DatabaseTimes.timestamp(from), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("to", DatabaseTimes.timestamp(to), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("count", rows.size()).addValue("text", text)
            .addValue("now", PartsRepository.now(), Types.TIMESTAMP_WITH_TIMEZONE));
    return Optional.of(new Summary(day, from, to, rows.size(), text));
  }

  /** Stored summaries, newest first (for the API). */
  @Transactional(readOnly = true)
  public List<Summary> list(LocalDate from, LocalDate to) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    MapSqlParameterSource p = new MapSqlParameterSource();
    if (from != null) {
      where.append(" AND summary_date >= :from");
      p.addValue("from", from);
    }
    if (to != null) {
      where.append(" AND summary_date <= :to");
      p.addValue("to", to);
    }
    return jdbc.query("SELECT * FROM parts_daily_summary" + where + " ORDER BY summary_date DESC", p,
        (rs, i) -> new Summary(rs.getObject("summary_date", LocalDate.class), DatabaseTimes.instant(rs, "period_from"),
            DatabaseTimes.instant(rs, "period_to"), rs.getInt("order_count"), rs.getString("summary_text")));
  }

  /** An order's kind as the summary names it (PartsService splits hardware from panels on request). */
  static String orderKind(String kind) {
    return switch (kind == null ? "" : kind) {
      case "panels" -> "板件";
      case "hardware" -> "五金件";
      case "all" -> "全部配件";
      default -> kind;
    };
  }
}
