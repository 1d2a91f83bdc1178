package com.aftersales.flows.parts.api;

import com.aftersales.flows.parts.ProductLine;
import com.aftersales.flows.parts.ProductLines;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffGroups;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product lines and their models, which decide the parts catalogue the parts forms offer: service managers (and
 * admins) keep them. {@code GET /api/product-lines} lists each line with its label and models;
 * {@code PUT /api/product-lines/models/{model}} with {@code {"line": "copier"}} records a model's line
 * ({@code furniture}, {@code instrument} or {@code copier}). Bad input is 400 problem+json naming the field; nothing is
 * written.
 */
@RestController
@RequestMapping("/api/product-lines")
public class ProductLineController {

  static final Set<String> KEEPERS = Set.of(StaffGroups.SERVICE_MANAGERS, StaffGroups.CAMUNDA_ADMIN);
  private static final String INVALID = "Invalid product line";
  private static final int MODEL_MAX = 100;
  private static final String LINES = Arrays.stream(ProductLine.values()).map(ProductLine::code)
      .collect(Collectors.joining(", "));

  private final ProductLines productLines;

  public ProductLineController(ProductLines productLines) {
    this.productLines = productLines;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public List<ProductLines.Line> list() {
    StaffAccess.require(KEEPERS, "The product lines");
    return productLines.lines();
  }

  @PutMapping(path = "/models/{model}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ProductLines.Assignment assign(@PathVariable String model, @RequestBody(required = false) JsonNode body) {
    StaffAccess.require(KEEPERS, "Setting a model's product line");
    List<FieldError> errors = new ArrayList<>();
    String name = model == null ? "" : model.trim();
    if (name.isEmpty()) {
      errors.add(new FieldError("model", "is required"));
    } else if (name.length() > MODEL_MAX) {
      errors.add(new FieldError("model", "must be at most " + MODEL_MAX + " characters"));
    } else if (name.chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError("model", "must be a single line without control characters"));
    }
    if (body == null || !body.isObject()) {
      errors.add(new FieldError("", "the request body must be a JSON object such as {\"line\": \"copier\"}"));
      throw new InvalidRequestException(INVALID, errors);
    }
    body.fieldNames().forEachRemaining(field -> {
      if (!"line".equals(field)) {
        errors.add(new FieldError(field, "is not a field here; use [line]"));
      }
    });
    JsonNode line = body.get("line");
    ProductLine known = line == null || !line.isTextual() ? null : ProductLine.of(line.asText().trim()).orElse(null);
    if (known == null) {
      errors.add(new FieldError("line", "must be one of " + LINES));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(INVALID, errors);
    }
    return productLines.assign(name, known);
  }
}
