package com.aftersales.customers;

import static com.aftersales.calendar.DatabaseTimes.instant;
import static com.aftersales.calendar.DatabaseTimes.timestamp;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The archive's tables (customer, product, warranty_term, customer_credit_history, customer_access_log) and what the
 * archive reads of the cases. Joins the caller's transaction. A merged customer is found by id (to tell where it
 * went) but never by a search.
 */
@Repository
public class CustomerRepository {

  /** A search answers at most this many customers: a search that needs more is too vague to pick from. */
  static final int SEARCH_LIMIT = 50;

  private static final String COLUMNS =
      "c.id, c.kind, c.name, c.contact_name, c.phone, c.email, c.address, c.region, c.salesperson,"
          + " c.classification, c.credit_grade, c.credit_limit, c.next_credit_review, c.secrecy_level,"
          + " c.merged_into, c.created_at";

  private final NamedParameterJdbcTemplate jdbc;

  public CustomerRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(NewCustomer c, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        "INSERT INTO customer (kind, name, contact_name, phone, phone_digits, email, address, region, salesperson,"
            + " classification, credit_grade, credit_limit, next_credit_review, secrecy_level, created_at,"
            + " updated_at) VALUES (:kind, :name, :contactName, :phone, :phoneDigits, :email, :address, :region,"
            + " :salesperson, :classification, :creditGrade, :creditLimit, :nextReview, :secrecy, :now, :now)",
        new MapSqlParameterSource()
            .addValue("kind", c.kind().name())
            .addValue("name", c.name())
            .addValue("contactName", c.contactName(), Types.VARCHAR)
            .addValue("phone", c.phone(), Types.VARCHAR)
            .addValue("phoneDigits", ContactFormats.phoneDigits(c.phone()), Types.VARCHAR)
            .addValue("email", ContactFormats.emailKey(c.email()), Types.VARCHAR)
            .addValue("address", c.address(), Types.VARCHAR)
            .addValue("region", c.region(), Types.VARCHAR)
            .addValue("salesperson", c.salesperson(), Types.VARCHAR)
            .addValue("classification", c.classification().name())
            .addValue("creditGrade", c.creditGrade().name())
            .addValue("creditLimit", c.creditLimit(), Types.NUMERIC)
            .addValue("nextReview", c.nextCreditReview(), Types.DATE)
            .addValue("secrecy", c.secrecyLevel().name())
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE),
        key,
        new String[] {"id"});
    return key.getKey().longValue();
  }

  public Optional<Customer> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM customer c WHERE c.id = :id",
        new MapSqlParameterSource("id", id), CUSTOMER_ROW).stream().findFirst();
  }

  /** Unmerged customers with this phone number, however it was typed. */
  public List<Customer> findByPhone(String phone) {
    return where("c.phone_digits = :v", ContactFormats.phoneDigits(phone));
  }

  public List<Customer> findByEmail(String email) {
    return where("c.email = :v", ContactFormats.emailKey(email));
  }

  /** Organisations are found by their exact name (people are not: two people may share a name). */
  public List<Customer> findOrganisation(String name) {
    return where("c.kind = 'ORGANISATION' AND c.name = :v", name);
  }

  private List<Customer> where(String condition, Object value) {
    if (value == null) {
      return List.of();
    }
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM customer c WHERE c.merged_into IS NULL AND " + condition + " ORDER BY c.id",
        new MapSqlParameterSource("v", value), CUSTOMER_ROW);
  }

  /**
   * Unmerged customers matching every given criterion: phone (digits), a part of the name or contact name (a LIKE
   * pattern with its wildcards escaped, so {@code %} finds a literal per cent sign), a product's serial number, or
   * a case number.
   */
  public List<Customer> search(String phone, String name, String serialNumber, String caseNumber) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM customer c WHERE c.merged_into IS NULL");
    MapSqlParameterSource p = new MapSqlParameterSource();
    if (phone != null) {
      sql.append(" AND c.phone_digits = :phone");
      p.addValue("phone", ContactFormats.phoneDigits(phone));
    }
    if (name != null) {
      sql.append(" AND (LOWER(c.name) LIKE :name ESCAPE '\\' OR LOWER(c.contact_name) LIKE :name ESCAPE '\\')");
      p.addValue("name", "%" + likeEscaped(name.toLowerCase(java.util.Locale.ROOT)) + "%");
    }
    if (serialNumber != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM product pr WHERE pr.customer_id = c.id AND pr.serial_number = :serial)");
      p.addValue("serial", serialNumber);
    }
    if (caseNumber != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM service_case sc WHERE sc.customer_id = c.id AND sc.case_number = :case)");
      p.addValue("case", caseNumber);
    }
    sql.append(" ORDER BY c.name, c.id");
    sql.append(" LIMIT " + SEARCH_LIMIT);
    return jdbc.query(sql.toString(), p, CUSTOMER_ROW);
  }

  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  public long insertProduct(long customerId, String model, String serialNumber, LocalDate purchaseDate,
      String channel, Instant now) {
    return insertProduct(customerId, model, serialNumber, purchaseDate, channel, null, null, now);
  }

  /** A product with its installation date and, where its registration has one of its own, its warranty's end. */
  public long insertProduct(long customerId, String model, String serialNumber, LocalDate purchaseDate,
      String channel, LocalDate installedOn, LocalDate warrantyEndsOn, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        "INSERT INTO product (customer_id, model, serial_number, purchase_date, channel, installed_on,"
            + " warranty_ends_on, registered_at)"
            + " VALUES (:customerId, :model, :serial, :purchaseDate, :channel, :installedOn, :warrantyEndsOn, :now)",
        new MapSqlParameterSource()
            .addValue("customerId", customerId)
            .addValue("model", model)
            .addValue("serial", serialNumber, Types.VARCHAR)
            .addValue("purchaseDate", purchaseDate, Types.DATE)
            .addValue("channel", channel, Types.VARCHAR)
            .addValue("installedOn", installedOn, Types.DATE)
            .addValue("warrantyEndsOn", warrantyEndsOn, Types.DATE)
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE),
        key,
        new String[] {"id"});
    return key.getKey().longValue();
  }

  public List<Product> products(long customerId) {
    return jdbc.query(
        "SELECT " + PRODUCT_COLUMNS + " FROM product WHERE customer_id = :id ORDER BY id",
        new MapSqlParameterSource("id", customerId), PRODUCT_ROW);
  }

  /** The registered products with this serial number, whoever's they are (the oldest registration first). */
  public List<Product> productsBySerialNumber(String serialNumber) {
    return jdbc.query(
        "SELECT " + PRODUCT_COLUMNS + " FROM product WHERE serial_number = :serial ORDER BY id",
        new MapSqlParameterSource("serial", serialNumber), PRODUCT_ROW);
  }

  public Optional<Product> product(long productId) {
    return jdbc.query("SELECT " + PRODUCT_COLUMNS + " FROM product WHERE id = :id",
        new MapSqlParameterSource("id", productId), PRODUCT_ROW).stream().findFirst();
  }

  /** A product registered at intake without a purchase date gets the first one a case gives. */
  public void fillPurchaseDate(long productId, LocalDate purchaseDate) {
    jdbc.update("UPDATE product SET purchase_date = :date WHERE id = :id AND purchase_date IS NULL",
        new MapSqlParameterSource().addValue("id", productId).addValue("date", purchaseDate, Types.DATE));
  }

  /**
   * The latest other repair case of the product opened since {@code since} (the repeat-repair window), if any.
   */
  public Optional<String> earlierRepair(long productId, String caseNumber, List<String> repairTypes, Instant since) {
    return jdbc.queryForList(
        "SELECT case_number FROM service_case WHERE product_id = :product AND case_number <> :caseNumber"
            + " AND case_type IN (:types) AND opened_at >= :since ORDER BY opened_at DESC, case_number DESC",
        new MapSqlParameterSource()
            .addValue("product", productId)
            .addValue("caseNumber", caseNumber)
            .addValue("types", repairTypes)
            .addValue("since", timestamp(since), Types.TIMESTAMP_WITH_TIMEZONE),
        String.class).stream().findFirst();
  }

  public void markRepeatRepair(String caseNumber, String earlierCase) {
    jdbc.update("UPDATE service_case SET repeat_of = :earlier WHERE case_number = :caseNumber",
        new MapSqlParameterSource().addValue("earlier", earlierCase).addValue("caseNumber", caseNumber));
  }

  public Optional<String> repeatOf(String caseNumber) {
    return jdbc.queryForList("SELECT repeat_of FROM service_case WHERE case_number = :caseNumber",
        new MapSqlParameterSource("caseNumber", caseNumber), String.class).stream()
        .filter(java.util.Objects::nonNull).findFirst();
  }

  /** Repair cases opened in [from, to) that are repeat repairs: case number, the earlier case, serial number. */
  public List<CustomerView.CaseEntry> repeatRepairs(Instant from, Instant to) {
    return jdbc.query(
        "SELECT " + CASE_COLUMNS + " FROM service_case WHERE repeat_of IS NOT NULL"
            + " AND opened_at >= :from AND opened_at < :to ORDER BY opened_at, case_number",
        new MapSqlParameterSource()
            .addValue("from", timestamp(from), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("to", timestamp(to), Types.TIMESTAMP_WITH_TIMEZONE),
        CASE_ROW);
  }

  public List<VerificationEntry> verifications(long customerId) {
    return jdbc.query(
        "SELECT sheet_id, customer_id, outcome, note, verified_by, verified_at FROM customer_verification"
            + " WHERE customer_id = :id ORDER BY verified_at, id",
        new MapSqlParameterSource("id", customerId),
        (rs, i) -> new VerificationEntry(rs.getString("sheet_id"), rs.getLong("customer_id"),
            VerificationOutcome.valueOf(rs.getString("outcome")), rs.getString("note"), rs.getString("verified_by"),
            instant(rs, "verified_at")));
  }

  public List<CustomerView.CaseEntry> cases(long customerId) {
    return jdbc.query(
        "SELECT " + CASE_COLUMNS + " FROM service_case WHERE customer_id = :id ORDER BY opened_at, case_number",
        new MapSqlParameterSource("id", customerId), CASE_ROW);
  }

  private static final String CASE_COLUMNS =
      "case_number, case_type, status, product_model, serial_number, purchase_date, opened_at, closed_at, repeat_of";

  private static final RowMapper<CustomerView.CaseEntry> CASE_ROW =
      (rs, i) -> new CustomerView.CaseEntry(
          rs.getString("case_number"), rs.getString("case_type"), rs.getString("status"),
          rs.getString("product_model"), rs.getString("serial_number"),
          rs.getObject("purchase_date", LocalDate.class), instant(rs, "opened_at"), instant(rs, "closed_at"),
          rs.getString("repeat_of"));

  public List<CustomerView.ComplaintEntry> complaints(long customerId) {
    return jdbc.query(
        "SELECT co.case_number, co.category, co.severity, co.received_at, co.responded_at, co.resolution,"
            + " co.customer_satisfied FROM complaint co JOIN service_case sc ON sc.case_number = co.case_number"
            + " WHERE sc.customer_id = :id ORDER BY co.received_at, co.case_number",
        new MapSqlParameterSource("id", customerId),
        (rs, i) -> new CustomerView.ComplaintEntry(
            rs.getString("case_number"), rs.getString("category"), rs.getString("severity"),
            instant(rs, "received_at"), instant(rs, "responded_at"), rs.getString("resolution"),
            rs.getObject("customer_satisfied", Boolean.class)));
  }

  public void insertCredit(long customerId, CreditEntry entry) {
    jdbc.update(
        "INSERT INTO customer_credit_history (customer_id, credit_grade, credit_limit, next_credit_review, reason,"
            + " changed_by, changed_at) VALUES (:id, :grade, :limit, :next, :reason, :by, :at)",
        new MapSqlParameterSource()
            .addValue("id", customerId)
            .addValue("grade", entry.creditGrade().name())
            .addValue("limit", entry.creditLimit(), Types.NUMERIC)
            .addValue("next", entry.nextCreditReview(), Types.DATE)
            .addValue("reason", entry.reason())
            .addValue("by", entry.changedBy(), Types.VARCHAR)
            .addValue("at", timestamp(entry.changedAt()), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /** Sets the customer's current grade, limit and next review date (the history line is written beside it). */
  public void updateCredit(long customerId, CreditGrade grade, java.math.BigDecimal limit, LocalDate nextReview,
      Instant now) {
    jdbc.update(
        "UPDATE customer SET credit_grade = :grade, credit_limit = :limit, next_credit_review = :next,"
            + " updated_at = :now WHERE id = :id",
        new MapSqlParameterSource()
            .addValue("id", customerId)
            .addValue("grade", grade.name())
            .addValue("limit", limit, Types.NUMERIC)
            .addValue("next", nextReview, Types.DATE)
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /**
   * Unmerged customers whose next credit review is on or before the day (3.2.3), in id order; a destroyed archive
   * (6.10) has none.
   */
  public List<Long> creditReviewsDue(LocalDate day) {
    return jdbc.queryForList(
        "SELECT id FROM customer WHERE merged_into IS NULL AND destroyed_at IS NULL AND next_credit_review <= :day"
            + " ORDER BY id",
        new MapSqlParameterSource().addValue("day", day, Types.DATE), Long.class);
  }

  public List<CreditEntry> creditHistory(long customerId) {
    return jdbc.query(
        "SELECT credit_grade, credit_limit, next_credit_review, reason, changed_by, changed_at"
            + " FROM customer_credit_history WHERE customer_id = :id ORDER BY changed_at, id",
        new MapSqlParameterSource("id", customerId),
        (rs, i) -> new CreditEntry(
            CreditGrade.valueOf(rs.getString("credit_grade")), rs.getBigDecimal("credit_limit"),
            rs.getObject("next_credit_review", LocalDate.class), rs.getString("reason"),
            rs.getString("changed_by"), instant(rs, "changed_at")));
  }

  public void logAccess(AccessLogEntry entry) {
    jdbc.update(
        "INSERT INTO customer_access_log (customer_id, staff_user, staff_groups, view_kind, reason, accessed_at)"
            + " VALUES (:id, :user, :groups, :kind, :reason, :at)",
        new MapSqlParameterSource()
            .addValue("id", entry.customerId())
            .addValue("user", entry.staffUser())
            .addValue("groups", entry.staffGroups(), Types.VARCHAR)
            .addValue("kind", entry.viewKind())
            .addValue("reason", entry.reason())
            .addValue("at", timestamp(entry.accessedAt()), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /** The newest entries first, of one customer or of all. */
  public List<AccessLogEntry> accessLog(Long customerId, int limit) {
    MapSqlParameterSource p = new MapSqlParameterSource("limit", limit);
    String where = "";
    if (customerId != null) {
      where = " WHERE customer_id = :id";
      p.addValue("id", customerId);
    }
    return jdbc.query(
        "SELECT customer_id, staff_user, staff_groups, view_kind, reason, accessed_at FROM customer_access_log"
            + where + " ORDER BY accessed_at DESC, id DESC LIMIT :limit",
        p,
        (rs, i) -> new AccessLogEntry(
            rs.getLong("customer_id"), rs.getString("staff_user"), rs.getString("staff_groups"),
            rs.getString("view_kind"), rs.getString("reason"), instant(rs, "accessed_at")));
  }

  /**
   * Moves the duplicate's products, cases, credit history, receivables and visit plans to the survivor and marks the
   * duplicate as merged; its access log stays with it (it records what was opened then).
   */
  public void merge(long survivorId, long duplicateId, Instant now) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("survivor", survivorId)
        .addValue("duplicate", duplicateId)
        .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE);
    jdbc.update("UPDATE product SET customer_id = :survivor WHERE customer_id = :duplicate", p);
    jdbc.update("UPDATE service_case SET customer_id = :survivor WHERE customer_id = :duplicate", p);
    jdbc.update("UPDATE customer_credit_history SET customer_id = :survivor WHERE customer_id = :duplicate", p);
    jdbc.update("UPDATE customer_receivable SET customer_id = :survivor WHERE customer_id = :duplicate", p);
    // the survivor's plans list them (GET /api/visit-plans?customerId=) and their visits name the survivor
    jdbc.update("UPDATE visit_plan SET customer_id = :survivor WHERE customer_id = :duplicate", p);
    jdbc.update("UPDATE customer SET merged_into = :survivor, updated_at = :now WHERE id = :duplicate", p);
    // Anything merged into the duplicate earlier now points at the survivor, so no chain has to be followed.
    jdbc.update("UPDATE customer SET merged_into = :survivor WHERE merged_into = :duplicate", p);
  }

  /**
   * The phone, e-mail and address a known customer gives at intake are their current ones: they replace the archive's
   * (the next mail goes where the customer just said); what they did not give stays.
   */
  public void takeContactsFromIntake(long id, String phone, String email, String address, Instant now) {
    jdbc.update(
        "UPDATE customer SET phone = COALESCE(:phone, phone), phone_digits = COALESCE(:phoneDigits, phone_digits),"
            + " email = COALESCE(:email, email), address = COALESCE(:address, address),"
            + " updated_at = :now WHERE id = :id",
        new MapSqlParameterSource()
            .addValue("id", id)
            .addValue("phone", phone, Types.VARCHAR)
            .addValue("phoneDigits", ContactFormats.phoneDigits(phone), Types.VARCHAR)
            .addValue("email", email, Types.VARCHAR)
            .addValue("address", address, Types.VARCHAR)
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /** Fills in what the survivor lacks from the duplicate (contacts typed at another intake). */
  public void fillGaps(long survivorId, Customer duplicate, Instant now) {
    jdbc.update(
        "UPDATE customer SET contact_name = COALESCE(contact_name, :contactName),"
            + " phone = COALESCE(phone, :phone), phone_digits = COALESCE(phone_digits, :phoneDigits),"
            + " email = COALESCE(email, :email), address = COALESCE(address, :address),"
            + " region = COALESCE(region, :region), salesperson = COALESCE(salesperson, :salesperson),"
            + " updated_at = :now WHERE id = :id",
        new MapSqlParameterSource()
            .addValue("id", survivorId)
            .addValue("contactName", duplicate.contactName(), Types.VARCHAR)
            .addValue("phone", duplicate.phone(), Types.VARCHAR)
            .addValue("phoneDigits", ContactFormats.phoneDigits(duplicate.phone()), Types.VARCHAR)
            .addValue("email", duplicate.email(), Types.VARCHAR)
            .addValue("address", duplicate.address(), Types.VARCHAR)
            .addValue("region", duplicate.region(), Types.VARCHAR)
            .addValue("salesperson", duplicate.salesperson(), Types.VARCHAR)
            .addValue("now", timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  private static final RowMapper<Customer> CUSTOMER_ROW =
      (rs, i) -> new Customer(
          rs.getLong("id"),
          new NewCustomer(
              CustomerKind.valueOf(rs.getString("kind")),
              rs.getString("name"),
              rs.getString("contact_name"),
              rs.getString("phone"),
              rs.getString("email"),
              rs.getString("address"),
              rs.getString("region"),
              rs.getString("salesperson"),
              Classification.valueOf(rs.getString("classification")),
              CreditGrade.valueOf(rs.getString("credit_grade")),
              rs.getBigDecimal("credit_limit"),
              rs.getObject("next_credit_review", LocalDate.class),
              SecrecyLevel.valueOf(rs.getString("secrecy_level"))),
          rs.getObject("merged_into", Long.class),
          instant(rs, "created_at"));

  private static final String PRODUCT_COLUMNS =
      "id, customer_id, model, serial_number, purchase_date, channel, installed_on, warranty_ends_on";

  private static final RowMapper<Product> PRODUCT_ROW =
      (rs, i) -> new Product(
          rs.getLong("id"), rs.getLong("customer_id"), rs.getString("model"), rs.getString("serial_number"),
          rs.getObject("purchase_date", LocalDate.class), rs.getString("channel"),
          rs.getObject("installed_on", LocalDate.class), rs.getObject("warranty_ends_on", LocalDate.class));
}
