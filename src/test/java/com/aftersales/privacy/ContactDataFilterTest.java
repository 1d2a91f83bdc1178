package com.aftersales.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

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

  @Test
  void likePatternsFollowTheEnginesBackslashEscape() {
    assertThat(ContactDataFilter.likePattern("customer\\Phone").matcher("customerPhone").matches()).isTrue();
    assertThat(ContactDataFilter.likePattern("customer\\%").matcher("customerPhone").matches()).isFalse();
    assertThat(ContactDataFilter.likePattern("customer\\_hone").matcher("customerPhone").matches()).isFalse();
    assertThat(ContactDataFilter.likePattern("CUSTOMER%").matcher("customerPhone").matches()).isTrue();
  }

  @Test
  void namesAreReadInEveryDecodingWithoutPathParameters() {
    assertThat(ContactDataFilter.readings("customerPhone;x", false)).contains("customerPhone");
    assertThat(ContactDataFilter.readings("customerPhone%3Bjsessionid=1", false)).contains("customerPhone");
    assertThat(ContactDataFilter.readings("customer%2550hone", false)).contains("customerPhone");
    assertThat(ContactDataFilter.readings("customer%25", true)).contains("customer%25", "customer%");
    assertThat(ContactDataFilter.readings("caseNumber+x", true)).contains("caseNumber x");
    assertThat(ContactDataFilter.readings("broken%G1%", true)).containsExactly("broken%G1%");
  }

  @Test
  void aBodyOverTheLimitIsRefusedWithoutBeingBuffered() throws Exception {
    IdentityService identity = Mockito.mock(IdentityService.class);
    Mockito.when(identity.getCurrentAuthentication()).thenReturn(new Authentication("paul", List.of("planning")));
    ContactDataFilter filter = new ContactDataFilter(identity, "default", json, 1024);
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task");
    request.setContentType("application/json");
    request.setContent(("{\"name\":\"" + "x".repeat(4096) + "\"}").getBytes(StandardCharsets.UTF_8));
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(chain.getRequest()).isNull();
  }
}
