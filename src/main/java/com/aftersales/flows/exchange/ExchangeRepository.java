package com.aftersales.flows.exchange;

import static com.aftersales.calendar.DatabaseTimes.instant;
import static com.aftersales.calendar.DatabaseTimes.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The exchange ledger table (V5). One row per case number, however often the ledger step runs. */
@Repository
@Transactional
public class ExchangeRepository {

  private static final String COLUMNS =
      "case_number, exchange_date, customer_name, product_model, old_serial_number, new_serial_number, reason,"
          + " regional_manager, regional_manager_decision, regional_manager_comment, regional_manager_decided_at,"
          + " sales_office, sales_office_decision, sales_office_comment, sales_office_decided_at,"
          + " general_manager, general_manager_decision, general_manager_comment, general_manager_decided_at,"
          + " storage_location, warehouse_received_by, warehouse_received_at, handler, recorded_at";

  private final NamedParameterJdbcTemplate jdbc;
  /** Savepoint around the insert: a duplicate must not abort the engine's transaction (PostgreSQL). */
  private final TransactionTemplate savepoint;

  public ExchangeRepository(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Writes the row unless the case already has one. @return whether this call wrote it */
  public boolean record(LedgerEntry e) {
    if (find(e.caseNumber()).isPresent()) {
      return false;
    }
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("caseNumber", e.caseNumber())
        .addValue("exchangeDate", e.exchangeDate(), Types.DATE)
        .addValue("customerName", e.customerName())
        .addValue("productModel", e.productModel())
        .addValue("oldSerial", e.oldSerialNumber(), Types.VARCHAR)
        .addValue("newSerial", e.newSerialNumber())
        .addValue("reason", e.reason())
        .addValue("storageLocation", e.storageLocation(), Types.VARCHAR)
        .addValue("receivedBy", e.warehouseReceivedBy(), Types.VARCHAR)
        .addValue("receivedAt", timestamp(e.warehouseReceivedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
        .addValue("handler", e.handler())
        .addValue("recordedAt", timestamp(e.recordedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
    approval(p, "rm", e.regionalManager());
    approval(p, "so", e.salesOffice());
    approval(p, "gm", e.generalManager());
    try {
      savepoint.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO exchange_ledger (" + COLUMNS + ") VALUES (:caseNumber, :exchangeDate, :customerName,"
              + " :productModel, :oldSerial, :newSerial, :reason, :rmBy, :rmDecision, :rmComment, :rmAt,"
              + " :soBy, :soDecision, :soComment, :soAt, :gmBy, :gmDecision, :gmComment, :gmAt,"
              + " :storageLocation, :receivedBy, :receivedAt, :handler, :recordedAt)",
          p));
      return true;
    } catch (DuplicateKeyException writtenConcurrently) {
      return false;
    }
  }

  @Transactional(readOnly = true)
  public Optional<LedgerEntry> find(String caseNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM exchange_ledger WHERE case_number = :c",
        new MapSqlParameterSource("c", caseNumber), ExchangeRepository::map).stream().findFirst();
  }

  /** Rows whose exchange date lies in [from, to]; an open end when null. Oldest first. */
  @Transactional(readOnly = true)
  public List<LedgerEntry> between(LocalDate from, LocalDate to) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM exchange_ledger"
            + " WHERE (CAST(:from AS DATE) IS NULL OR exchange_date >= :from)"
            + " AND (CAST(:to AS DATE) IS NULL OR exchange_date <= :to)"
            + " ORDER BY exchange_date, case_number",
        new MapSqlParameterSource().addValue("from", from, Types.DATE).addValue("to", to, Types.DATE),
        ExchangeRepository::map);
  }

  private static void approval(MapSqlParameterSource p, String prefix, LedgerEntry.Approval a) {
    p.addValue(prefix + "By", a == null ? null : a.by(), Types.VARCHAR)
        .addValue(prefix + "Decision", a == null ? null : a.decision(), Types.VARCHAR)
        .addValue(prefix + "Comment", a == null ? null : a.comment(), Types.VARCHAR)
        .addValue(prefix + "At", a == null ? null : timestamp(a.at()), Types.TIMESTAMP_WITH_TIMEZONE);
  }

  private static LedgerEntry.Approval approval(ResultSet rs, String prefix) throws SQLException {
    String by = rs.getString(prefix);
    String decision = rs.getString(prefix + "_decision");
    if (by == null && decision == null) {
      return null;
    }
    return new LedgerEntry.Approval(by, decision, rs.getString(prefix + "_comment"), instant(rs, prefix + "_decided_at"));
  }

  private static LedgerEntry map(ResultSet rs, int row) throws SQLException {
    return new LedgerEntry(
        rs.getString("case_number"),
        rs.getObject("exchange_date", LocalDate.class),
        rs.getString("customer_name"),
        rs.getString("product_model"),
        rs.getString("old_serial_number"),
        rs.getString("new_serial_number"),
        rs.getString("reason"),
        approval(rs, "regional_manager"),
        approval(rs, "sales_office"),
        approval(rs, "general_manager"),
        rs.getString("storage_location"),
        rs.getString("warehouse_received_by"),
        instant(rs, "warehouse_received_at"),
        rs.getString("handler"),
        instant(rs, "recorded_at"));
  }
}
