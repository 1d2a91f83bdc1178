package com.aftersales.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links between cases (table case_link): a case opened from another one points to it, e.g. the repair
 * case that replaces a refused exchange is {@code repair-of} the exchange case. Writes join the caller's
 * transaction, like {@link JdbcCaseService}.
 */
@Service
@Transactional
public class CaseLinks {

  public static final String REPAIR_OF = "repair-of";
  public static final String EXCHANGE_OF = "exchange-of";

  /** One link as stored: {@code caseNumber} is the newer case, {@code relatedCaseNumber} the one it came from. */
  public record Link(String caseNumber, String relatedCaseNumber, String relation, Instant createdAt) {}

  private final NamedParameterJdbcTemplate jdbc;
  /** Savepoint around the insert, so that losing a race on the key does not abort the caller's transaction (PostgreSQL). */
  private final TransactionTemplate savepoint;

  public CaseLinks(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Links {@code from} to {@code to}. Idempotent: when the two cases are already linked (in either
   * direction) the existing link is returned unchanged.
   */
  public Link link(String from, String to, String relation) {
    if (from == null || to == null || relation == null || relation.isBlank()) {
      throw new IllegalArgumentException("A case link needs two case numbers and a relation");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("A case cannot be linked to itself: " + from);
    }
    Optional<Link> existing = between(from, to);
    if (existing.isPresent()) {
      return existing.get();
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    try {
      savepoint.executeWithoutResult(
          status ->
              jdbc.update(
                  "INSERT INTO case_link (case_number, related_case_number, relation, created_at)"
                      + " VALUES (:from, :to, :relation, :now)",
                  new MapSqlParameterSource()
                      .addValue("from", from)
                      .addValue("to", to)
                      .addValue("relation", relation)
                      .addValue("now", now.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)));
    } catch (DuplicateKeyException concurrentLink) {
      // the other transaction's link is the one that counts
    }
    return between(from, to).orElseThrow();
  }

  /** Every link the case takes part in, in both directions, oldest first. */
  @Transactional(readOnly = true)
  public List<Link> linksOf(String caseNumber) {
    return jdbc.query(
        "SELECT case_number, related_case_number, relation, created_at FROM case_link"
            + " WHERE case_number = :c OR related_case_number = :c ORDER BY created_at, case_number",
        new MapSqlParameterSource("c", caseNumber),
        CaseLinks::map);
  }

  /** The case that is {@code relation} of {@code originCaseNumber}, e.g. the repair case opened from an exchange. */
  @Transactional(readOnly = true)
  public Optional<String> findLinkedFrom(String originCaseNumber, String relation) {
    return jdbc
        .queryForList(
            "SELECT case_number FROM case_link WHERE related_case_number = :origin AND relation = :relation"
                + " ORDER BY created_at, case_number",
            new MapSqlParameterSource().addValue("origin", originCaseNumber).addValue("relation", relation),
            String.class)
        .stream()
        .findFirst();
  }

  private Optional<Link> between(String a, String b) {
    return jdbc
        .query(
            "SELECT case_number, related_case_number, relation, created_at FROM case_link"
                + " WHERE (case_number = :a AND related_case_number = :b)"
                + " OR (case_number = :b AND related_case_number = :a)",
            new MapSqlParameterSource().addValue("a", a).addValue("b", b),
            CaseLinks::map)
        .stream()
        .findFirst();
  }

  private static Link map(ResultSet rs, int row) throws SQLException {
    OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
    return new Link(
        rs.getString("case_number"),
        rs.getString("related_case_number"),
        rs.getString("relation"),
        created == null ? null : created.toInstant());
  }
}
