package com.aftersales.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.aftersales.privacy.ContactDataPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every task form must give the person in Tasklist (issue #6): the case at the top, read-only (case number,
 * customer, product); a label on every field; bounded free text; reasons that cannot be left empty where something
 * is refused or rejected; satisfaction scores 1 to 5; phone numbers that look like phone numbers.
 */
class FormsAuditTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final Set<String> DISPLAY_ONLY = Set.of("text", "separator", "spacer", "image", "html", "group", "dynamiclist", "iframe", "table");
  static final Set<String> CONTEXT = Set.of("caseNumber", "customerName", "productModel");
  /**
   * Forms of work that belongs to no case: the spare-parts store's (purchasing, stocktaking), the archive's upkeep
   * (re-verification, the monthly customer information report, the destruction of an archive) and the credit review.
   */
  static final Set<String> CASELESS = Set.of(
      "parts-purchase-plan", "parts-purchase-receive", "stock-count", "stock-approve-corrections",
      "archive-reverify", "archive-correct", "customer-info-report", "credit-review",
      "archive-destruction-supervisor", "archive-destruction-service-manager", "archive-destruction-general-manager");
  /** Keys of reasons that a person gives when refusing, rejecting or reporting a problem. */
  static final Pattern REASON = Pattern.compile("(?i).*(reason|problem|objection|judgement|decisionNote|managerComment|signOffNotes).*");

  static Stream<Path> forms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.filter(f -> f.toString().endsWith(".form")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void formIsIdentifiedByItsFileAndTargetsCamunda724(Path file) throws IOException {
    JsonNode form = JSON.readTree(file.toFile());
    assertThat(form.path("id").asText()).isEqualTo(file.getFileName().toString().replace(".form", ""));
    assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
    assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
  }

  @ParameterizedTest
  @MethodSource("forms")
  void caseContextComesFirstAndCannotBeEdited(Path file) throws IOException {
    JsonNode form = JSON.readTree(file.toFile());
    if (CASELESS.contains(form.path("id").asText())) {
      return;
    }
    List<String> shown = new ArrayList<>();
    for (JsonNode c : form.path("components")) {
      if (c.path("type").asText().equals("text")) {
        // A heading such as "Complaint {{caseNumber}}" shows the context as text.
        CONTEXT.stream().filter(k -> c.path("text").asText().contains("{{" + k + "}}")).forEach(shown::add);
        continue;
      }
      if (DISPLAY_ONLY.contains(c.path("type").asText())) {
        continue;
      }
      if (!readOnly(c)) {
        break;
      }
      shown.add(c.path("key").asText());
    }
    assertThat(shown).as(file + ": read-only case context before the first input").containsAll(CONTEXT);
  }

  @ParameterizedTest
  @MethodSource("forms")
  void inputsAreLabelledBoundedAndValidated(Path file) throws IOException {
    for (JsonNode c : inputs(JSON.readTree(file.toFile()).path("components"))) {
      String where = file.getFileName() + " " + c.path("key").asText();
      String type = c.path("type").asText();
      JsonNode validate = c.path("validate");
      assertThat(c.path("label").asText()).as(where + " label").isNotBlank();
      if (readOnly(c)) {
        continue;
      }
      if (type.equals("textfield") || type.equals("textarea")) {
        assertThat(validate.path("maxLength").asInt()).as(where + " maxLength").isPositive();
      }
      if (type.equals("radio") || type.equals("select") || type.equals("checklist")) {
        assertThat(c.path("values").size() + (c.has("valuesKey") ? 2 : 0)).as(where + " options").isGreaterThanOrEqualTo(2);
      }
      if (type.equals("datetime")) {
        // Tasklist shows only the date and time labels, not the field label.
        assertThat(c.path("dateLabel").asText()).as(where + " dateLabel").isNotBlank().isNotEqualTo("Date");
        if (!c.path("subtype").asText().equals("date")) {
          assertThat(c.path("timeLabel").asText()).as(where + " timeLabel").isNotBlank().isNotEqualTo("Time");
        }
      }
      String key = c.path("key").asText();
      if (key.toLowerCase().contains("satisfaction")) {
        assertThat(type).as(where).isEqualTo("number");
        assertThat(validate.path("required").asBoolean()).as(where + " required").isTrue();
        assertThat(validate.path("min").asInt()).as(where + " min").isEqualTo(1);
        assertThat(validate.path("max").asInt()).as(where + " max").isEqualTo(5);
      }
      if (key.toLowerCase().contains("phone")) {
        assertThat(validate.path("pattern").asText()).as(where + " pattern").isNotBlank();
      }
      if ((type.equals("textarea") || type.equals("textfield")) && REASON.matcher(key).matches()) {
        assertThat(validate.path("required").asBoolean()).as(where + " required").isTrue();
        assertThat(validate.path("minLength").asInt()).as(where + " minLength").isGreaterThanOrEqualTo(5);
      }
    }
  }

  /**
   * Tasklist 7.24 keeps Complete disabled while form-js holds any error entry, and every edit of a field inside a
   * repeating list leaves one behind (form-js 1.8 stores "no error" of a repeated field as an empty array under the
   * field's id). Lines are boxes bound to fixed paths instead (partsLines.0, partsLines.1, ...).
   */
  @ParameterizedTest
  @MethodSource("forms")
  void formHasNoRepeatingListTasklistCouldNotComplete(Path file) throws IOException {
    List<JsonNode> all = new ArrayList<>();
    collect(JSON.readTree(file.toFile()).path("components"), all);
    assertThat(all).as(file + ": repeating lists").noneMatch(c -> c.path("isRepeating").asBoolean());
  }

  private static void collect(JsonNode components, List<JsonNode> into) {
    for (JsonNode c : components) {
      into.add(c);
      collect(c.path("components"), into);
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void phonePatternAcceptsWhatIntakeAcceptsAndRefusesWords(Path file) throws IOException {
    for (JsonNode c : inputs(JSON.readTree(file.toFile()).path("components"))) {
      if (!c.path("key").asText().toLowerCase().contains("phone") || readOnly(c)) {
        continue;
      }
      Pattern pattern = Pattern.compile(c.path("validate").path("pattern").asText());
      assertThat(pattern.matcher("13912345678").matches()).isTrue();
      assertThat(pattern.matcher("+86 21 6123-4567").matches()).isTrue();
      assertThat(pattern.matcher("call me").matches()).isFalse();
      assertThat(pattern.matcher("12").matches()).isFalse();
    }
  }

  /**
   * A form whose task only groups without a need for contact data work (ContactDataPolicy: planning, production,
   * warehouse, marketing, regional and general managers) does not show the customer's phone, e-mail or address.
   */
  @Test
  void formsOfGroupsWithoutContactNeedShowNoContactData() throws IOException {
    Map<String, Set<String>> groupsOfForm = new TreeMap<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        for (UserTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
          String form = task.getAttributeValueNs(CAMUNDA_NS, "formRef");
          String groups = task.getCamundaCandidateGroups();
          if (form != null && groups != null) {
            groupsOfForm.computeIfAbsent(form, f -> new TreeSet<>()).addAll(List.of(groups.split("\\s*,\\s*")));
          }
        }
      }
    }
    List<String> fixedGroupsWithoutNeed = groupsOfForm.entrySet().stream()
        .filter(e -> e.getValue().stream().noneMatch(g -> g.startsWith("${") || ContactDataPolicy.NEEDING.contains(g)))
        .map(Map.Entry::getKey).toList();
    assertThat(fixedGroupsWithoutNeed).contains("parts-review", "parts-make", "exchange-general-manager-decide");
    for (String form : fixedGroupsWithoutNeed) {
      String text = Files.readString(Path.of("forms", form + ".form"));
      assertThat(text).as(form).doesNotContain("customerPhone", "customerEmail", "customerAddress");
    }
  }

  static boolean readOnly(JsonNode c) {
    return c.path("disabled").asBoolean() || c.path("readonly").asBoolean();
  }

  /** Every field with a key, also inside groups and dynamic lists. */
  static List<JsonNode> inputs(JsonNode components) {
    List<JsonNode> inputs = new ArrayList<>();
    for (JsonNode c : components) {
      if (c.has("components")) {
        inputs.addAll(inputs(c.path("components")));
      }
      if (!DISPLAY_ONLY.contains(c.path("type").asText()) && c.hasNonNull("key")) {
        inputs.add(c);
      }
    }
    return inputs;
  }
}
