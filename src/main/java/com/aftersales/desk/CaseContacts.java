package com.aftersales.desk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place the desk, the case view and the customer's pages read a customer's contact data. Today it lives
 * in the case record (service_case: name, phone, e-mail, address, copied into the case's variables at intake);
 * when the customer archive takes it over, only this class changes. Who may see it is decided elsewhere
 * (privacy.ContactDataPolicy); this class only reads.
 */
@Component
public class CaseContacts {

  /** A customer's contact data as recorded for one case; any field may be null. */
  public record Contact(String name, String phone, String email, String address) {

    /** The phone's digits only ("+86 138-0013-8000" -> "8613800138000"), or "" without a phone. */
    public String phoneDigits() {
      return digits(phone);
    }
  }

  private static final int MAX_MATCHES = 50;

  private final NamedParameterJdbcTemplate jdbc;

  public CaseContacts(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Contact> of(String caseNumber) {
    return jdbc.query(
            "SELECT customer_name, customer_phone, customer_email, customer_address FROM service_case"
                + " WHERE case_number = :c",
            new MapSqlParameterSource("c", caseNumber),
            (rs, row) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .stream()
        .findFirst();
  }

  /**
   * Cases whose phone number contains the given digits (a caller gives the number as they say it, with or
   * without country code or separators), newest first. At least 4 digits, or nothing is found.
   */
  public List<String> caseNumbersByPhone(String anyPhone) {
    String digits = digits(anyPhone);
    if (digits.length() < 4) {
      return List.of();
    }
    // Separators stripped on both sides; the phone column is short (30), so the scan of candidates is cheap.
    return jdbc.queryForList(
        "SELECT case_number FROM service_case WHERE customer_phone IS NOT NULL AND"
            + " REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(customer_phone, ' ', ''), '-', ''), '(', ''), ')', ''),"
            + " '+', ''), '.', '') LIKE :p ORDER BY opened_at DESC, case_number DESC LIMIT " + MAX_MATCHES,
        new MapSqlParameterSource("p", "%" + digits + "%"),
        String.class);
  }

  /** Cases whose customer's name contains the text, ignoring case, newest first. */
  public List<String> caseNumbersByName(String text) {
    String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (needle.isEmpty()) {
      return List.of();
    }
    return jdbc.queryForList(
        "SELECT case_number FROM service_case WHERE LOWER(customer_name) LIKE :n ESCAPE '\\'"
            + " ORDER BY opened_at DESC, case_number DESC LIMIT " + MAX_MATCHES,
        new MapSqlParameterSource("n", "%" + escapeLike(needle) + "%"),
        String.class);
  }

  static String digits(String text) {
    return text == null ? "" : text.replaceAll("[^0-9]", "");
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
