package com.aftersales.customers.secrecy;

import com.aftersales.customers.CustomerNotFoundException;
import com.aftersales.customers.SecrecyLevel;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secrecy period of an archive (002 二(一) 7.2.4: 标明密级，并确定保密期限，保密期限届满，自行解密): the last day its
 * secrecy level holds. The morning after, the daily declassification (processes/archive-declassification.bpmn) lowers
 * the level to 秘密, the lowest the rulebook knows (7.2.2: every customer record is at least 秘密), and records it in
 * {@code customer_secrecy_history}. Idempotent: a declassified archive has no period left, so a rerun changes nothing.
 */
@Service
@Transactional
public class SecrecyPeriods {

  public static final String SYSTEM = "system";
  /** The daily declassification, processes/archive-declassification.bpmn. */
  public static final String PROCESS_KEY = "archive-declassification";

  private final NamedParameterJdbcTemplate jdbc;

  public SecrecyPeriods(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One change of an archive's secrecy level or period. */
  public record Change(long customerId, SecrecyLevel from, SecrecyLevel to, LocalDate secrecyUntil, String reason,
      String changedBy, Instant changedAt) {}

  /**
   * Sets the last day the archive's secrecy level holds, recorded.
   *
   * @throws IllegalArgumentException naming the field when the day is not after today
   */
  public Change setPeriod(long customerId, LocalDate until, String staff, LocalDate today, Instant now) {
    if (until == null || !until.isAfter(today)) {
      throw new IllegalArgumentException("until: the secrecy period must end after today");
    }
    List<String> level = jdbc.queryForList("SELECT secrecy_level FROM customer WHERE id = :id AND merged_into IS NULL",
        new MapSqlParameterSource("id", customerId), String.class);
    if (level.isEmpty()) {
      throw new CustomerNotFoundException(customerId);
    }
    jdbc.update("UPDATE customer SET secrecy_until = :until WHERE id = :id",
        new MapSqlParameterSource().addValue("until", until, Types.DATE).addValue("id", customerId));
    SecrecyLevel current = SecrecyLevel.valueOf(level.get(0));
    return record(customerId, current, current, until,
        "保密期限定至 " + until + " (002 二(一) 7.2.4)", staff, now);
  }

  /** Declassifies every archive whose period ended before {@code today}; returns the archives declassified. */
  public List<Long> declassifyEnded(LocalDate today, Instant now) {
    MapSqlParameterSource p = new MapSqlParameterSource("today", today);
    List<Long> ended = jdbc.queryForList("SELECT id FROM customer WHERE secrecy_until IS NOT NULL"
        + " AND secrecy_until < :today ORDER BY id", p, Long.class);
    for (long id : ended) {
      var row = jdbc.queryForMap("SELECT secrecy_level, secrecy_until FROM customer WHERE id = :id",
          new MapSqlParameterSource("id", id));
      LocalDate until = row.get("secrecy_until") instanceof java.sql.Date d ? d.toLocalDate()
          : (LocalDate) row.get("secrecy_until");
      SecrecyLevel from = SecrecyLevel.valueOf((String) row.get("secrecy_level"));
      int changed = jdbc.update("UPDATE customer SET secrecy_level = :to, secrecy_until = NULL WHERE id = :id"
              + " AND secrecy_until IS NOT NULL",
          new MapSqlParameterSource().addValue("to", SecrecyLevel.SECRET.name()).addValue("id", id));
      if (changed == 1) {
        record(id, from, SecrecyLevel.SECRET, until, "保密期限 " + until + " 届满，自行解密 (002 二(一) 7.2.4)",
            SYSTEM, now);
      }
    }
    return ended;
  }

  /** An archive's secrecy level now, the last day it holds (null: no period set) and its changes, oldest first. */
  public record Current(long customerId, SecrecyLevel secrecyLevel, LocalDate secrecyUntil, List<Change> changes) {}

  @Transactional(readOnly = true)
  public Current current(long customerId) {
    List<Current> found = jdbc.query("SELECT secrecy_level, secrecy_until FROM customer WHERE id = :id"
            + " AND merged_into IS NULL", new MapSqlParameterSource("id", customerId),
        (rs, n) -> new Current(customerId, SecrecyLevel.valueOf(rs.getString("secrecy_level")),
            rs.getObject("secrecy_until", LocalDate.class), List.of()));
    if (found.isEmpty()) {
      throw new CustomerNotFoundException(customerId);
    }
    Current c = found.get(0);
    return new Current(customerId, c.secrecyLevel(), c.secrecyUntil(), history(customerId));
  }

  @Transactional(readOnly = true)
  public List<Change> history(long customerId) {
    return jdbc.query("SELECT * FROM customer_secrecy_history WHERE customer_id = :id ORDER BY changed_at, id",
        new MapSqlParameterSource("id", customerId), (rs, n) -> new Change(rs.getLong("customer_id"),
            SecrecyLevel.valueOf(rs.getString("from_level")), SecrecyLevel.valueOf(rs.getString("to_level")),
            rs.getObject("secrecy_until", LocalDate.class), rs.getString("reason"), rs.getString("changed_by"),
            rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant()));
  }

  private Change record(long customerId, SecrecyLevel from, SecrecyLevel to, LocalDate until, String reason,
      String by, Instant now) {
    jdbc.update("INSERT INTO customer_secrecy_history (customer_id, from_level, to_level, secrecy_until, reason,"
            + " changed_by, changed_at) VALUES (:customer, :from, :to, :until, :reason, :by, :now)",
        new MapSqlParameterSource()
            .addValue("customer", customerId)
            .addValue("from", from.name())
            .addValue("to", to.name())
            .addValue("until", until, Types.DATE)
            .addValue("reason", reason)
            .addValue("by", by)
            .addValue("now", now.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE));
    return new Change(customerId, from, to, until, reason, by, now);
  }
}
