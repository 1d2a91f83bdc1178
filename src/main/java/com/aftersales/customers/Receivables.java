package com.aftersales.customers;

import static com.aftersales.calendar.DatabaseTimes.instant;
import static com.aftersales.calendar.DatabaseTimes.timestamp;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What customers owe (table customer_receivable): one line per charged case. Every write is idempotent, so a step
 * that runs again (a retried job) changes nothing. Joins the caller's transaction.
 */
@Repository
public class Receivables {

  private static final String COLUMNS = "customer_id, case_number, amount, paid_amount, payment_terms,"
      + " payment_reference, opened_at, paid_at";

  private final NamedParameterJdbcTemplate jdbc;

  public Receivables(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Opens the case's line unless it is open already (one bill per case).
   *
   * @return the case's line, as it now stands
   */
  public Receivable open(long customerId, String caseNumber, BigDecimal amount, PaymentTerms terms, Instant now) {
    if (amount == null || amount.signum() < 0) {
      throw new IllegalArgumentException("paymentAmount must be at least 0: " + amount);
    }
    Optional<Receivable> existing = ofCase(caseNumber);
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.update(
        "INSERT INTO customer_receivable (customer_id, case_number, amount, paid_amount, payment_terms, opened_at)"
            + " VALUES (:customer, :caseNumber, :amount, 0, :terms, :now)",
        new MapSqlParameterSource()
            .addValue("customer", customerId)
            .addValue("caseNumber", caseNumber)
            .addValue("amount", amount, Types.NUMERIC)
            .addValue("terms", terms.name())
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE));
    return ofCase(caseNumber).orElseThrow();
  }

  /**
   * Records the customer's payment on the case's line; a line paid already keeps its first payment.
   *
   * @return whether a line was paid now (false: no line, or paid before)
   */
  public boolean pay(String caseNumber, BigDecimal amount, String reference, Instant now) {
    if (amount == null || amount.signum() < 0) {
      throw new IllegalArgumentException("amountPaid must be at least 0: " + amount);
    }
    return jdbc.update(
        "UPDATE customer_receivable SET paid_amount = :amount, payment_reference = :reference, paid_at = :now"
            + " WHERE case_number = :caseNumber AND paid_at IS NULL",
        new MapSqlParameterSource()
            .addValue("caseNumber", caseNumber)
            .addValue("amount", amount, Types.NUMERIC)
            .addValue("reference", reference, Types.VARCHAR)
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE)) > 0;
  }

  public Optional<Receivable> ofCase(String caseNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM customer_receivable WHERE case_number = :caseNumber",
        new MapSqlParameterSource("caseNumber", caseNumber), Receivables::row).stream().findFirst();
  }

  /** The customer's lines, oldest first: the payment history a credit review reads. */
  public List<Receivable> ofCustomer(long customerId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM customer_receivable WHERE customer_id = :customer"
            + " ORDER BY opened_at, id",
        new MapSqlParameterSource("customer", customerId), Receivables::row);
  }

  /** The unpaid rest of all the customer's lines (yuan, 0 when nothing is owed). */
  public BigDecimal openAmount(long customerId) {
    BigDecimal open = jdbc.queryForObject(
        "SELECT COALESCE(SUM(amount - paid_amount), 0) FROM customer_receivable"
            + " WHERE customer_id = :customer AND amount > paid_amount",
        new MapSqlParameterSource("customer", customerId), BigDecimal.class);
    return open == null ? BigDecimal.ZERO : open;
  }

  /**
   * Unmerged customers whose open amount exceeds their credit limit (002 二(三) 2.5), the furthest over first.
   * Names are returned for every customer; the caller blanks what its reader may not see.
   */
  public List<OverLimitCustomer> overLimit() {
    return jdbc.query(
        "SELECT c.id, c.name, c.credit_grade, c.credit_limit, c.next_credit_review, c.salesperson, c.secrecy_level,"
            + " SUM(r.amount - r.paid_amount) AS open_amount, COUNT(*) AS open_cases, MIN(r.opened_at) AS oldest"
            + " FROM customer c JOIN customer_receivable r ON r.customer_id = c.id"
            + " WHERE c.merged_into IS NULL AND r.amount > r.paid_amount"
            + " GROUP BY c.id, c.name, c.credit_grade, c.credit_limit, c.next_credit_review, c.salesperson,"
            + " c.secrecy_level"
            + " HAVING SUM(r.amount - r.paid_amount) > c.credit_limit"
            + " ORDER BY SUM(r.amount - r.paid_amount) - c.credit_limit DESC, c.id",
        new MapSqlParameterSource(),
        (rs, i) -> {
          BigDecimal limit = rs.getBigDecimal("credit_limit");
          BigDecimal open = rs.getBigDecimal("open_amount");
          return new OverLimitCustomer(rs.getLong("id"), rs.getString("name"),
              CreditGrade.valueOf(rs.getString("credit_grade")), limit, open, open.subtract(limit),
              rs.getInt("open_cases"), instant(rs, "oldest"), rs.getObject("next_credit_review", LocalDate.class),
              rs.getString("salesperson"), SecrecyLevel.valueOf(rs.getString("secrecy_level")));
        });
  }

  /**
   * The over-limit report for a reader: every customer over the limit, named only where the reader may open an archive
   * of the customer's secrecy level (7.2).
   */
  public List<OverLimitCustomer> overLimitFor(com.aftersales.security.StaffUser reader) {
    return overLimit().stream()
        .map(c -> c.secrecyLevel().readers().stream().anyMatch(reader::memberOf) ? c : c.withoutName())
        .toList();
  }

  private static Receivable row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Receivable(rs.getLong("customer_id"), rs.getString("case_number"), rs.getBigDecimal("amount"),
        rs.getBigDecimal("paid_amount"), PaymentTerms.valueOf(rs.getString("payment_terms")),
        rs.getString("payment_reference"), instant(rs, "opened_at"), instant(rs, "paid_at"));
  }
}
