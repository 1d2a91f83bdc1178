package com.aftersales.customers.migration;

import com.aftersales.customers.ContactFormats;
import com.aftersales.customers.CreditGrade;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Moves the cases taken in before the archive existed onto customers and registered products, so existing databases
 * keep working: a case's customer is found by the digits of its phone number, else by its e-mail address, else
 * created from the case's customer (a person, grade C without limit, secrecy 秘密, as intake creates one); its
 * product by serial number, else by model among the customer's products without one, else registered. A Java
 * migration because the phone key (digits only) is written the same way on H2 and PostgreSQL only in Java. Cases that
 * have a customer already are left alone, so running it on a half-moved database finishes the job.
 */
@Component
public class V200_2__CasesOntoCustomers extends BaseJavaMigration {

  static final String REASON = "taken over from the case records (migration V200_2)";

  private record LegacyCase(
      String caseNumber, String name, String phone, String email, String address, String model, String serial,
      LocalDate purchaseDate, OffsetDateTime openedAt) {}

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (LegacyCase c : legacyCases(connection)) {
      long customerId = customerOf(connection, c, now);
      long productId = productOf(connection, customerId, c);
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE service_case SET customer_id = ?, product_id = ? WHERE case_number = ?")) {
        update.setLong(1, customerId);
        update.setLong(2, productId);
        update.setString(3, c.caseNumber());
        update.executeUpdate();
      }
    }
  }

  private static List<LegacyCase> legacyCases(Connection connection) throws SQLException {
    List<LegacyCase> cases = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
            "SELECT case_number, customer_name, customer_phone, customer_email, customer_address, product_model,"
                + " serial_number, purchase_date, opened_at FROM service_case WHERE customer_id IS NULL"
                + " ORDER BY opened_at, case_number");
        ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        cases.add(new LegacyCase(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, OffsetDateTime.class)));
      }
    }
    return cases;
  }

  private static long customerOf(Connection connection, LegacyCase c, OffsetDateTime now) throws SQLException {
    String phone = ContactFormats.phoneDigits(c.phone());
    String email = ContactFormats.emailKey(c.email());
    Long found = phone == null ? null : id(connection,
        "SELECT MIN(id) FROM customer WHERE merged_into IS NULL AND phone_digits = ?", phone);
    if (found == null && email != null) {
      found = id(connection, "SELECT MIN(id) FROM customer WHERE merged_into IS NULL AND email = ?", email);
    }
    if (found == null && phone == null && email == null) {
      found = id(connection, "SELECT MIN(id) FROM customer WHERE merged_into IS NULL AND kind = 'PERSON'"
          + " AND phone_digits IS NULL AND email IS NULL AND name = ?", c.name());
    }
    if (found != null) {
      return found;
    }
    LocalDate nextReview = now.toLocalDate().plus(CreditGrade.C.reviewEvery());
    long id;
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO customer (kind, name, contact_name, phone, phone_digits, email, address, classification,"
            + " credit_grade, credit_limit, next_credit_review, secrecy_level, created_at, updated_at)"
            + " VALUES ('PERSON', ?, ?, ?, ?, ?, ?, 'NORMAL', 'C', 0, ?, 'SECRET', ?, ?)",
        new String[] {"id"})) {
      insert.setString(1, c.name());
      insert.setString(2, c.name());
      insert.setString(3, c.phone());
      insert.setString(4, phone);
      insert.setString(5, email);
      insert.setString(6, c.address());
      insert.setDate(7, Date.valueOf(nextReview));
      insert.setObject(8, c.openedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
      insert.setObject(9, now, Types.TIMESTAMP_WITH_TIMEZONE);
      insert.executeUpdate();
      id = generatedId(insert);
    }
    try (PreparedStatement credit = connection.prepareStatement(
        "INSERT INTO customer_credit_history (customer_id, credit_grade, credit_limit, next_credit_review, reason,"
            + " changed_at) VALUES (?, 'C', 0, ?, ?, ?)")) {
      credit.setLong(1, id);
      credit.setDate(2, Date.valueOf(nextReview));
      credit.setString(3, REASON);
      credit.setObject(4, now, Types.TIMESTAMP_WITH_TIMEZONE);
      credit.executeUpdate();
    }
    return id;
  }

  private static long productOf(Connection connection, long customerId, LegacyCase c) throws SQLException {
    Long found = c.serial() != null
        ? id(connection, "SELECT MIN(id) FROM product WHERE customer_id = ? AND serial_number = ?", customerId,
            c.serial())
        : id(connection, "SELECT MIN(id) FROM product WHERE customer_id = ? AND model = ? AND serial_number IS NULL",
            customerId, c.model());
    if (found != null) {
      return found;
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO product (customer_id, model, serial_number, purchase_date, registered_at) VALUES (?, ?, ?, ?, ?)",
        new String[] {"id"})) {
      insert.setLong(1, customerId);
      insert.setString(2, c.model());
      insert.setString(3, c.serial());
      insert.setObject(4, c.purchaseDate() == null ? null : Date.valueOf(c.purchaseDate()), Types.DATE);
      insert.setObject(5, c.openedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
      insert.executeUpdate();
      return generatedId(insert);
    }
  }

  private static Long id(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() ? rs.getObject(1, Long.class) : null;
      }
    }
  }

  private static long generatedId(PreparedStatement insert) throws SQLException {
    try (ResultSet keys = insert.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
