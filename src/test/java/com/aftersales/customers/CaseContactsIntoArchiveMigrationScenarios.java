package com.aftersales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.MigrationDatabase;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database migrated up to V390_1, whose cases of archived customers still hold the contact data typed at intake,
 * is migrated on (V410_1): the archive takes what only the cases knew (the newest case's value, where the archive has
 * none), the cases of archived customers forget theirs, and a case of no customer keeps its own.
 */
abstract class CaseContactsIntoArchiveMigrationScenarios extends MigrationScenarios {

  CaseContactsIntoArchiveMigrationScenarios(MigrationDatabase database) {
    super(database);
  }

  private static long customer(JdbcTemplate jdbc, String name, String phone, String email, String address) {
    jdbc.update("INSERT INTO customer (kind, name, phone, phone_digits, email, address, classification, credit_grade,"
        + " credit_limit, secrecy_level, created_at, updated_at) VALUES ('PERSON', ?, ?, ?, ?, ?, 'NORMAL', 'C', 0,"
        + " 'SECRET', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", name, phone,
        phone == null ? null : ContactFormats.phoneDigits(phone), email, address);
    return jdbc.queryForObject("SELECT MAX(id) FROM customer", Long.class);
  }

  private static void caseOf(JdbcTemplate jdbc, String number, Long customerId, String phone, String email,
      String address, String openedAt) {
    jdbc.update("INSERT INTO service_case (case_number, case_type, channel, customer_name, customer_phone,"
        + " customer_email, customer_address, product_model, description, status, customer_id, opened_at, version,"
        + " updated_at) VALUES (?, 'repair', 'phone', 'Li Wei', ?, ?, ?, 'CP-3000', 'old case', 'CLOSED', ?,"
        + " CAST(? AS TIMESTAMP WITH TIME ZONE), 0, CURRENT_TIMESTAMP)",
        number, phone, email, address, customerId, openedAt);
  }

  private static Map<String, Object> contacts(JdbcTemplate jdbc, String caseNumber) {
    return jdbc.queryForMap("SELECT customer_phone, customer_email, customer_address FROM service_case"
        + " WHERE case_number = ?", caseNumber);
  }

  @Test
  @DisplayName("002 二(一)6.4 公司向外提供各种客户信息资料,一律以客服部所掌握的资料为准: cases of archived customers"
      + " give their contact data to the archive where it has none and keep no copy; a case of no customer keeps its"
      + " own")
  void casesOfArchivedCustomersMoveTheirContactDataIntoTheArchive() {
    flyway("390.1").migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource());
    long gaps = customer(jdbc, "Li Wei", null, "li.wei@example.com", null);
    long complete = customer(jdbc, "Wang Fang", "021-5555 0000", "wang.fang@example.com", "Archive Road 1");
    caseOf(jdbc, "AS-2025-000001", gaps, "13800138000", "old.li@example.com", "Old Road 7", "2025-01-10 08:00:00+00");
    caseOf(jdbc, "AS-2025-000002", gaps, "+86 139-0013 9000", null, null, "2025-03-10 08:00:00+00");
    caseOf(jdbc, "AS-2025-000003", complete, "13700000000", "typed@example.com", "Typed Road 3",
        "2025-02-10 08:00:00+00");
    caseOf(jdbc, "AS-2025-000004", null, "13600000000", "nobody@example.com", "Nowhere Road 4",
        "2025-02-11 08:00:00+00");

    flyway(null).migrate();

    assertThat(jdbc.queryForMap("SELECT phone, phone_digits, email, address FROM customer WHERE id = ?", gaps))
        .as("the newest case's phone, the archive's own e-mail, the newest address any case knew")
        .containsEntry("phone", "+86 139-0013 9000").containsEntry("phone_digits", "13900139000")
        .containsEntry("email", "li.wei@example.com").containsEntry("address", "Old Road 7");
    assertThat(jdbc.queryForMap("SELECT phone, email, address FROM customer WHERE id = ?", complete))
        .as("an archive with every field keeps its own").containsEntry("phone", "021-5555 0000")
        .containsEntry("email", "wang.fang@example.com").containsEntry("address", "Archive Road 1");
    for (String caseNumber : new String[] {"AS-2025-000001", "AS-2025-000002", "AS-2025-000003"}) {
      assertThat(contacts(jdbc, caseNumber).values()).as(caseNumber).containsOnlyNulls();
    }
    assertThat(contacts(jdbc, "AS-2025-000004")).containsEntry("customer_phone", "13600000000")
        .containsEntry("customer_email", "nobody@example.com").containsEntry("customer_address", "Nowhere Road 4");
  }
}
