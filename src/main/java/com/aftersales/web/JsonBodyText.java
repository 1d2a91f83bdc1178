package com.aftersales.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reading a text field of a JSON request body: a field of another kind is an error naming it. */
public final class JsonBodyText {

  private JsonBodyText() {}

  /** The field's text as sent, or null when absent or JSON null; a number, object or array adds an error. */
  public static String of(JsonNode body, String field, List<FieldError> errors) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      errors.add(new FieldError(field, "must be text"));
      return null;
    }
    return node.asText();
  }
}
