package com.aftersales.intake;

import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;

import com.aftersales.cases.CustomerLanguage;
import com.aftersales.cases.NewCase;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads a service request from its JSON tree and checks every field, collecting all problems so the
 * caller can fix them in one go (binding straight to a typed object would stop at the first wrong type).
 * Unknown properties are ignored at every level, so clients may send more than the API reads.
 * Strings are trimmed; empty optional strings count as absent.
 */
@Component
public class ServiceRequestValidator {

  public static final List<String> CHANNELS = List.of("phone", "online", "email", "walk-in", "dealer");
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  static final int NAME_MAX = 100;
  static final int ORGANISATION_MAX = 200;
  static final int PHONE_MAX = 30;
  static final int EMAIL_MAX = 254;
  static final int ADDRESS_MAX = 300;
  static final int MODEL_MAX = 100;
  static final int SERIAL_MAX = 64;
  static final int DESCRIPTION_MAX = 4000;
  static final int REFERENCE_MAX = 100;

  private static final LocalDate EARLIEST_PURCHASE = LocalDate.of(1900, 1, 1);

  /** Digits with an optional leading +, grouped by spaces, hyphens or parentheses. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()\\-]*[0-9]");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

  /**
   * @param today the business day (engine clock) against which a purchase date must not be in the future
   * @return the case to open
   * @throws InvalidRequestException naming every bad field
   */
  public NewCase validate(JsonNode body, String idempotencyKey, LocalDate today) {
    Fields f = new Fields();
    if (body == null || !body.isObject()) {
      f.error("", "the request body must be a JSON object");
      throw new InvalidRequestException("Invalid service request", f.errors);
    }
    String type = f.oneOf(body, "type", FlowRegistry.TYPES);
    String channel = f.oneOf(body, "channel", CHANNELS);

    JsonNode customer = f.object(body, "customer", true);
    // A customer known to the archive may be named by id alone: name and contacts then come from the archive.
    Long customerId = f.id(customer, "customer.id");
    boolean known = customerId != null || f.failed("customer.id");
    String organisation = f.text(customer, "customer.organisation", ORGANISATION_MAX, false);
    String name = f.text(customer, "customer.name", NAME_MAX, !known);
    String phone = f.text(customer, "customer.phone", PHONE_MAX, false);
    String email = f.text(customer, "customer.email", EMAIL_MAX, false);
    String address = f.text(customer, "customer.address", ADDRESS_MAX, false);
    if (customer != null) {
      if (phone != null && !validPhone(phone)) {
        f.error("customer.phone", "must be a phone number of 6 to 15 digits, optionally starting"
            + " with + and grouped by spaces, hyphens or parentheses");
      }
      if (email != null && !EMAIL.matcher(email).matches()) {
        f.error("customer.email", "must be an e-mail address such as name@example.com");
      }
      if (!known && absent(customer, "customer.phone") && absent(customer, "customer.email")) {
        f.error("customer.phone", "give a phone number or an e-mail address (at least one)");
        f.error("customer.email", "give an e-mail address or a phone number (at least one)");
      }
    }

    JsonNode product = f.object(body, "product", true);
    String model = f.text(product, "product.model", MODEL_MAX, true);
    String serial = f.text(product, "product.serialNumber", SERIAL_MAX, false);
    LocalDate purchaseDate = f.date(product, "product.purchaseDate", today);
    Boolean proof = f.bool(product, "product.purchaseProof");

    String description = f.text(body, "description", DESCRIPTION_MAX, true);
    String reference = f.text(body, "externalReference", REFERENCE_MAX, false);
    // The language mails to the customer are written in; Chinese unless the customer asks for English.
    String language = f.string(body, "language");
    if (language != null && !CustomerLanguage.TAGS.contains(language)) {
      f.error("language", "must be one of " + String.join(", ", CustomerLanguage.TAGS));
    }
    if (idempotencyKey != null && !idempotencyKey.isBlank()) {
      String key = idempotencyKey.trim();
      if (key.length() > REFERENCE_MAX) {
        f.error(IDEMPOTENCY_KEY_HEADER, "must be at most " + REFERENCE_MAX + " characters");
      } else if (reference == null && !f.failed("externalReference")) {
        reference = key;
      }
    }

    if (!f.errors.isEmpty()) {
      throw new InvalidRequestException("Invalid service request", f.errors);
    }
    return new NewCase(
        type,
        channel,
        name,
        phone,
        email,
        address,
        model,
        serial,
        purchaseDate,
        // without a statement from the customer there is no proof to rely on
        proof != null ? proof : Boolean.FALSE,
        description,
        reference,
        language,
        customerId,
        organisation);
  }

  private static boolean validPhone(String phone) {
    if (!PHONE.matcher(phone).matches()) {
      return false;
    }
    long digits = phone.chars().filter(Character::isDigit).count();
    return digits >= 6 && digits <= 15;
  }

  /** The field has no usable value (missing, null or blank) — and is not merely of a wrong type. */
  private static boolean absent(JsonNode parent, String path) {
    JsonNode node = parent.get(leaf(path));
    return node == null || node.isNull() || (node.isTextual() && node.asText().isBlank());
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** Collects errors while reading; a field with a type error gets no further checks. */
  private static final class Fields {
    final List<FieldError> errors = new ArrayList<>();

    void error(String field, String message) {
      errors.add(new FieldError(field, message));
    }

    boolean failed(String field) {
      return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    JsonNode value(JsonNode parent, String path) {
      if (parent == null) {
        return null;
      }
      JsonNode node = parent.get(leaf(path));
      return node == null || node.isNull() ? null : node;
    }

    JsonNode object(JsonNode parent, String path, boolean required) {
      JsonNode node = value(parent, path);
      if (node == null) {
        if (required) {
          error(path, "is required");
        }
        return null;
      }
      if (!node.isObject()) {
        error(path, "must be an object");
        return null;
      }
      return node;
    }

    /**
     * The trimmed string, or null when absent or blank; a value of another JSON type is an error. A
     * missing parent object is reported once, on the parent, not again for each of its fields.
     */
    String string(JsonNode parent, String path) {
      JsonNode node = value(parent, path);
      if (node == null) {
        return null;
      }
      if (!node.isTextual()) {
        error(path, "must be a string");
        return null;
      }
      String text = node.asText().trim();
      return text.isEmpty() ? null : text;
    }

    String text(JsonNode parent, String path, int max, boolean required) {
      String text = string(parent, path);
      if (text == null) {
        if (required && parent != null && !failed(path)) {
          error(path, "is required");
        }
        return null;
      }
      if (text.length() > max) {
        error(path, "must be at most " + max + " characters");
        return null;
      }
      // Line breaks in a one-line field would split mail headers and CSV rows; NUL is refused by PostgreSQL.
      boolean multiLine = path.equals("description");
      if (text.chars().anyMatch(ch -> Character.isISOControl(ch) && !(multiLine && (ch == '\n' || ch == '\r' || ch == '\t')))) {
        error(path, multiLine ? "must not contain control characters other than line breaks and tabs"
            : "must be a single line without control characters");
        return null;
      }
      return text;
    }

    String oneOf(JsonNode parent, String path, List<String> allowed) {
      String text = text(parent, path, Integer.MAX_VALUE, true);
      if (text != null && !allowed.contains(text)) {
        error(path, "must be one of " + String.join(", ", allowed));
        return null;
      }
      return text;
    }

    LocalDate date(JsonNode parent, String path, LocalDate today) {
      String text = string(parent, path);
      if (text == null) {
        return null;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        error(path, "must be an ISO date (yyyy-MM-dd)");
        return null;
      }
      if (date.isBefore(EARLIEST_PURCHASE)) {
        error(path, "must be after " + EARLIEST_PURCHASE);
        return null;
      }
      if (date.isAfter(today)) {
        error(path, "must not be in the future");
        return null;
      }
      return date;
    }

    /** A positive whole number (an archive id), or null when absent. */
    Long id(JsonNode parent, String path) {
      JsonNode node = value(parent, path);
      if (node == null) {
        return null;
      }
      if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 1) {
        error(path, "must be the positive whole number of a customer in the archive");
        return null;
      }
      return node.longValue();
    }

    Boolean bool(JsonNode parent, String path) {
      JsonNode node = value(parent, path);
      if (node == null) {
        return null;
      }
      if (!node.isBoolean()) {
        error(path, "must be true or false");
        return null;
      }
      return node.booleanValue();
    }
  }
}
