package com.aftersales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.WarrantyPeriod;
import com.aftersales.cases.WarrantyProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Warranty terms of the installed base: service managers register a period per product model (and per part), and
 * the warranty decision's period is the case's own, else the model's registered one, else the configured default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WarrantyTermsTest extends CustomerApiScenarios {

  @Autowired WarrantyPeriod warrantyPeriod;
  @Autowired WarrantyProperties warrantyProperties;
  @Autowired JdbcWarrantyTerms terms;

  private ResponseEntity<String> put(String user, String body) {
    return http.exchange("/api/warranty-terms", HttpMethod.PUT,
        new HttpEntity<>(body, as(user, MediaType.APPLICATION_JSON)), String.class);
  }

  @Test
  void theWarrantyPeriodIsTheRegisteredOneOfTheProductModel() {
    String model = "WT-" + randomSerial();
    assertThat(warrantyPeriod.warrantyMonths(null, model)).isEqualTo(warrantyProperties.warrantyMonths());

    ResponseEntity<String> registered = put("sam", "{\"productModel\": \"" + model + "\", \"months\": 36}");
    put("sam", "{\"productModel\": \"" + model + "\", \"partCode\": \"PUMP\", \"months\": 6}");

    assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(200);
    assertThat(warrantyPeriod.warrantyMonths(null, model)).isEqualTo(36);
    assertThat(warrantyPeriod.warrantyMonths(24, model)).as("a period on the case wins").isEqualTo(24);
    assertThat(terms.months(model, "PUMP")).contains(6);
    assertThat(terms.months(model, "DOOR")).contains(36);

    put("sam", "{\"productModel\": \"" + model + "\", \"months\": 30}");
    assertThat(warrantyPeriod.warrantyMonths(null, model)).as("registering again replaces").isEqualTo(30);
  }

  @Test
  void onlyServiceManagersKeepTermsAndBadInputNamesTheField() throws Exception {
    assertProblem(put("mary", "{\"productModel\": \"X\", \"months\": 12}"), 403);
    assertBadField(put("sam", "{\"productModel\": \"X\", \"months\": -1}"), "months");
    assertBadField(put("sam", "{\"months\": 12}"), "productModel");
  }
}
