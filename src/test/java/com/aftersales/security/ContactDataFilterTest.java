package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The answer rewriting and the name patterns of {@link ContactDataFilter}, on the JSON shapes the engine returns. */
class ContactDataFilterTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void variableMapsLoseTheValueOfContactVariablesOnly() throws Exception {
    JsonNode map = json.readTree("""
        {"customerPhone": {"type": "String", "value": "13700002222", "valueInfo": {}},
         "customerName": {"type": "String", "value": "Qian Li", "valueInfo": {}}}""");

    assertThat(ContactDataFilter.mask(map)).isTrue();

    assertThat(map.path("customerPhone").path("value").isNull()).isTrue();
    assertThat(map.path("customerPhone").path("type").asText()).isEqualTo("String");
    assertThat(map.path("customerName").path("value").asText()).isEqualTo("Qian Li");
  }

  @Test
  void variableListsHistoryDetailsAndHalEmbeddingsAreMasked() throws Exception {
    JsonNode hal = json.readTree("""
        {"_embedded": {"variable": [
           {"name": "customerEmail", "value": "q@example.com", "type": "String"},
           {"name": "caseNumber", "value": "AS-1", "type": "String"}]},
         "details": [{"variableName": "customerAddress", "value": "8 Xihu Road", "textValue": "8 Xihu Road"}]}""");

    assertThat(ContactDataFilter.mask(hal)).isTrue();

    assertThat(hal.at("/_embedded/variable/0/value").isNull()).isTrue();
    assertThat(hal.at("/_embedded/variable/1/value").asText()).isEqualTo("AS-1");
    assertThat(hal.at("/details/0/value").isNull()).isTrue();
    assertThat(hal.at("/details/0/textValue").isNull()).isTrue();
  }

  @Test
  void answersWithoutContactDataAreLeftAlone() throws Exception {
    JsonNode tasks = json.readTree("[{\"id\": \"1\", \"name\": \"Review the parts request\"}]");
    assertThat(ContactDataFilter.mask(tasks)).isFalse();
  }

  @Test
  void likePatternsFollowSqlWildcards() {
    assertThat(ContactDataFilter.likePattern("customer%").matcher("customerPhone").matches()).isTrue();
    assertThat(ContactDataFilter.likePattern("%EMAIL").matcher("customerEmail").matches()).isTrue();
    assertThat(ContactDataFilter.likePattern("customer_hone").matcher("customerPhone").matches()).isTrue();
    assertThat(ContactDataFilter.likePattern("customer_one").matcher("customerPhone").matches()).isFalse();
    assertThat(ContactDataFilter.likePattern("customerNam_").matcher("customerPhone").matches()).isFalse();
    assertThat(ContactDataFilter.likePattern("a.b%").matcher("axb").matches()).isFalse();
  }
}
