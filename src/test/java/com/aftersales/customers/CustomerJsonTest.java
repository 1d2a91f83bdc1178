package com.aftersales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** An archive nests what it holds ({@link NewCustomer}), its JSON does not: the API answers one flat object. */
class CustomerJsonTest {

  /** As Spring Boot configures it: dates as ISO text. */
  final ObjectMapper json =
      Jackson2ObjectMapperBuilder.json().featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  @Test
  @DisplayName("an archive's JSON is flat: its id, every fact of the archive, mergedInto and createdAt, in this order")
  void anArchivesJsonIsFlat() throws Exception {
    Customer customer = new Customer(7L, new NewCustomer(CustomerKind.ORGANISATION, "华东仪器有限公司", "王经理",
        "13900000000", "wang@example.com", "上海市淮海路 1 号", "华东", "sally", Classification.KEY, CreditGrade.B,
        new BigDecimal("10000.00"), LocalDate.of(2027, 6, 1), SecrecyLevel.SECRET), 3L,
        Instant.parse("2026-12-07T01:00:00Z"));

    JsonNode node = json.valueToTree(customer);

    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("id", "kind", "name", "contactName", "phone", "email", "address", "region",
        "salesperson", "classification", "creditGrade", "creditLimit", "nextCreditReview", "secrecyLevel",
        "mergedInto", "createdAt");
    assertThat(node.get("name").asText()).isEqualTo("华东仪器有限公司");
    assertThat(node.get("creditGrade").asText()).isEqualTo("B");
    assertThat(node.get("nextCreditReview").asText()).isEqualTo("2027-06-01");
    assertThat(node.get("mergedInto").asLong()).isEqualTo(3L);
  }
}
