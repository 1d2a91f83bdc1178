package com.aftersales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.MigrationDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database as it is today (migrated up to V190_1, cases with their customers' contact data in the case rows) is
 * migrated to the archive: every case gets a customer and a product, one customer per phone number (however typed)
 * or e-mail address, and the application's usual migrations run on afterwards.
 */
abstract class CasesOntoCustomersMigrationScenarios extends MigrationScenarios {

  CasesOntoCustomersMigrationScenarios(MigrationDatabase database) {
    super(database);
  }

  private void legacyCase(JdbcTemplate jdbc, String number, String name, String phone, String email, String serial,
      String model) {
    jdbc.update("INSERT INTO service_case (case_number, case_type, channel, customer_name, customer_phone,"
        + " customer_email, product_model, serial_number, description, status, opened_at, version, updated_at)"
        + " VALUES (?, 'repair', 'phone', ?, ?, ?, ?, ?, 'old case', 'CLOSED', CURRENT_TIMESTAMP, 0,"
        + " CURRENT_TIMESTAMP)", number, name, phone, email, model, serial);
  }

  @Test
  void todaysCasesAreMovedOntoCustomersAndProducts() {
    flyway("190.1").migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource());
    legacyCase(jdbc, "AS-2025-000001", "Li Wei", "+86 138-0013 8000", "li.wei@example.com", "SN-1", "CP-3000");
    legacyCase(jdbc, "AS-2025-000002", "Li Wei", "13800138000", null, "SN-1", "CP-3000");
    legacyCase(jdbc, "AS-2025-000003", "李伟", null, "LI.WEI@example.com", null, "CP-1000");
    legacyCase(jdbc, "AS-2025-000004", "Wang Fang", "021-5555 0000", null, null, "CP-1000");
    legacyCase(jdbc, "AS-2025-000005", "Wang Fang", "021-5555 0000", null, null, "CP-1000");

    flyway(null).migrate();

    List<Map<String, Object>> cases = jdbc.queryForList(
        "SELECT case_number, customer_id, product_id FROM service_case ORDER BY case_number");
    assertThat(cases).allSatisfy(c -> {
      assertThat(c.get("customer_id")).isNotNull();
      assertThat(c.get("product_id")).isNotNull();
    });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class)).isEqualTo(2);
    Object liWei = cases.get(0).get("customer_id");
    assertThat(cases.subList(0, 3)).allSatisfy(c -> assertThat(c.get("customer_id")).isEqualTo(liWei));
    assertThat(cases.get(1).get("product_id")).isEqualTo(cases.get(0).get("product_id"));
    assertThat(cases.get(2).get("product_id")).isNotEqualTo(cases.get(0).get("product_id"));
    assertThat(cases.get(4).get("product_id")).isEqualTo(cases.get(3).get("product_id"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Integer.class)).isEqualTo(3);
    Map<String, Object> customer = jdbc.queryForMap(
        "SELECT name, phone_digits, email, credit_grade, secrecy_level FROM customer WHERE id = ?", liWei);
    assertThat(customer).containsEntry("phone_digits", "13800138000").containsEntry("email", "li.wei@example.com")
        .containsEntry("credit_grade", "C").containsEntry("secrecy_level", "SECRET");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_credit_history", Integer.class)).isEqualTo(2);
  }
}
