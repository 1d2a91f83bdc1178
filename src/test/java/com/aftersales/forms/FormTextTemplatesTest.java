package com.aftersales.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.forms.FormChoices;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text components render markdown, and Tasklist's form-js inserts template values ({{...}} or a FEEL text) into
 * it unescaped: a customer name such as {@code <img src=x onerror=...>} became live HTML. What the customer or
 * staff typed is therefore shown in read-only (or disabled) fields, which show plain text; a text component may
 * only template values the system makes (the case number, the escalation level, the answer's due time) or values
 * of a form's fixed list, which the completion check keeps to that list.
 */
class FormTextTemplatesTest {

  /** Values the application sets itself, never typed by a person. */
  static final Set<String> SYSTEM_MADE = Set.of("caseNumber", "customerId", "escalationLevel", "responseTimerDueText",
      "responseCommitmentText");
  static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  static final Set<String> FEEL_WORDS = Set.of("if", "then", "else", "and", "or", "not", "null", "true", "false",
      "for", "in", "return", "some", "every", "satisfies", "string", "number", "is", "defined", "each", "this");

  @ParameterizedTest
  @MethodSource("com.aftersales.forms.FormsAuditTest#forms")
  void textComponentsTemplateNoFreeTextVariable(Path file) throws IOException {
    Set<String> allowed = new HashSet<>(SYSTEM_MADE);
    allowed.addAll(listedKeys());
    List<String> templated = new ArrayList<>();
    for (JsonNode text : texts(FormsAuditTest.JSON.readTree(file.toFile()).path("components"))) {
      String value = text.path("text").asText();
      // a FEEL text ("=...") is all expression; otherwise only what stands in {{...}}
      List<String> expressions = new ArrayList<>();
      if (value.startsWith("=")) {
        expressions.add(value.substring(1).replaceAll("\"(\\\\.|[^\"])*\"", ""));
      }
      Matcher m = TEMPLATE.matcher(value);
      while (m.find()) {
        expressions.add(m.group(1).replaceAll("^\\s*[#/]\\w+", "").replaceAll("\"(\\\\.|[^\"])*\"", ""));
      }
      for (String expression : expressions) {
        Matcher names = NAME.matcher(expression);
        while (names.find()) {
          if (!FEEL_WORDS.contains(names.group())) {
            templated.add(names.group());
          }
        }
      }
    }
    assertThat(templated).as(file + ": text components template only system-made or fixed-list values")
        .allMatch(allowed::contains);
  }

  @ParameterizedTest
  @MethodSource("com.aftersales.forms.FormsAuditTest#forms")
  void fieldsThatOnlyShowTheCaseAreNeverRequired(Path file) throws IOException {
    // Tasklist 7.24 keeps Complete disabled while a read-only field holds a validation error
    for (JsonNode c : FormsAuditTest.inputs(FormsAuditTest.JSON.readTree(file.toFile()).path("components"))) {
      if (FormsAuditTest.readOnly(c)) {
        assertThat(c.path("validate").path("required").asBoolean()).as(file + " " + c.path("key")).isFalse();
      }
    }
  }

  /** Keys that some form offers as a fixed list: the completion check refuses anything else for them. */
  static Set<String> listedKeys() throws IOException {
    Set<String> keys = new HashSet<>();
    for (Path form : FormsAuditTest.forms().toList()) {
      keys.addAll(FormChoices.of(FormsAuditTest.JSON.readTree(form.toFile())).fields().keySet());
    }
    return keys;
  }

  private static List<JsonNode> texts(JsonNode components) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode c : components) {
      if (c.path("type").asText().equals("text")) {
        found.add(c);
      }
      found.addAll(texts(c.path("components")));
    }
    return found;
  }
}
