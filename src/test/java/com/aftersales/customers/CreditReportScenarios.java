package com.aftersales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/reports/credit-over-limit} over HTTP, signed in as the demo users: sam (service managers), rita
 * (regional managers), mark (marketing managers), mary (customer service). Run on H2 ({@link CreditReportTest}) and
 * PostgreSQL ({@link CreditReportPostgresTest}); every test makes its own customers and cases, so runs against a kept
 * database do not collide.
 */
abstract class CreditReportScenarios {

  static final String PATH = "/api/reports/credit-over-limit";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired CustomerService customers;
  @Autowired Receivables receivables;

  Customer customer(CreditGrade grade, String limit, SecrecyLevel secrecy) {
    String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    return customers.create(new NewCustomer(CustomerKind.ORGANISATION, "额度报表 " + phone, "王经理", phone, null, null,
        "华东", "sally", Classification.NORMAL, grade, new BigDecimal(limit), LocalDate.of(2027, 1, 1), secrecy),
        "credit-report-test", "额度报表测试");
  }

  /** A case of the customer with a receivable of the amount, of which {@code paid} is paid (null: nothing). */
  String charge(Customer customer, String amount, String paid) {
    String caseNumber = "AS-1998-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    jdbc.update("INSERT INTO service_case (case_number, case_type, channel, customer_name, product_model, description,"
        + " status, opened_at, version, updated_at, customer_id) VALUES (?, 'REPAIR', 'phone', ?, 'AS-200', 'x',"
        + " 'OPEN', CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP, ?)", caseNumber, customer.name(), customer.id());
    receivables.open(customer.id(), caseNumber, new BigDecimal(amount), PaymentTerms.ON_ACCOUNT, Instant.now());
    if (paid != null) {
      receivables.pay(caseNumber, new BigDecimal(paid), "BANK-" + caseNumber, Instant.now());
    }
    return caseNumber;
  }

  ResponseEntity<String> get(String user, String accept) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    if (accept != null) {
      headers.set(HttpHeaders.ACCEPT, accept);
    }
    return http.exchange(PATH, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  JsonNode line(String user, Customer customer) throws Exception {
    ResponseEntity<String> response = get(user, null);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    List<JsonNode> lines = StreamSupport.stream(json.readTree(response.getBody()).get("customers").spliterator(), false)
        .filter(c -> c.get("customerId").asLong() == customer.id()).toList();
    return lines.isEmpty() ? null : lines.get(0);
  }

  @Test
  @DisplayName("002 二(三) 2.5: a customer whose unpaid amounts exceed the credit limit is listed with how far over")
  void customersOverTheirLimitAreListed() throws Exception {
    Customer over = customer(CreditGrade.B, "1000.00", SecrecyLevel.SECRET);
    charge(over, "800.00", null);
    charge(over, "700.00", "200.00");
    charge(over, "5000.00", "5000.00");
    Customer within = customer(CreditGrade.A, "5000.00", SecrecyLevel.SECRET);
    charge(within, "5000.00", null);

    JsonNode line = line("sam", over);
    assertThat(line).isNotNull();
    assertThat(line.get("name").asText()).isEqualTo(over.name());
    assertThat(line.get("creditGrade").asText()).isEqualTo("B");
    assertThat(new BigDecimal(line.get("openAmount").asText())).isEqualByComparingTo("1300.00");
    assertThat(new BigDecimal(line.get("overBy").asText())).isEqualByComparingTo("300.00");
    assertThat(line.get("openCases").asInt()).isEqualTo(2);
    assertThat(line("sam", within)).as("exactly at the limit is within it").isNull();
  }

  @Test
  @DisplayName("merging a duplicate moves what it owes to the survivor, which the report then counts")
  void aMergeMovesTheOpenAmountsToTheSurvivor() throws Exception {
    Customer survivor = customer(CreditGrade.B, "1000.00", SecrecyLevel.SECRET);
    Customer duplicate = customer(CreditGrade.B, "1000.00", SecrecyLevel.SECRET);
    charge(survivor, "600.00", null);
    charge(duplicate, "600.00", null);
    assertThat(line("sam", survivor)).isNull();

    customers.merge(survivor.id(), duplicate.id());

    assertThat(receivables.openAmount(survivor.id())).isEqualByComparingTo("1200.00");
    assertThat(new BigDecimal(line("sam", survivor).get("overBy").asText())).isEqualByComparingTo("200.00");
    assertThat(line("sam", duplicate)).as("a merged customer is not listed").isNull();
  }

  @Test
  @DisplayName("the report is CSV for Accept: text/csv, one row per customer over the limit")
  void theReportIsCsvOnRequest() {
    Customer over = customer(CreditGrade.A, "0", SecrecyLevel.SECRET);
    charge(over, "99.50", null);

    ResponseEntity<String> csv = get("mark", "text/csv");

    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    assertThat(csv.getBody()).startsWith("customerId,name,creditGrade,creditLimit,openAmount,overBy,openCases,")
        .contains(over.id() + "," + over.name() + ",A,0.00,99.50,99.50,1,");
  }

  @Test
  @DisplayName("managers only; a customer of a secrecy level the manager may not open is listed without a name (7.2)")
  void managersOnlyAndNamesFollowTheSecrecyLevel() throws Exception {
    Customer confidential = customer(CreditGrade.B, "10.00", SecrecyLevel.CONFIDENTIAL);
    charge(confidential, "20.00", null);

    assertThat(get("mary", null).getStatusCode().value()).isEqualTo(403);
    assertThat(get("mary", null).getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(get(null, null).getStatusCode().value()).isEqualTo(401);
    assertThat(line("sam", confidential).get("name").asText()).isEqualTo(confidential.name());
    JsonNode forRegional = line("rita", confidential);
    assertThat(forRegional.hasNonNull("name")).as("no name for a 机密 customer").isFalse();
    assertThat(new BigDecimal(forRegional.get("overBy").asText())).isEqualByComparingTo("10.00");
  }
}
