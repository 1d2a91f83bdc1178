package com.aftersales.desk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place the desk, the case view and the customer's pages read a customer's contact data: from the customer
 * archive for a case that belongs to a customer (the archive is the record, corrected there), from the case record
 * only for a case of no customer (opened before the archive). The name is the one the case calls the customer by.
 * Who may see it is decided elsewhere (privacy.ContactDataPolicy); this class only reads.
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

  /** Phone, e-mail and address: the archive's for a case of a customer, else the case record's. */
  private static final String CONTACT_COLUMNS = "COALESCE(cu.phone, s.customer_phone),"
      + " COALESCE(cu.email, s.customer_email), COALESCE(cu.address, s.customer_address)";

  private static final String CASES = " FROM service_case s LEFT JOIN customer cu ON cu.id = s.customer_id";

  private final NamedParameterJdbcTemplate jdbc;

  public CaseContacts(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Contact> of(String caseNumber) {
    return jdbc.query(
            "SELECT s.customer_name, " + CONTACT_COLUMNS + CASES + " WHERE s.case_number = :c",
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
        "SELECT s.case_number" + CASES + " WHERE COALESCE(cu.phone, s.customer_phone) IS NOT NULL AND"
            + " REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(COALESCE(cu.phone, s.customer_phone), ' ', ''),"
            + " '-', ''), '(', ''), ')', ''), '+', ''), '.', '') LIKE :p ORDER BY s.opened_at DESC, s.case_number DESC LIMIT "
            + MAX_MATCHES,
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
