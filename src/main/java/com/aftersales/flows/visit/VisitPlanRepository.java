package com.aftersales.flows.visit;

import com.aftersales.flows.visit.VisitProcess.Reason;
import com.aftersales.flows.visit.VisitProcess.Recurrence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Tables visit_plan and visit_plan_occurrence; writes join the caller's transaction. */
@Repository
@Transactional
public class VisitPlanRepository {

  private static final String COLUMNS =
      "id, kind, title, customer_id, project, recurrence, first_date, until_date, created_by, created_at";

  private final NamedParameterJdbcTemplate jdbc;
  /** Savepoint around the occurrence's insert: losing the race to another node must not abort the caller. */
  private final TransactionTemplate savepoint;

  public VisitPlanRepository(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public long insert(
      Reason kind, String title, Long customerId, String project, Recurrence recurrence, LocalDate firstDate,
      LocalDate untilDate, String createdBy, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        "INSERT INTO visit_plan (kind, title, customer_id, project, recurrence, first_date, until_date, created_by,"
            + " created_at) VALUES (:kind, :title, :customerId, :project, :recurrence, :firstDate, :untilDate,"
            + " :createdBy, :now)",
        new MapSqlParameterSource()
            .addValue("kind", kind.name())
            .addValue("title", title)
            .addValue("customerId", customerId, Types.BIGINT)
            .addValue("project", project, Types.VARCHAR)
            .addValue("recurrence", recurrence.name())
            .addValue("firstDate", firstDate)
            .addValue("untilDate", untilDate, Types.DATE)
            .addValue("createdBy", createdBy)
            .addValue("now", now.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE),
        key,
        new String[] {"id"});
    return key.getKey().longValue();
  }

  /** The archive's customers with a product installed from {@code since} to {@code until}, both days included. */
  @Transactional(readOnly = true)
  public List<Long> customersInstalledBetween(LocalDate since, LocalDate until) {
    return jdbc.queryForList("SELECT DISTINCT customer_id FROM product WHERE installed_on >= :since"
            + " AND installed_on <= :until ORDER BY customer_id",
        new MapSqlParameterSource().addValue("since", since).addValue("until", until), Long.class);
  }

  /** Whether the customer has a plan of this title beginning on this day already. */
  @Transactional(readOnly = true)
  public boolean exists(long customerId, String title, LocalDate firstDate) {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM visit_plan WHERE customer_id = :customerId AND title = :title"
            + " AND first_date = :firstDate",
        new MapSqlParameterSource().addValue("customerId", customerId).addValue("title", title)
            .addValue("firstDate", firstDate), Long.class);
    return n != null && n > 0;
  }

  @Transactional(readOnly = true)
  public Optional<VisitPlan> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM visit_plan WHERE id = :id", new MapSqlParameterSource("id", id),
            VisitPlanRepository::map)
        .stream()
        .findFirst();
  }

  /** Newest first, at most {@code limit}; of one customer when {@code customerId} is given. */
  @Transactional(readOnly = true)
  public List<VisitPlan> list(Long customerId, int limit) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM visit_plan"
            + (customerId == null ? "" : " WHERE customer_id = :customerId")
            + " ORDER BY id DESC LIMIT " + Math.max(1, limit),
        new MapSqlParameterSource("customerId", customerId),
        VisitPlanRepository::map);
  }

  /** Plans that may have an occurrence due by {@code today}: begun, not ended before their last unstarted day. */
  @Transactional(readOnly = true)
  public List<VisitPlan> begunBy(LocalDate today) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM visit_plan p WHERE p.first_date <= :today AND (p.recurrence <> 'ONCE'"
            + " OR NOT EXISTS (SELECT 1 FROM visit_plan_occurrence o WHERE o.plan_id = p.id)) ORDER BY p.id",
        new MapSqlParameterSource("today", today),
        VisitPlanRepository::map);
  }

  @Transactional(readOnly = true)
  public List<LocalDate> startedOccurrences(long planId) {
    return jdbc.queryForList(
        "SELECT occurrence_date FROM visit_plan_occurrence WHERE plan_id = :id ORDER BY occurrence_date",
        new MapSqlParameterSource("id", planId),
        LocalDate.class);
  }

  /**
   * Claims a plan's occurrence.
   *
   * @return false when it was claimed already (by another node, or an earlier scan)
   */
  public boolean claimOccurrence(long planId, LocalDate day, String visitNumber, Instant now) {
    try {
      savepoint.executeWithoutResult(
          s ->
              jdbc.update(
                  "INSERT INTO visit_plan_occurrence (plan_id, occurrence_date, visit_number, started_at)"
                      + " VALUES (:id, :day, :visitNumber, :now)",
                  new MapSqlParameterSource()
                      .addValue("id", planId)
                      .addValue("day", day)
                      .addValue("visitNumber", visitNumber)
                      .addValue("now", now.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)));
      return true;
    } catch (DuplicateKeyException claimedAlready) {
      return false;
    }
  }

  private static VisitPlan map(ResultSet rs, int row) throws SQLException {
    OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
    return new VisitPlan(
        rs.getLong("id"),
        Reason.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getObject("customer_id", Long.class),
        rs.getString("project"),
        Recurrence.valueOf(rs.getString("recurrence")),
        rs.getObject("first_date", LocalDate.class),
        rs.getObject("until_date", LocalDate.class),
        rs.getString("created_by"),
        created == null ? null : created.toInstant());
  }
}
