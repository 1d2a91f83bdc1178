package com.aftersales.customers.migration;

import com.aftersales.customers.ContactFormats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The customer archive becomes the one record of a customer's contact data: a case of an archived customer keeps
 * no copy of the phone, e-mail and address typed at intake. First the archive takes what only the case records know
 * (per customer and field, the newest case's value, where the archive has none), then the case records of archived
 * customers forget theirs. Cases of no customer keep theirs (they have nowhere else). A Java migration because the
 * archive's phone key (digits only) is written the same way on H2 and PostgreSQL only in Java
 * ({@link ContactFormats}). Running it again finds nothing to do.
 */
@Component
public class V410_1__CaseContactsIntoArchive extends BaseJavaMigration {

  private record Gaps(String phone, String email, String address) {

    Gaps fill(String phone, String email, String address) {
      return new Gaps(this.phone != null ? this.phone : phone, this.email != null ? this.email : email,
          this.address != null ? this.address : address);
    }
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Map<Long, Gaps> newest = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(
            "SELECT customer_id, customer_phone, customer_email, customer_address FROM service_case"
                + " WHERE customer_id IS NOT NULL AND (customer_phone IS NOT NULL OR customer_email IS NOT NULL"
                + " OR customer_address IS NOT NULL) ORDER BY opened_at DESC, case_number DESC");
        ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        newest.merge(rs.getLong(1), new Gaps(blankToNull(rs.getString(2)), blankToNull(rs.getString(3)),
            blankToNull(rs.getString(4))), (seen, older) -> seen.fill(older.phone(), older.email(), older.address()));
      }
    }
    for (Map.Entry<Long, Gaps> e : newest.entrySet()) {
      Gaps g = e.getValue();
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE customer SET phone = COALESCE(phone, ?), phone_digits = COALESCE(phone_digits, ?),"
              + " email = COALESCE(email, ?), address = COALESCE(address, ?), updated_at = ?"
              + " WHERE id = ? AND (phone IS NULL OR email IS NULL OR address IS NULL)")) {
        update.setString(1, g.phone());
        update.setString(2, g.phone() == null ? null : ContactFormats.phoneDigits(g.phone()));
        update.setString(3, ContactFormats.emailKey(g.email()));
        update.setString(4, g.address());
        update.setObject(5, now, Types.TIMESTAMP_WITH_TIMEZONE);
        update.setLong(6, e.getKey());
        update.executeUpdate();
      }
    }
    try (PreparedStatement forget = connection.prepareStatement(
        "UPDATE service_case SET customer_phone = NULL, customer_email = NULL, customer_address = NULL"
            + " WHERE customer_id IS NOT NULL AND (customer_phone IS NOT NULL OR customer_email IS NOT NULL"
            + " OR customer_address IS NOT NULL)")) {
      forget.executeUpdate();
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
