package com.aftersales.customers;

import com.aftersales.web.FieldError;
import com.aftersales.web.QueryParameters;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Reads one customer from named text fields, the same for a JSON body and a row of an imported CSV list, and
 * collects every problem so a caller (or the import report) names all bad fields at once. Strings are trimmed; empty
 * ones count as absent. Enumerated fields accept the enum name or the Chinese word staff use (个人/机构, 普通/重点,
 * 秘密/机密/绝密).
 */
@Component
public class CustomerValidator {

  public static final List<String> FIELDS = List.of(
      "kind", "name", "contactName", "phone", "email", "address", "region", "salesperson", "classification",
      "creditGrade", "creditLimit", "nextCreditReview", "secrecyLevel");

  private static final BigDecimal LIMIT_MAX = new BigDecimal("999999999999.99");

  /** The outcome: a customer, or the fields that stop it. */
  public record Result(NewCustomer customer, List<FieldError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  /** Reads a JSON object: numbers are accepted where a number is meant (creditLimit), other types are errors. */
  public Result validate(JsonNode body, LocalDate today) {
    List<FieldError> typeErrors = new ArrayList<>();
    if (body == null || !body.isObject()) {
      return new Result(null, List.of(new FieldError("", "the request body must be a JSON object")));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String name : FIELDS) {
      JsonNode node = body.get(name);
      if (node == null || node.isNull()) {
        continue;
      }
      if (node.isTextual() || (node.isNumber() && name.equals("creditLimit"))) {
        fields.put(name, node.asText());
      } else {
        typeErrors.add(new FieldError(name, name.equals("creditLimit") ? "must be a number" : "must be a string"));
      }
    }
    Result result = validate(fields::get, today);
    if (typeErrors.isEmpty()) {
      return result;
    }
    List<FieldError> all = new ArrayList<>(typeErrors);
    all.addAll(result.errors());
    return new Result(null, all);
  }

  /** Reads named text fields (a CSV row by its header, or a JSON object's strings). */
  public Result validate(Function<String, String> source, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    Reader r = new Reader(source, errors);
    CustomerKind kind = r.oneOf("kind", CustomerKind.class, Map.of("个人", CustomerKind.PERSON, "机构",
        CustomerKind.ORGANISATION, "ORGANIZATION", CustomerKind.ORGANISATION), null);
    String name = r.text("name", 200, true);
    String contactName = r.text("contactName", 100, false);
    String phone = r.text("phone", 30, false);
    String email = r.text("email", 254, false);
    String address = r.text("address", 300, false);
    String region = r.text("region", 100, false);
    String salesperson = r.text("salesperson", 64, false);
    Classification classification = r.oneOf("classification", Classification.class,
        Map.of("普通", Classification.NORMAL, "重点", Classification.KEY), Classification.NORMAL);
    CreditGrade grade = r.oneOf("creditGrade", CreditGrade.class, Map.of(), CreditGrade.C);
    BigDecimal limit = r.amount("creditLimit");
    LocalDate nextReview = r.date("nextCreditReview");
    SecrecyLevel secrecy = r.oneOf("secrecyLevel", SecrecyLevel.class, Map.of("秘密", SecrecyLevel.SECRET, "机密",
        SecrecyLevel.CONFIDENTIAL, "绝密", SecrecyLevel.TOP_SECRET), SecrecyLevel.SECRET);

    if (phone != null && !ContactFormats.validPhone(phone)) {
      errors.add(new FieldError("phone", "must be a phone number of 6 to 15 digits, optionally starting with +"
          + " and grouped by spaces, hyphens or parentheses"));
    }
    if (email != null && !ContactFormats.validEmail(email)) {
      errors.add(new FieldError("email", "must be an e-mail address such as name@example.com"));
    }
    if (phone == null && email == null && !r.failed("phone") && !r.failed("email")) {
      errors.add(new FieldError("phone", "give a phone number or an e-mail address (at least one)"));
    }
    if (!errors.isEmpty()) {
      return new Result(null, List.copyOf(errors));
    }
    if (limit == null) {
      limit = BigDecimal.ZERO.setScale(2);
    }
    if (nextReview == null) {
      nextReview = today.plus(grade.reviewEvery());
    }
    if (contactName == null && kind == CustomerKind.PERSON) {
      contactName = name;
    }
    return new Result(
        new NewCustomer(kind, name, contactName, phone, email, address, region, salesperson, classification, grade,
            limit, nextReview, secrecy),
        List.of());
  }

  private static final class Reader {
    private final Function<String, String> source;
    private final List<FieldError> errors;

    Reader(Function<String, String> source, List<FieldError> errors) {
      this.source = source;
      this.errors = errors;
    }

    boolean failed(String field) {
      return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    String raw(String field) {
      String value = source.apply(field);
      if (value == null) {
        return null;
      }
      String trimmed = value.trim();
      return trimmed.isEmpty() ? null : trimmed;
    }

    String text(String field, int max, boolean required) {
      String text = raw(field);
      if (text == null) {
        if (required && !failed(field)) {
          errors.add(new FieldError(field, "is required"));
        }
        return null;
      }
      return QueryParameters.singleLine(text, field, max, errors);
    }

    /** The enum constant by name (any case) or by one of the words staff write; absent gives the default. */
    <E extends Enum<E>> E oneOf(String field, Class<E> type, Map<String, E> words, E absent) {
      String text = raw(field);
      if (text == null) {
        if (absent == null && !failed(field)) {
          errors.add(new FieldError(field, "is required"));
        }
        return absent;
      }
      E word = words.get(text.toUpperCase(java.util.Locale.ROOT));
      if (word == null) {
        word = words.get(text);
      }
      if (word != null) {
        return word;
      }
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(text)) {
          return constant;
        }
      }
      List<String> allowed = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        allowed.add(constant.name());
      }
      allowed.addAll(words.keySet().stream().filter(w -> !w.chars().allMatch(c -> c < 128)).sorted().toList());
      errors.add(new FieldError(field, "must be one of " + String.join(", ", allowed)));
      return null;
    }

    BigDecimal amount(String field) {
      String text = raw(field);
      if (text == null) {
        return null;
      }
      BigDecimal amount;
      try {
        amount = new BigDecimal(text);
      } catch (NumberFormatException e) {
        errors.add(new FieldError(field, "must be an amount such as 50000.00"));
        return null;
      }
      if (amount.signum() < 0 || amount.compareTo(LIMIT_MAX) > 0) {
        errors.add(new FieldError(field, "must be between 0 and " + LIMIT_MAX.toPlainString()));
        return null;
      }
      if (amount.stripTrailingZeros().scale() > 2) {
        errors.add(new FieldError(field, "must have at most two decimals"));
        return null;
      }
      return amount.setScale(2);
    }

    LocalDate date(String field) {
      String text = raw(field);
      return text == null ? null : QueryParameters.isoDate(text, field, errors);
    }
  }
}
