package com.aftersales.customers.api;

import com.aftersales.customers.JdbcWarrantyTerms;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffGroups;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/warranty-terms} with {@code {"productModel": "WM-1200", "partCode": null, "months": 24}}: the
 * warranty period of a product model (or of one of its parts), which the warranty decision then reads instead of
 * {@code aftersales.warranty-months}. Service managers keep the terms.
 */
@RestController
public class WarrantyTermController {

  static final Set<String> KEEPERS = Set.of(StaffGroups.SERVICE_MANAGERS);

  private final JdbcWarrantyTerms terms;

  public WarrantyTermController(JdbcWarrantyTerms terms) {
    this.terms = terms;
  }

  @PutMapping(path = "/api/warranty-terms", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> register(@RequestBody JsonNode body) {
    StaffAccess.require(KEEPERS, "Keeping warranty terms");
    List<FieldError> errors = new ArrayList<>();
    String model = text(body, "productModel", 100, true, errors);
    String part = text(body, "partCode", 64, false, errors);
    JsonNode months = body == null ? null : body.get("months");
    if (months == null || !months.isIntegralNumber() || months.asInt() < 0 || months.asInt() > 600) {
      errors.add(new FieldError("months", "is required: whole months from 0 to 600"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    terms.register(model, part, months.asInt());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("productModel", model);
    answer.put("partCode", part);
    answer.put("months", months.asInt());
    return answer;
  }

  private static String text(JsonNode body, String field, int max, boolean required, List<FieldError> errors) {
    JsonNode node = body == null ? null : body.get(field);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return null;
    }
    if (!node.isTextual() || node.asText().trim().length() > max
        || node.asText().chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError(field, "must be a single-line string of at most " + max + " characters"));
      return null;
    }
    return node.asText().trim();
  }
}
