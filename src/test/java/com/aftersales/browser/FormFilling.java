package com.aftersales.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Fills the required fields of the form Tasklist shows, found by the labels the form shows (forms/&lt;id&gt;.form says
 * which fields are required, editable and of which type; a field hidden by its condition is left alone): text in
 * Chinese of the length the field asks for, a phone number where the field takes one, the smallest number the field
 * allows, the first option of a choice, a ticked box where one is required, tomorrow's date.
 */
final class FormFilling {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Browser browser;
  private final Tasklist tasklist;
  /** The top-level text fields filled: key to the text typed (what the engine must have stored). */
  private final Map<String, String> typed = new LinkedHashMap<>();
  private int daysAhead = 1;

  FormFilling(Browser browser, Tasklist tasklist) {
    this.browser = browser;
    this.tasklist = tasklist;
  }

  static JsonNode form(String formId) {
    try {
      return JSON.readTree(Path.of("forms", formId + ".form").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Dates this many days ahead (tomorrow unless told). */
  FormFilling daysAhead(int days) {
    daysAhead = days;
    return this;
  }

  /** Fills the form's required editable fields; returns the top-level text fields' keys and what was typed. */
  Map<String, String> fillRequired(String formId) {
    fill(form(formId).path("components"), "", true);
    return typed;
  }

  /** The labels of the fields the form shows now (to check they are Chinese). */
  List<String> shownLabels() {
    List<String> shown = new ArrayList<>();
    for (WebElement label : browser.driver().findElements(By.cssSelector(".fjs-form label.fjs-form-field-label"))) {
      String text = label.getText().replace("*", "").trim();
      if (!text.isEmpty()) {
        shown.add(text);
      }
    }
    return shown;
  }

  private void fill(JsonNode components, String scope, boolean topLevel) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      String label = c.path("label").asText();
      if (type.equals("group")) {
        String groupScope = scope + Tasklist.group(label);
        if (!label.isEmpty() && shown(groupScope)) {
          fill(c.path("components"), groupScope, false);
        }
        continue;
      }
      boolean editable = !c.path("disabled").asBoolean() && !c.path("readonly").asBoolean();
      if (!editable || !c.path("validate").path("required").asBoolean() || label.isEmpty()) {
        continue;
      }
      String field = scope + Tasklist.ownField(label);
      if (type.equals("datetime")) {
        field = scope + "//*[contains(@class,'fjs-form-field-datetime')][.//label[starts-with(normalize-space(),"
            + Tasklist.literal(c.path("dateLabel").asText()) + ")]]";
      }
      if (!shown(field)) {
        continue; // hidden by its condition
      }
      switch (type) {
        case "textfield", "textarea" -> {
          String text = text(c);
          tasklist.fillText(scope, label, text);
          if (topLevel) {
            typed.put(c.path("key").asText(), text);
          }
        }
        case "number" -> tasklist.fillText(scope, label, number(c));
        case "select" -> chooseFirst(field, c);
        case "radio" -> browser.click(By.xpath(field + "//label[normalize-space()="
            + Tasklist.literal(c.path("values").get(0).path("label").asText()) + "]"));
        case "checkbox" -> tasklist.tick(scope, label);
        case "datetime" -> date(field, c);
        default -> throw new IllegalStateException("No filling for a required " + type + " (" + label + ")");
      }
    }
  }

  private boolean shown(String xpath) {
    return browser.driver().findElements(By.xpath(xpath)).stream().anyMatch(WebElement::isDisplayed);
  }

  /** Chinese text as long as the field asks (at least its minLength), within its maxLength; a phone number where a pattern asks for one. */
  static String text(JsonNode c) {
    JsonNode validate = c.path("validate");
    if (!validate.path("pattern").asText().isEmpty() || c.path("key").asText().toLowerCase().contains("phone")) {
      return "13912345678";
    }
    StringBuilder text = new StringBuilder("浏览器测试" + c.path("label").asText().replaceAll("[^\\p{IsHan}]", ""));
    while (text.length() < Math.max(5, validate.path("minLength").asInt())) {
      text.append("。");
    }
    int max = validate.path("maxLength").asInt(200);
    return text.length() > max ? text.substring(0, max) : text.toString();
  }

  static String number(JsonNode c) {
    JsonNode validate = c.path("validate");
    long value = validate.has("min") ? Math.max(validate.path("min").asLong(), 1) : 1;
    if (validate.has("max") && validate.path("max").asLong() < value) {
      value = validate.path("max").asLong();
    }
    return Long.toString(value);
  }

  private void chooseFirst(String field, JsonNode c) {
    browser.click(By.xpath(field + "//*[contains(@class,'fjs-input-group') or contains(@class,'fjs-select-display')]"));
    String item = "//*[contains(@class,'fjs-dropdownlist-item')]";
    if (c.path("values").size() > 0) {
      item += "[normalize-space()=" + Tasklist.literal(c.path("values").get(0).path("label").asText()) + "]";
    }
    browser.click(By.xpath("(" + item + ")[1]"));
  }

  private void date(String field, JsonNode c) {
    LocalDate ahead = LocalDate.now().plusDays(daysAhead);
    WebElement date = browser.visible(By.xpath(field + "//input[contains(@id,'-date')]"));
    browser.click(By.xpath(field + "//input[contains(@id,'-date')]"));
    date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    date.sendKeys(ahead.toString(), Keys.ENTER);
    if (!c.path("subtype").asText().equals("date")) {
      WebElement time = browser.visible(By.xpath(field + "//input[contains(@id,'-time')]"));
      time.click();
      time.sendKeys("10:30", Keys.ENTER);
    }
    browser.step(c.path("dateLabel").asText() + " set");
  }
}
