package com.aftersales.customers.api;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.CustomerAccess;
import com.aftersales.customers.InstalledBase;
import com.aftersales.customers.Product;
import com.aftersales.security.StaffAccess;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.aftersales.web.JsonBodyText;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The installed base over HTTP: {@code POST /api/customers/{id}/products} registers a product (the archive's keepers)
 * with {@code model}, {@code serialNumber}, {@code purchaseDate}, {@code installedOn}, {@code warrantyEndsOn} (only
 * where its contract gives its own end) and {@code channel}; {@code GET /api/customers/products?serialNumber=} finds
 * a product with its warranty end and whether it is under warranty today (the groups that find customers; no
 * contact data).
 */
@RestController
public class InstalledBaseController {

  private final InstalledBase installedBase;
  private final WorkingDayCalendar calendar;

  public InstalledBaseController(InstalledBase installedBase, WorkingDayCalendar calendar) {
    this.installedBase = installedBase;
    this.calendar = calendar;
  }

  @PostMapping(path = "/api/customers/{id}/products", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Product> register(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
    StaffAccess.require(CustomerAccess.KEEPERS, "Registering products");
    long customerId = CustomerController.id(id, "id");
    List<FieldError> errors = new ArrayList<>();
    JsonNode b = body == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : body;
    InstalledBase.Registration registration = new InstalledBase.Registration(
        text(b, "model", errors), text(b, "serialNumber", errors), date(b, "purchaseDate", errors),
        date(b, "installedOn", errors), date(b, "warrantyEndsOn", errors), text(b, "channel", errors));
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    Product product = installedBase.register(customerId, registration, today());
    return ResponseEntity.created(URI.create("/api/customers/products?serialNumber="
            + (product.serialNumber() == null ? "" : java.net.URLEncoder.encode(product.serialNumber(),
                java.nio.charset.StandardCharsets.UTF_8))))
        .body(product);
  }

  @GetMapping("/api/customers/products")
  public ResponseEntity<?> bySerialNumber(@RequestParam(required = false) String serialNumber) {
    StaffAccess.require(CustomerAccess.SEARCHERS, "Finding products");
    if (serialNumber == null || serialNumber.isBlank() || serialNumber.length() > 64
        || serialNumber.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequestException(List.of(new FieldError("serialNumber",
          "is required: a serial number of at most 64 characters")));
    }
    return installedBase.bySerialNumber(serialNumber.trim(), today())
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> {
          ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
              "No registered product with this serial number");
          return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
              .body(problem);
        });
  }

  private static String text(JsonNode body, String field, List<FieldError> errors) {
    return JsonBodyText.of(body, field, errors);
  }

  private static LocalDate date(JsonNode body, String field, List<FieldError> errors) {
    String text = text(body, field, errors);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date (yyyy-MM-dd)"));
      return null;
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(calendar.now().toInstant(), calendar.zone());
  }
}
