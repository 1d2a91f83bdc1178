package com.aftersales.stock.api;

import com.aftersales.web.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON object field by field, collecting a {@link FieldError} for each field of the wrong kind, so a
 * request with a text where a number belongs is answered naming that field rather than "malformed body".
 */
final class JsonFields {

  private final JsonNode body;
  final List<FieldError> errors = new ArrayList<>();

  JsonFields(JsonNode body, Set<String> known) {
    this.body = body;
    if (body == null || !body.isObject()) {
      errors.add(new FieldError("", "the request body must be a JSON object"));
      return;
    }
    body.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        errors.add(new FieldError(name, "is not a field here; use " + known.stream().sorted().toList()));
      }
    });
  }

  String text(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      errors.add(new FieldError(field, "must be text"));
      return null;
    }
    String text = value.asText().trim();
    return text.isEmpty() ? null : text;
  }

  /** A whole number, or null when absent; a text, a fraction or a number beyond int is an error. */
  Integer integer(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      errors.add(new FieldError(field, "must be a whole number"));
      return null;
    }
    return value.intValue();
  }

  BigDecimal decimal(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      errors.add(new FieldError(field, "must be a number"));
      return null;
    }
    return value.decimalValue();
  }

  private JsonNode value(String field) {
    if (body == null || !body.isObject()) {
      return null;
    }
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value;
  }
}
