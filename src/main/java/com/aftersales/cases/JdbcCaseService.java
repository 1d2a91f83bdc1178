package com.aftersales.cases;

import static com.aftersales.calendar.DatabaseTimes.instant;
import static com.aftersales.calendar.DatabaseTimes.timestamp;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import com.aftersales.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CaseService} on the application's tables. Every method joins the caller's transaction (in a
 * delegate that is the engine's transaction, as the engine uses Spring's transaction manager), so case
 * writes commit or roll back together with the engine state; only the case number is taken apart
 * ({@link CaseNumberCounter}). Times come from the engine clock so that
 * tests moving {@link ClockUtil} see consistent timestamps; the year of a case number is the year in
 * the company calendar's zone ({@code aftersales.calendar.zone}).
 */
@Service
@Transactional
public class JdbcCaseService implements CaseService {

  /** Status of a case that intake has just opened, before a flow sets its own. */
  public static final String STATUS_OPEN = "OPEN";

  /**
   * A case's columns, its customer's contact data read from the archive: the case record keeps phone, e-mail and
   * address only for a case of no customer (opened before the archive, or by a test or tool without one).
   */
  private static final String CASE_COLUMNS =
      "s.case_number, s.case_type, s.channel, s.customer_name, COALESCE(cu.phone, s.customer_phone) AS customer_phone,"
          + " COALESCE(cu.email, s.customer_email) AS customer_email,"
          + " COALESCE(cu.address, s.customer_address) AS customer_address, s.product_model, s.serial_number,"
          + " s.purchase_date, s.purchase_proof, s.description, s.external_reference, s.status, s.opened_at,"
          + " s.closed_at, s.process_instance_id, s.language, s.customer_id, s.product_id";

  /** The case and its customer in the archive (merged customers' cases point at the survivor). */
  private static final String CASES = " FROM service_case s LEFT JOIN customer cu ON cu.id = s.customer_id";

  private final NamedParameterJdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;
  private final CaseNumberCounter numbers;
  /** Looked up when a case closes, not at construction: a listener may itself use this service. */
  private final ObjectProvider<CaseClosedListener> closedListeners;

  public JdbcCaseService(
      NamedParameterJdbcTemplate jdbc,
      WorkingDayCalendar calendar,
      CaseNumberCounter numbers,
      ObjectProvider<CaseClosedListener> closedListeners) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.numbers = numbers;
    this.closedListeners = closedListeners;
  }

  @Override
  public ServiceCase open(NewCase c) {
    Instant now = now();
    String caseNumber = numbers.next(now.atZone(calendar.zone()).getYear());
    // a case of an archived customer keeps no copy of the contact data: the archive is the record
    boolean archived = c.customerId() != null;
    MapSqlParameterSource p =
        new MapSqlParameterSource()
            .addValue("caseNumber", caseNumber)
            .addValue("type", c.type())
            .addValue("channel", c.channel())
            .addValue("customerName", c.customerName())
            .addValue("customerPhone", archived ? null : c.customerPhone(), Types.VARCHAR)
            .addValue("customerEmail", archived ? null : c.customerEmail(), Types.VARCHAR)
            .addValue("customerAddress", archived ? null : c.customerAddress(), Types.VARCHAR)
            .addValue("productModel", c.productModel())
            .addValue("serialNumber", c.serialNumber(), Types.VARCHAR)
            .addValue("purchaseDate", c.purchaseDate(), Types.DATE)
            .addValue("purchaseProof", c.purchaseProof(), Types.BOOLEAN)
            .addValue("description", c.description())
            .addValue("externalReference", c.externalReference(), Types.VARCHAR)
            .addValue("status", STATUS_OPEN)
            .addValue("language", c.language())
            .addValue("customerId", c.customerId(), Types.BIGINT)
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE);
    jdbc.update(
        "INSERT INTO service_case (case_number, case_type, channel, customer_name, customer_phone,"
            + " customer_email, customer_address, product_model, serial_number, purchase_date,"
            + " purchase_proof, description, external_reference, status, customer_id, opened_at, version, updated_at,"
            + " language) VALUES (:caseNumber, :type, :channel, :customerName, :customerPhone, :customerEmail,"
            + " :customerAddress, :productModel, :serialNumber, :purchaseDate, :purchaseProof,"
            + " :description, :externalReference, :status, :customerId, :now, 0, :now, :language)",
        p);
    return new ServiceCase(caseNumber, c, STATUS_OPEN, now, null, null, null);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ServiceCase> find(String caseNumber) {
    return first("s.case_number = :caseNumber", new MapSqlParameterSource("caseNumber", caseNumber));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ServiceCase> findByExternalReference(String externalReference) {
    if (externalReference == null) {
      return Optional.empty();
    }
    return first("s.external_reference = :ref", new MapSqlParameterSource("ref", externalReference));
  }

  /** The first case the condition selects. */
  private Optional<ServiceCase> first(String condition, MapSqlParameterSource parameters) {
    return jdbc.query("SELECT " + CASE_COLUMNS + CASES + " WHERE " + condition, parameters, CASE_ROW).stream()
        .findFirst();
  }

  @Override
  public void attachProcessInstance(String caseNumber, String processInstanceId) {
    update(
        "process_instance_id = :value",
        caseNumber,
        new MapSqlParameterSource("value", processInstanceId));
  }

  @Override
  public void attachProduct(String caseNumber, long productId) {
    update("product_id = :value", caseNumber, new MapSqlParameterSource("value", productId));
  }

  @Override
  public void updateStatus(String caseNumber, String status) {
    update("status = :value", caseNumber, new MapSqlParameterSource("value", status));
  }

  /** Keeps the first closed timestamp when a job closes the same case again (jobs run at least once). */
  @Override
  public void close(String caseNumber, String finalStatus) {
    update(
        "status = :value, closed_at = COALESCE(closed_at, :now)",
        caseNumber,
        new MapSqlParameterSource("value", finalStatus));
    closedListeners.orderedStream().forEach(listener -> find(caseNumber).ifPresent(listener::caseClosed));
  }

  private void update(String assignments, String caseNumber, MapSqlParameterSource p) {
    p.addValue("caseNumber", caseNumber)
        .addValue("now", timestamp(now()), Types.TIMESTAMP_WITH_TIMEZONE);
    int updated =
        jdbc.update(
            "UPDATE service_case SET "
                + assignments
                + ", version = version + 1, updated_at = :now WHERE case_number = :caseNumber",
            p);
    if (updated == 0) {
      throw new CaseNotFoundException(caseNumber);
    }
  }

  @Override
  public void addRecord(String caseNumber, ServiceRecord r) {
    if (find(caseNumber).isEmpty()) {
      throw new CaseNotFoundException(caseNumber);
    }
    Instant recordedAt = r.recordedAt() != null ? r.recordedAt() : now();
    jdbc.update(
        "INSERT INTO service_record (case_number, action, engineer, parts_used, fee, note,"
            + " recorded_by, recorded_at) VALUES (:caseNumber, :action, :engineer, :partsUsed, :fee,"
            + " :note, :recordedBy, :recordedAt)",
        new MapSqlParameterSource()
            .addValue("caseNumber", caseNumber)
            .addValue("action", r.action())
            .addValue("engineer", r.engineer(), Types.VARCHAR)
            .addValue("partsUsed", r.partsUsed(), Types.VARCHAR)
            .addValue("fee", r.fee(), Types.NUMERIC)
            .addValue("note", r.note(), Types.VARCHAR)
            .addValue("recordedBy", r.recordedBy(), Types.VARCHAR)
            .addValue("recordedAt", timestamp(recordedAt), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  @Override
  @Transactional(readOnly = true)
  public List<ServiceRecord> records(String caseNumber) {
    return jdbc.query(
        "SELECT action, engineer, parts_used, fee, note, recorded_by, recorded_at FROM service_record"
            + " WHERE case_number = :caseNumber ORDER BY recorded_at, id",
        new MapSqlParameterSource("caseNumber", caseNumber),
        (rs, i) ->
            new ServiceRecord(
                rs.getString("action"),
                rs.getString("engineer"),
                rs.getString("parts_used"),
                rs.getBigDecimal("fee"),
                rs.getString("note"),
                rs.getString("recorded_by"),
                instant(rs, "recorded_at")));
  }

  private static final RowMapper<ServiceCase> CASE_ROW =
      (rs, i) ->
          new ServiceCase(
              rs.getString("case_number"),
              new NewCase(
                  rs.getString("case_type"),
                  rs.getString("channel"),
                  rs.getString("customer_name"),
                  rs.getString("customer_phone"),
                  rs.getString("customer_email"),
                  rs.getString("customer_address"),
                  rs.getString("product_model"),
                  rs.getString("serial_number"),
                  rs.getObject("purchase_date", LocalDate.class),
                  rs.getObject("purchase_proof", Boolean.class),
                  rs.getString("description"),
                  rs.getString("external_reference"),
                  rs.getString("language"),
                  rs.getObject("customer_id", Long.class),
                  null),
              rs.getString("status"),
              instant(rs, "opened_at"),
              instant(rs, "closed_at"),
              rs.getString("process_instance_id"),
              rs.getObject("product_id", Long.class));

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
