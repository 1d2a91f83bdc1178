package com.aftersales.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.forms.FormChoices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixed lists of the forms (select, radio, checklist, taglist with static values) as the completion check
 * reads them: every value a form lists is accepted, anything else is refused naming the field.
 */
class FormChoicesTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> forms() throws IOException {
    return FormsAuditTest.forms();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void everyValueAFormListsIsAcceptedAndAnyOtherRefused(Path file) throws IOException {
    JsonNode form = JSON.readTree(file.toFile());
    FormChoices choices = FormChoices.of(form);
    List<JsonNode> lists = staticLists(form.path("components"));
    // One check per field key: the parts forms repeat the same lists in one box per line.
    assertThat(choices.fields()).as(file + ": every static list is read")
        .hasSameSizeAs(lists.stream().map(list -> list.path("key").asText()).distinct().toList());
    choices.fields().forEach((key, values) -> {
      for (String value : values) {
        assertThat(choices.problems(Map.of(key, value))).as(file + " " + key + "=" + value).isEmpty();
        assertThat(choices.problems(Map.of(key, Variables.stringValue(value)))).isEmpty();
      }
      assertThat(choices.problems(Map.of(key, "=HYPERLINK(\"http://evil.example\")")))
          .singleElement().asString().startsWith(key + " must be one of ");
    });
  }

  @Test
  void aWrongValueIsRefusedOnEveryKindOfListComponent() throws IOException {
    FormChoices choices = FormChoices.of(JSON.readTree("""
        {"components": [
          {"type": "select", "key": "s", "values": [{"label": "A", "value": "a"}, {"label": "B", "value": "b"}]},
          {"type": "radio", "key": "r", "values": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}]},
          {"type": "checklist", "key": "c", "values": [{"label": "X", "value": "x"}, {"label": "Y", "value": "y"}]},
          {"type": "taglist", "key": "t", "values": [{"label": "P", "value": "p"}, {"label": "Q", "value": "q"}]},
          {"type": "group", "components": [
            {"type": "select", "key": "g", "values": [{"label": "One", "value": "1"}]}]},
          {"type": "dynamiclist", "path": "lines", "components": [
            {"type": "select", "key": "part", "values": [{"label": "Rail", "value": "rail"}]},
            {"type": "textfield", "key": "note"}]},
          {"type": "select", "key": "dynamic", "valuesKey": "options"},
          {"type": "textfield", "key": "free"},
          {"type": "select", "key": "shown", "readonly": true, "values": [{"label": "A", "value": "a"}]}
        ]}"""));

    assertThat(choices.problems(Map.of("s", "a", "r", "no", "c", List.of("x", "y"), "t", List.of("q"), "g", "1",
        "lines", List.of(Map.of("part", "rail", "note", "=anything")), "dynamic", "any", "free", "=x"))).isEmpty();
    assertThat(choices.problems(Map.of("s", "c"))).containsExactly("s must be one of a, b (the form's list), not 'c'");
    assertThat(choices.problems(Map.of("r", "maybe"))).singleElement().asString().startsWith("r must be one of yes, no");
    assertThat(choices.problems(Map.of("c", List.of("x", "z")))).singleElement().asString().startsWith("c must be");
    assertThat(choices.problems(Map.of("t", "[\"p\",\"q\"]"))).isEmpty();
    assertThat(choices.problems(Map.of("t", "=1"))).singleElement().asString().startsWith("t must be");
    assertThat(choices.problems(Map.of("t", List.of("p", "=1")))).singleElement().asString().startsWith("t must be");
    assertThat(choices.problems(Map.of("g", "2"))).singleElement().asString().startsWith("g must be");
    assertThat(choices.problems(Map.of("s", 1))).singleElement().asString().startsWith("s must be");
    assertThat(choices.problems(Map.of("c", "[\"x\",\"=1\"]"))).singleElement().asString().startsWith("c must be");
    assertThat(choices.problems(Map.of("s", "[\"a\"]"))).singleElement().asString().startsWith("s must be");
    assertThat(choices.problems(Map.of("s", List.of("a")))).singleElement().asString().startsWith("s must be");
    // the items of a dynamic list are the flow's to check (the parts lines normalise "2.0 m" to "2.0")
    assertThat(choices.problems(Map.of("lines", List.of(Map.of("part", "bed"))))).isEmpty();
    assertThat(choices.freeKeys()).contains("lines");
    assertThat(choices.problems(Map.of("s", "x", "r", "y"))).hasSize(2);
    // a read-only field offers nothing; a missing or null value is the process's business
    assertThat(choices.fields()).doesNotContainKey("shown");
    assertThat(choices.problems(Map.of("other", "x"))).isEmpty();
    assertThat(choices.problems(java.util.Collections.singletonMap("s", null))).isEmpty();
  }

  @Test
  void aKeyTheTaskFormDoesNotHaveIsHeldToTheListOfAnotherFormOfTheProcess() throws IOException {
    FormChoices record = FormChoices.of(JSON.readTree(Path.of("forms/complaint-record.form").toFile()));
    FormChoices investigate = FormChoices.of(JSON.readTree(Path.of("forms/complaint-investigate.form").toFile()));
    FormChoices process = record.and(investigate);

    FormChoices onInvestigate = investigate.withListsOfOtherForms(process);
    assertThat(onInvestigate.problems(Map.of("category", "=HYPERLINK(\"x\")")))
        .singleElement().asString().startsWith("category must be one of product-quality, service-attitude");
    assertThat(onInvestigate.problems(Map.of("category", "price"))).isEmpty();
    // a key another form lets people type stays free
    assertThat(record.withListsOfOtherForms(process).problems(Map.of("description", "=1+2"))).isEmpty();
    assertThat(process.fields().keySet()).containsAll(Set.of("category", "severity", "channel", "causeCategory"));
  }

  private static List<JsonNode> staticLists(JsonNode components) {
    List<JsonNode> found = new java.util.ArrayList<>();
    for (JsonNode c : components) {
      if (c.path("type").asText().equals("dynamiclist")) {
        continue;
      }
      if (Set.of("select", "radio", "checklist", "taglist").contains(c.path("type").asText())
          && c.path("values").isArray() && !c.path("readonly").asBoolean() && !c.path("disabled").asBoolean()) {
        found.add(c);
      }
      found.addAll(staticLists(c.path("components")));
    }
    return found;
  }
}
