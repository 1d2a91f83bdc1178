package com.aftersales.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value chosen from a fixed list earlier in a case is shown to the next person by its Chinese label, never by
 * its code ("上门", not "onSite"): a form shows such a value in a read-only (or disabled) select that lists the
 * same values, so form-js displays the chosen option's label. A read-only text field or a {{...}} in a text would
 * show the code. The lists are those the process's forms offer ({@link FormChoices}), plus the codes the
 * application itself sets that have no choosing form ({@link #CODED}).
 */
class FormReadOnlyLabelsTest {

  /** Codes the application or a decision sets, with the values their read-only selects must label. */
  static final Map<String, Set<String>> CODED = Map.of(
      "coverage", Set.of("warranty", "chargeable"), // warranty-coverage.dmn
      "store", Set.of("main", "emergency"), // stock.Store
      "priceSource", Set.of("price-table", "planning", "warranty", "repair-quote")); // parts.PartLine

  /** Lists whose value reads the same as its label: sizes in metres under the label 尺寸（米）. */
  static final Set<String> SELF_LABELLED = Set.of("size");

  static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
  static final Pattern TEMPLATED = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

  @ParameterizedTest
  @MethodSource("com.aftersales.forms.FormsAuditTest#forms")
  @DisplayName("a value chosen from a list earlier is shown by its label: never in a read-only text field or a {{...}} of a text")
  void aChosenValueIsNeverShownAsItsCode(Path file) throws IOException {
    JsonNode form = FormsAuditTest.JSON.readTree(file.toFile());
    Set<String> coded = new HashSet<>(listsOfTheProcessesOf(form.path("id").asText()).keySet());
    coded.addAll(CODED.keySet());
    coded.removeAll(SELF_LABELLED);
    List<String> shownAsCode = new ArrayList<>();
    for (JsonNode c : all(form.path("components"))) {
      String type = c.path("type").asText();
      if ((type.equals("textfield") || type.equals("textarea")) && FormsAuditTest.readOnly(c)
          && coded.contains(c.path("key").asText())) {
        shownAsCode.add(c.path("key").asText() + " (read-only " + type + ")");
      }
      if (type.equals("text")) {
        Matcher m = TEMPLATED.matcher(c.path("text").asText());
        while (m.find()) {
          if (coded.contains(m.group(1))) {
            shownAsCode.add(m.group(1) + " (in a text)");
          }
        }
      }
    }
    assertThat(shownAsCode).as(file + ": codes shown as they are").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("com.aftersales.forms.FormsAuditTest#forms")
  @DisplayName("a read-only select labels every value that can have been chosen, so none shows blank")
  void aReadOnlySelectLabelsEveryValueThatCanHaveBeenChosen(Path file) throws IOException {
    JsonNode form = FormsAuditTest.JSON.readTree(file.toFile());
    Map<String, Set<String>> chosenFrom = listsOfTheProcessesOf(form.path("id").asText());
    CODED.forEach((key, values) -> chosenFrom.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(values));
    for (JsonNode c : all(form.path("components"))) {
      if (!c.path("type").asText().equals("select") || !FormsAuditTest.readOnly(c)) {
        continue;
      }
      if (c.hasNonNull("valuesKey")) {
        // a run-time list (the parts catalogue of the case's product line): the task holds the same list, with its
        // labels, that the value was chosen from (forms.FormChoicesPlugin refuses any other value)
        continue;
      }
      String key = c.path("key").asText();
      Set<String> labelled = new HashSet<>();
      c.path("values").forEach(v -> {
        assertThat(v.path("label").asText()).as(file + " " + key + " label of " + v.path("value")).isNotBlank();
        labelled.add(v.path("value").asText());
      });
      assertThat(chosenFrom).as(file + " " + key + ": chosen in a form of the process or coded").containsKey(key);
      assertThat(labelled).as(file + " " + key).containsAll(chosenFrom.get(key));
    }
  }

  @Test
  @DisplayName("the complaint's forms show category, severity and cause by the labels the recording forms offer")
  void complaintFormsShowTheRecordedCategoryBySameLabel() throws IOException {
    JsonNode record = FormsAuditTest.JSON.readTree(Path.of("forms", "complaint-record.form").toFile());
    JsonNode respond = FormsAuditTest.JSON.readTree(Path.of("forms", "complaint-respond.form").toFile());
    assertThat(options(respond, "category")).isEqualTo(options(record, "category")).containsEntry("installation", "安装");
    assertThat(options(respond, "severity")).isEqualTo(options(record, "severity")).containsEntry("normal", "一般");
  }

  private static Map<String, String> options(JsonNode form, String key) {
    Map<String, String> options = new HashMap<>();
    for (JsonNode c : all(form.path("components"))) {
      if (key.equals(c.path("key").asText())) {
        c.path("values").forEach(v -> options.put(v.path("value").asText(), v.path("label").asText()));
      }
    }
    return options;
  }

  /** The values the forms of every process using this form offer, per key (not their read-only displays). */
  static Map<String, Set<String>> listsOfTheProcessesOf(String formId) throws IOException {
    Map<String, Set<String>> lists = new HashMap<>();
    for (Path bpmn : bpmnFiles()) {
      Set<String> refs = new LinkedHashSet<>();
      Matcher m = FORM_REF.matcher(Files.readString(bpmn));
      while (m.find()) {
        refs.add(m.group(1));
      }
      if (!refs.contains(formId)) {
        continue;
      }
      for (String ref : refs) {
        Path other = Path.of("forms", ref + ".form");
        if (Files.exists(other)) {
          FormChoices.of(Files.readAllBytes(other)).fields()
              .forEach((key, values) -> lists.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(values));
        }
      }
    }
    return lists;
  }

  private static List<Path> bpmnFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  private static List<JsonNode> all(JsonNode components) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : components) {
      all.add(c);
      if (c.has("components")) {
        all.addAll(all(c.path("components")));
      }
    }
    return all;
  }
}
