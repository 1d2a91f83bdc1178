package com.aftersales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Intake (POST /api/service-requests) finds the customer of a new case in the archive, by the id the caller gives,
 * the phone number, the e-mail address or the organisation, or opens an archive; the case and its process instance
 * carry the customer's id, and the product is registered in the installed base.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IntakeFindsCustomerTest extends CustomerApiScenarios {

  @Autowired RuntimeService runtimeService;
  @Autowired com.aftersales.cases.CaseService caseService;

  private ObjectNode request(String name, String phone, String email, String serial) {
    ObjectNode body = json.createObjectNode().put("type", "repair").put("channel", "phone")
        .put("description", "开机无显示").put("externalReference", "T-" + UUID.randomUUID());
    ObjectNode customer = body.putObject("customer");
    if (name != null) {
      customer.put("name", name);
    }
    if (phone != null) {
      customer.put("phone", phone);
    }
    if (email != null) {
      customer.put("email", email);
    }
    ObjectNode product = body.putObject("product").put("model", "CP-3000");
    if (serial != null) {
      product.put("serialNumber", serial);
    }
    return body;
  }

  private JsonNode submit(ObjectNode body) throws Exception {
    ResponseEntity<String> answer =
        post("mary", "/api/service-requests", body.toString(), MediaType.APPLICATION_JSON);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    return body(answer);
  }

  private long caseCustomer(String caseNumber) {
    return jdbc.queryForObject("SELECT customer_id FROM service_case WHERE case_number = ?", Long.class, caseNumber);
  }

  private long caseProduct(String caseNumber) {
    return jdbc.queryForObject("SELECT product_id FROM service_case WHERE case_number = ?", Long.class, caseNumber);
  }

  @Test
  void aNewCallerGetsAnArchiveAndTheCaseAndItsInstanceCarryTheCustomerId() throws Exception {
    String phone = randomPhone();
    String serial = randomSerial();

    JsonNode answer = submit(request("赵六", phone, null, serial));

    long customerId = answer.get("customerId").asLong();
    String caseNumber = answer.get("caseNumber").asText();
    assertThat(caseCustomer(caseNumber)).isEqualTo(customerId);
    Customer customer = repository.find(customerId).orElseThrow();
    assertThat(customer.name()).isEqualTo("赵六");
    assertThat(customer.kind()).isEqualTo(CustomerKind.PERSON);
    assertThat(customer.creditGrade()).isEqualTo(CreditGrade.C);
    assertThat(repository.products(customerId)).extracting(Product::serialNumber).containsExactly(serial);
    assertThat(runtimeService.getVariable(answer.get("processInstanceId").asText(), "customerId"))
        .isEqualTo(customerId);
    assertThat(body(get("mary", "/api/customers?caseNumber=" + caseNumber)))
        .extracting(c -> c.get("id").asLong()).containsExactly(customerId);
  }

  @Test
  void aCallerIsFoundByPhoneHoweverTypedAndByEmailAndTheirProductBySerialNumber() throws Exception {
    String phone = randomPhone();
    String serial = randomSerial();
    JsonNode first = submit(request("钱七", phone, "qian" + phone + "@example.cn", serial));
    long customerId = first.get("customerId").asLong();

    JsonNode samePhone = submit(request("钱七", "+86 " + phone.substring(0, 3) + "-" + phone.substring(3), null,
        serial));
    JsonNode sameEmail = submit(request("钱七", null, "QIAN" + phone + "@Example.cn", randomSerial()));

    assertThat(samePhone.get("customerId").asLong()).isEqualTo(customerId);
    assertThat(sameEmail.get("customerId").asLong()).isEqualTo(customerId);
    assertThat(caseProduct(samePhone.get("caseNumber").asText()))
        .isEqualTo(caseProduct(first.get("caseNumber").asText()));
    assertThat(repository.products(customerId)).hasSize(2);
  }

  @Test
  void aCallerNamingTheCustomerIdNeedsNoContactDataAndTheCaseTakesTheArchivedName() throws Exception {
    String phone = randomPhone();
    long id = createCustomer("已建档单位 " + phone, phone, "SECRET").get("id").asLong();
    ObjectNode body = request(null, null, null, null);
    ((ObjectNode) body.get("customer")).put("id", id);

    JsonNode answer = submit(body);

    assertThat(answer.get("customerId").asLong()).isEqualTo(id);
    assertThat(jdbc.queryForObject("SELECT customer_name FROM service_case WHERE case_number = ?", String.class,
        answer.get("caseNumber").asText())).isEqualTo("王经理");
    assertThat(jdbc.queryForObject("SELECT customer_phone FROM service_case WHERE case_number = ?", String.class,
        answer.get("caseNumber").asText())).as("the case record keeps no copy: the archive is the record").isNull();
    assertThat(caseService.find(answer.get("caseNumber").asText()).orElseThrow().customerPhone())
        .as("the case reads its customer's phone from the archive").isEqualTo(phone);
  }

  @Test
  void anUnknownCustomerIdIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
    int customers = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class);
    int cases = jdbc.queryForObject("SELECT COUNT(*) FROM service_case", Integer.class);
    ObjectNode unknown = request(null, null, null, null);
    ((ObjectNode) unknown.get("customer")).put("id", 987654321L);
    ObjectNode malformed = request(null, null, null, null);
    ((ObjectNode) malformed.get("customer")).put("id", "abc");

    assertBadField(post("mary", "/api/service-requests", unknown.toString(), MediaType.APPLICATION_JSON),
        "customer.id");
    assertBadField(post("mary", "/api/service-requests", malformed.toString(), MediaType.APPLICATION_JSON),
        "customer.id");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class)).isEqualTo(customers);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_case", Integer.class)).isEqualTo(cases);
  }

  @Test
  void twoCallersOfOneOrganisationShareItsArchive() throws Exception {
    String organisation = "南方电器有限公司 " + UUID.randomUUID();
    ObjectNode first = request("孙八", randomPhone(), null, randomSerial());
    ((ObjectNode) first.get("customer")).put("organisation", organisation);
    ObjectNode second = request("周九", randomPhone(), null, randomSerial());
    ((ObjectNode) second.get("customer")).put("organisation", organisation);

    long a = submit(first).get("customerId").asLong();
    long b = submit(second).get("customerId").asLong();

    assertThat(b).isEqualTo(a);
    Customer customer = repository.find(a).orElseThrow();
    assertThat(customer.kind()).isEqualTo(CustomerKind.ORGANISATION);
    assertThat(customer.name()).isEqualTo(organisation);
    assertThat(customer.contactName()).isEqualTo("孙八");
  }
}
