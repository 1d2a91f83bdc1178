package com.aftersales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
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
 * /api/customers over HTTP, signed in as the demo users (HTTP Basic, password = user id): mary (customer service),
 * sam (service managers), rita (regional managers), grace (general manager), pete (production). Run on H2
 * ({@link CustomerApiTest}) and PostgreSQL ({@link CustomerApiPostgresTest}); every test makes its own customers with
 * random phone numbers, so runs against a kept database do not collide.
 */
abstract class CustomerApiScenarios {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired CustomerRepository repository;

  static String randomPhone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  static String randomSerial() {
    return "SN-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
  }

  HttpHeaders as(String user, MediaType contentType) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    if (contentType != null) {
      headers.setContentType(contentType);
    }
    return headers;
  }

  ResponseEntity<String> get(String user, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(as(user, null)), String.class);
  }

  ResponseEntity<String> post(String user, String path, String body, MediaType type) {
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, as(user, type)), String.class);
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  /** A customer created through the API by mary; returns its JSON. */
  JsonNode createCustomer(String name, String phone, String secrecy) throws Exception {
    ObjectNode c = json.createObjectNode()
        .put("kind", "ORGANISATION")
        .put("name", name)
        .put("contactName", "王经理")
        .put("phone", phone)
        .put("email", phone + "@example.cn")
        .put("address", "上海市浦东新区 88 号")
        .put("region", "华东")
        .put("salesperson", "sally")
        .put("classification", "KEY")
        .put("creditGrade", "B")
        .put("creditLimit", 50000.00)
        .put("secrecyLevel", secrecy);
    ResponseEntity<String> created = post("mary", "/api/customers", c.toString(), MediaType.APPLICATION_JSON);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return body(created);
  }

  static void assertProblem(ResponseEntity<String> response, int status) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
  }

  void assertBadField(ResponseEntity<String> response, String field) throws Exception {
    assertProblem(response, 400);
    assertThat(body(response).get("errors")).extracting(e -> e.get("field").asText()).contains(field);
  }

  int logEntries(long customerId) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM customer_access_log WHERE customer_id = ?", Integer.class, customerId);
  }

  @Test
  void customerServiceFindsACustomerByPhoneNameSerialNumberAndCaseNumber() throws Exception {
    String phone = randomPhone();
    String name = "远东机械 " + phone;
    long id = createCustomer(name, phone, "SECRET").get("id").asLong();
    String serial = randomSerial();
    repository.insertProduct(id, "AS-200", serial, LocalDate.of(2025, 3, 1), "dealer", Instant.now());

    String typedOtherwise = phone.substring(0, 3) + "-" + phone.substring(3, 7) + " " + phone.substring(7);
    assertThat(body(get("mary", "/api/customers?phone={p}".replace("{p}", typedOtherwise))))
        .extracting(c -> c.get("id").asLong()).containsExactly(id);
    JsonNode byName = body(get("mary", "/api/customers?name=" + phone));
    assertThat(byName).extracting(c -> c.get("id").asLong()).containsExactly(id);
    assertThat(byName.get(0).get("phone").asText()).isEqualTo(phone);
    assertThat(body(get("mary", "/api/customers?serialNumber=" + serial)))
        .extracting(c -> c.get("id").asLong()).containsExactly(id);

    String caseNumber = "AS-1999-" + phone.substring(5);
    jdbc.update("INSERT INTO service_case (case_number, case_type, channel, customer_name, product_model, description,"
        + " status, opened_at, version, updated_at, customer_id) VALUES (?, 'repair', 'phone', ?, 'AS-200', 'x',"
        + " 'OPEN', CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP, ?)", caseNumber, name, id);
    assertThat(body(get("mary", "/api/customers?caseNumber=" + caseNumber)))
        .extracting(c -> c.get("id").asLong()).containsExactly(id);
  }

  @Test
  void aNameSearchTakesWildcardsLiterally() throws Exception {
    String phone = randomPhone();
    createCustomer("通配测试 " + phone, phone, "SECRET");

    assertThat(body(get("mary", "/api/customers?name=%25%25"))).isEmpty();
    assertThat(body(get("mary", "/api/customers?name=__"))).isEmpty();
  }

  @Test
  void aSearchWithoutCriterionOrWithABadPhoneNamesTheField() throws Exception {
    assertBadField(get("mary", "/api/customers"), "phone");
    assertBadField(get("mary", "/api/customers?phone=abc"), "phone");
    assertBadField(get("mary", "/api/customers?name=x"), "name");
  }

  @Test
  void aManagerWhoseGroupDoesNotNeedContactDataFindsTheCustomerWithoutIt() throws Exception {
    String phone = randomPhone();
    createCustomer("联系方式测试 " + phone, phone, "SECRET");

    JsonNode hits = body(get("grace", "/api/customers?phone=" + phone));

    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).has("phone")).isFalse();
    assertThat(hits.get(0).has("email")).isFalse();
    assertProblem(get("pete", "/api/customers?phone=" + phone), 403);
  }

  @Test
  void badCustomerInputIsAProblemNamingEveryFieldAndWritesNothing() throws Exception {
    int before = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class);

    ResponseEntity<String> response = post("mary", "/api/customers",
        "{\"kind\": \"ALIEN\", \"phone\": \"12\", \"creditLimit\": -5, \"creditGrade\": \"E\", \"secrecyLevel\": 3}",
        MediaType.APPLICATION_JSON);

    assertProblem(response, 400);
    assertThat(body(response).get("errors")).extracting(e -> e.get("field").asText())
        .contains("kind", "name", "phone", "creditLimit", "creditGrade", "secrecyLevel");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class)).isEqualTo(before);
  }

  @Test
  void onlyManagersOpenAnArchiveWithAReasonAndEachOpeningIsLogged() throws Exception {
    String phone = randomPhone();
    long id = createCustomer("档案测试 " + phone, phone, "SECRET").get("id").asLong();
    repository.insertProduct(id, "AS-300", randomSerial(), LocalDate.of(2024, 1, 15), "online", Instant.now());

    assertProblem(get("mary", "/api/customers/" + id + "?reason=回访前核对资料"), 403);
    assertBadField(get("sam", "/api/customers/" + id), "reason");
    assertThat(logEntries(id)).isZero();

    ResponseEntity<String> opened = get("sam", "/api/customers/" + id + "?reason=处理投诉前核对客户资料");

    assertThat(opened.getStatusCode().value()).isEqualTo(200);
    JsonNode view = body(opened);
    assertThat(view.at("/customer/phone").asText()).isEqualTo(phone);
    assertThat(view.at("/customer/creditGrade").asText()).isEqualTo("B");
    assertThat(view.at("/customer/creditLimit").decimalValue()).isEqualByComparingTo("50000");
    assertThat(view.get("products")).extracting(p -> p.get("model").asText()).containsExactly("AS-300");
    assertThat(view.get("creditHistory")).hasSize(1);
    assertThat(view.get("cases")).isEmpty();
    assertThat(view.get("complaints")).isEmpty();

    JsonNode log = body(get("sam", "/api/customers/access-log?customerId=" + id));
    assertThat(log).hasSize(1);
    assertThat(log.get(0).get("staffUser").asText()).isEqualTo("sam");
    assertThat(log.get(0).get("reason").asText()).isEqualTo("处理投诉前核对客户资料");
    assertThat(log.get(0).get("accessedAt").asText()).isNotBlank();
    assertProblem(get("mary", "/api/customers/access-log?customerId=" + id), 403);
  }

  @Test
  void higherSecrecyLevelsNarrowTheCircle() throws Exception {
    String phone = randomPhone();
    long confidential = createCustomer("机密客户 " + phone, phone, "机密").get("id").asLong();
    String other = randomPhone();
    long topSecret = createCustomer("绝密客户 " + other, other, "TOP_SECRET").get("id").asLong();

    assertThat(get("rita", "/api/customers/" + randomSecretCustomer() + "?reason=区域业务回顾").getStatusCode().value())
        .isEqualTo(200);
    assertProblem(get("rita", "/api/customers/" + confidential + "?reason=区域业务回顾"), 403);
    assertThat(get("sam", "/api/customers/" + confidential + "?reason=重大投诉处理").getStatusCode().value())
        .isEqualTo(200);
    assertProblem(get("sam", "/api/customers/" + topSecret + "?reason=重大投诉处理"), 403);
    assertThat(get("grace", "/api/customers/" + topSecret + "?reason=年度战略客户审阅").getStatusCode().value())
        .isEqualTo(200);
    assertThat(logEntries(confidential)).isEqualTo(1);
    assertThat(logEntries(topSecret)).isEqualTo(1);
  }

  private long randomSecretCustomer() throws Exception {
    String phone = randomPhone();
    return createCustomer("秘密客户 " + phone, phone, "SECRET").get("id").asLong();
  }

  @Test
  void anUnknownOrMalformedCustomerIdIsAProblem() throws Exception {
    assertProblem(get("sam", "/api/customers/999999999?reason=核对客户资料"), 404);
    assertBadField(get("sam", "/api/customers/abc?reason=核对客户资料"), "id");
  }

  @Test
  void mergingADuplicateMovesItsProductsAndCasesToTheSurvivor() throws Exception {
    String phone = randomPhone();
    long survivor = createCustomer("合并测试 " + phone, phone, "SECRET").get("id").asLong();
    String otherPhone = randomPhone();
    ObjectNode dup = json.createObjectNode().put("kind", "PERSON").put("name", "合并测试 " + phone)
        .put("phone", otherPhone);
    long duplicate = body(post("mary", "/api/customers", dup.toString(), MediaType.APPLICATION_JSON))
        .get("id").asLong();
    String serial = randomSerial();
    repository.insertProduct(duplicate, "AS-100", serial, null, "walk-in", Instant.now());

    assertBadField(post("mary", "/api/customers/" + survivor + "/merge", "{\"duplicateId\": " + survivor + "}",
        MediaType.APPLICATION_JSON), "duplicateId");
    assertBadField(post("mary", "/api/customers/" + survivor + "/merge", "{}", MediaType.APPLICATION_JSON),
        "duplicateId");
    ResponseEntity<String> merged = post("mary", "/api/customers/" + survivor + "/merge",
        "{\"duplicateId\": " + duplicate + "}", MediaType.APPLICATION_JSON);

    assertThat(merged.getStatusCode().value()).as(merged.getBody()).isEqualTo(200);
    assertThat(body(get("mary", "/api/customers?serialNumber=" + serial)))
        .extracting(c -> c.get("id").asLong()).containsExactly(survivor);
    assertThat(body(get("mary", "/api/customers?phone=" + otherPhone))).isEmpty();
    JsonNode view = body(get("sam", "/api/customers/" + duplicate + "?reason=核对合并结果"));
    assertThat(view.at("/customer/id").asLong()).isEqualTo(survivor);
    assertThat(view.get("products")).extracting(p -> p.get("serialNumber").asText()).contains(serial);
  }

  @Test
  void aDryRunReportsRejectedRowsAndWritesNothingThenTheImportTakesTheGoodRows() throws Exception {
    String existing = randomPhone();
    createCustomer("已有客户 " + existing, existing, "SECRET");
    String a = randomPhone();
    String b = randomPhone();
    String csv = "kind,name,contactName,phone,email,region,classification,creditGrade,creditLimit,secrecyLevel\r\n"
        + "机构,\"华东, 电器公司\",李四," + a + ",,华东,重点,A,200000.00,机密\r\n"
        + "PERSON,张三,," + b + ",zhang" + b + "@example.cn,华北,NORMAL,D,0,秘密\r\n"
        + "PERSON,,,,,,,,,\r\n"
        + "PERSON,重复,," + a + ",,,,,,\r\n"
        + "PERSON,已有,," + existing + ",,,,,,\r\n"
        + "PERSON,坏额度,," + randomPhone() + ",,,,B,-1,\r\n";
    int before = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class);

    ResponseEntity<String> dry = post("sam", "/api/customers/import?dryRun=true", csv, new MediaType("text", "csv"));

    assertThat(dry.getStatusCode().value()).as(dry.getBody()).isEqualTo(200);
    JsonNode report = body(dry);
    assertThat(report.get("dryRun").asBoolean()).isTrue();
    assertThat(report.get("rows").asInt()).isEqualTo(6);
    assertThat(report.get("accepted")).extracting(r -> r.get("line").asLong()).containsExactly(2L, 3L);
    assertThat(report.get("rejected")).extracting(r -> r.get("line").asLong()).containsExactly(4L, 5L, 6L, 7L);
    assertThat(report.at("/rejected/0/errors")).extracting(e -> e.get("field").asText()).contains("name", "phone");
    assertThat(report.at("/rejected/1/errors/0/field").asText()).isEqualTo("phone");
    assertThat(report.at("/rejected/2/errors/0/message").asText()).contains("belongs to customer");
    assertThat(report.at("/rejected/3/errors/0/field").asText()).isEqualTo("creditLimit");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class)).isEqualTo(before);

    assertProblem(post("mary", "/api/customers/import", csv, new MediaType("text", "csv")), 403);
    JsonNode done = body(post("sam", "/api/customers/import", csv, new MediaType("text", "csv")));

    assertThat(done.get("accepted")).hasSize(2);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class)).isEqualTo(before + 2);
    long orgId = done.at("/accepted/0/customerId").asLong();
    Customer org = repository.find(orgId).orElseThrow();
    assertThat(org.name()).isEqualTo("华东, 电器公司");
    assertThat(org.kind()).isEqualTo(CustomerKind.ORGANISATION);
    assertThat(org.classification()).isEqualTo(Classification.KEY);
    assertThat(org.creditGrade()).isEqualTo(CreditGrade.A);
    assertThat(org.creditLimit()).isEqualByComparingTo("200000");
    assertThat(org.secrecyLevel()).isEqualTo(SecrecyLevel.CONFIDENTIAL);
    assertThat(org.nextCreditReview()).isNotNull();
  }

  @Test
  void anImportWithAnUnknownColumnIsRefusedNamingTheHeader() throws Exception {
    assertBadField(post("sam", "/api/customers/import", "kind,name,phone,password\r\nPERSON,x,13900000000,y\r\n",
        new MediaType("text", "csv")), "header");
    assertBadField(post("sam", "/api/customers/import?dryRun=maybe", "kind,name,phone\r\n",
        new MediaType("text", "csv")), "dryRun");
  }
}
