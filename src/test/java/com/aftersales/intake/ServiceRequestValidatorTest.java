package com.aftersales.intake;

import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aftersales.cases.NewCase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRequestValidatorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private final ObjectMapper json = new ObjectMapper();
  private final ServiceRequestValidator validator = new ServiceRequestValidator();

  static final String VALID =
      """
      {"type": "repair", "channel": "walk-in",
       "customer": {"name": " Li Wei ", "phone": "+86 138-0013 8000", "email": "li.wei@example.com",
                    "address": "1 Nanjing Road, Shanghai"},
       "product": {"model": "CP-3000", "serialNumber": "SN-42", "purchaseDate": "2026-03-10",
                   "purchaseProof": true},
       "description": "Paper jams on every second copy", "externalReference": "CRM-1"}
      """;

  private ObjectNode valid() throws Exception {
    return (ObjectNode) json.readTree(VALID);
  }

  private List<FieldError> errorsOf(JsonNode body, String idempotencyKey) {
    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class, () -> validator.validate(body, idempotencyKey, TODAY));
    assertThat(e).as("validation must fail").isNotNull();
    return e.errors();
  }

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }

  @Test
  void validRequestBecomesTheCaseToOpenWithTrimmedText() throws Exception {
    NewCase c = validator.validate(valid(), null, TODAY);

    assertThat(c)
        .isEqualTo(
            new NewCase(
                "repair", "walk-in", "Li Wei", "+86 138-0013 8000", "li.wei@example.com",
                "1 Nanjing Road, Shanghai", "CP-3000", "SN-42", LocalDate.of(2026, 3, 10), true,
                "Paper jams on every second copy", "CRM-1", null, null, null));
  }

  @Test
  void everyMissingRequiredFieldIsNamedAtOnce() throws Exception {
    List<FieldError> errors = errorsOf(json.readTree("{}"), null);

    assertThat(fields(errors))
        .containsExactlyInAnyOrder("type", "channel", "customer", "product", "description");
  }

  @Test
  void missingFieldsInsideTheObjectsAreNamedByPath() throws Exception {
    ObjectNode body = valid();
    body.putObject("customer").put("name", "  ");
    body.putObject("product");

    assertThat(fields(errorsOf(body, null)))
        .containsExactlyInAnyOrder(
            "customer.name", "customer.phone", "customer.email", "product.model");
  }

  @Test
  void phoneAloneOrEmailAloneIsEnough() throws Exception {
    ObjectNode phoneOnly = valid();
    ((ObjectNode) phoneOnly.get("customer")).remove("email");
    ObjectNode emailOnly = valid();
    ((ObjectNode) emailOnly.get("customer")).putNull("phone");

    assertThat(validator.validate(phoneOnly, null, TODAY).customerEmail()).isNull();
    assertThat(validator.validate(emailOnly, null, TODAY).customerPhone()).isNull();
  }

  @Test
  void wrongJsonTypesAreNamedForEachField() throws Exception {
    JsonNode body =
        json.readTree(
            """
            {"type": 1, "channel": ["phone"], "customer": "Li Wei", "product": {"model": 3000,
             "serialNumber": false, "purchaseDate": 20260101, "purchaseProof": "yes"},
             "description": {"text": "broken"}, "externalReference": 17}
            """);

    List<FieldError> errors = errorsOf(body, null);

    assertThat(fields(errors))
        .containsExactlyInAnyOrder(
            "type", "channel", "customer", "product.model", "product.serialNumber",
            "product.purchaseDate", "product.purchaseProof", "description", "externalReference");
    assertThat(errors).contains(new FieldError("customer", "must be an object"));
    assertThat(errors).contains(new FieldError("product.purchaseProof", "must be true or false"));
    assertThat(errors).contains(new FieldError("description", "must be a string"));
  }

  @Test
  void unknownTypeAndChannelListTheAllowedValues() throws Exception {
    ObjectNode body = valid().put("type", "Repair").put("channel", "fax");

    List<FieldError> errors = errorsOf(body, null);

    assertThat(errors)
        .containsExactlyInAnyOrder(
            new FieldError("type", "must be one of repair, exchange, complaint, parts, consultation, installation, maintenance, emergency"),
            new FieldError("channel", "must be one of phone, online, email, walk-in, dealer"));
  }

  @Test
  void malformedPhoneAndEmailAreRejected() throws Exception {
    for (String phone : List.of("call me", "12345", "+86 138 0013 8000 1234 5", "++8613800138000", "138-")) {
      ObjectNode body = valid();
      ((ObjectNode) body.get("customer")).put("phone", phone);
      assertThat(fields(errorsOf(body, null))).as(phone).containsExactly("customer.phone");
    }
    for (String email : List.of("li.wei", "li@", "li@example", "li wei@example.com", "@example.com")) {
      ObjectNode body = valid();
      ((ObjectNode) body.get("customer")).put("email", email);
      assertThat(fields(errorsOf(body, null))).as(email).containsExactly("customer.email");
    }
  }

  @Test
  void acceptedPhoneFormats() throws Exception {
    for (String phone : List.of("13800138000", "+8613800138000", "010-6552 9988", "(021) 5555-1234")) {
      ObjectNode body = valid();
      ((ObjectNode) body.get("customer")).put("phone", phone);
      assertThat(validator.validate(body, null, TODAY).customerPhone()).isEqualTo(phone);
    }
  }

  @Test
  void textsLongerThanTheirColumnsAreRejected() throws Exception {
    ObjectNode body = valid();
    ((ObjectNode) body.get("customer")).put("name", "x".repeat(ServiceRequestValidator.NAME_MAX + 1));
    ((ObjectNode) body.get("customer")).put("address", "x".repeat(ServiceRequestValidator.ADDRESS_MAX + 1));
    ((ObjectNode) body.get("product")).put("model", "x".repeat(ServiceRequestValidator.MODEL_MAX + 1));
    ((ObjectNode) body.get("product")).put("serialNumber", "x".repeat(ServiceRequestValidator.SERIAL_MAX + 1));
    body.put("description", "x".repeat(ServiceRequestValidator.DESCRIPTION_MAX + 1));
    body.put("externalReference", "x".repeat(ServiceRequestValidator.REFERENCE_MAX + 1));

    List<FieldError> errors = errorsOf(body, null);

    assertThat(fields(errors))
        .containsExactlyInAnyOrder(
            "customer.name", "customer.address", "product.model", "product.serialNumber",
            "description", "externalReference");
    assertThat(errors).contains(new FieldError("customer.name", "must be at most 100 characters"));
  }

  @Test
  void purchaseDateMustBeAnIsoDateNotInTheFuture() throws Exception {
    for (String date : List.of("2026-03-11", "10/03/2026", "2026-02-30", "yesterday", "1899-12-31")) {
      ObjectNode body = valid();
      ((ObjectNode) body.get("product")).put("purchaseDate", date);
      assertThat(fields(errorsOf(body, null))).as(date).containsExactly("product.purchaseDate");
    }
    ObjectNode tomorrow = valid();
    ((ObjectNode) tomorrow.get("product")).put("purchaseDate", "2026-03-11");
    assertThat(errorsOf(tomorrow, null))
        .containsExactly(new FieldError("product.purchaseDate", "must not be in the future"));
  }

  @Test
  void purchaseDateAndProofMayBeUnknown() throws Exception {
    ObjectNode body = valid();
    ((ObjectNode) body.get("product")).remove(List.of("purchaseDate", "purchaseProof", "serialNumber"));

    NewCase c = validator.validate(body, null, TODAY);

    assertThat(c.purchaseDate()).isNull();
    assertThat(c.serialNumber()).isNull();
    assertThat(c.purchaseProof()).as("no proof stated is no proof").isFalse();
  }

  @Test
  void unknownPropertiesAreIgnoredAtEveryLevel() throws Exception {
    ObjectNode body = valid();
    body.put("priority", "urgent");
    ((ObjectNode) body.get("customer")).put("vip", true);
    ((ObjectNode) body.get("product")).putArray("photos");

    assertThat(validator.validate(body, null, TODAY)).isEqualTo(validator.validate(valid(), null, TODAY));
  }

  @Test
  void idempotencyKeyBecomesTheExternalReferenceOnlyWhenTheBodyHasNone() throws Exception {
    ObjectNode withoutReference = valid();
    withoutReference.remove("externalReference");

    assertThat(validator.validate(withoutReference, " key-1 ", TODAY).externalReference())
        .isEqualTo("key-1");
    assertThat(validator.validate(valid(), "key-1", TODAY).externalReference()).isEqualTo("CRM-1");
    assertThat(errorsOf(withoutReference, "k".repeat(101)))
        .containsExactly(new FieldError("Idempotency-Key", "must be at most 100 characters"));
  }

  @Test
  void bodyThatIsNotAnObjectIsRejectedAsAWhole() throws Exception {
    assertThat(fields(errorsOf(json.readTree("[1, 2]"), null))).containsExactly("");
    assertThat(fields(errorsOf(json.readTree("\"repair\""), null))).containsExactly("");
  }
}
