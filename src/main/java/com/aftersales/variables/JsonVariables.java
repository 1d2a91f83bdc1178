package com.aftersales.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Reads a JSON-valued variable, whatever shape it arrives in: a Spin JSON value (Camunda Forms' line boxes, REST
 * type Json), a JSON string (a caller or a REST client) or Java lists and maps (a Java caller).
 */
public final class JsonVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonVariables() {}

  /**
   * The value as a JSON tree; null for an absent or blank value.
   *
   * @throws IllegalArgumentException naming {@code name} when the value is not JSON
   */
  public static JsonNode tree(Object value, String name) {
    if (value == null) {
      return null;
    }
    if (value instanceof TypedValue typed) {
      return tree(typed.getValue(), name);
    }
    try {
      if (value instanceof String text) {
        return text.isBlank() ? null : JSON.readTree(text);
      }
      if (value.getClass().getName().startsWith("org.camunda.spin.")) {
        // SpinJsonNode prints itself as JSON
        return JSON.readTree(value.toString());
      }
      return JSON.valueToTree(value);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is not readable: " + e.getMessage(), e);
    }
  }
}
