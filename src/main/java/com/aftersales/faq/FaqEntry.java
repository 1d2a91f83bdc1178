package com.aftersales.faq;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;

/**
 * One entry of the FAQ (002 客服流程 一(四), 003 六1(b)): a question in general terms and its answer, for customers or
 * for staff, proposed from a consultation's answer or an engineer's finding and published or rejected by a service
 * manager. It holds no customer data; {@code sourceCaseNumber} only says where it came from and is shown to staff.
 */
public record FaqEntry(
    long id,
    String question,
    String answer,
    String productModel,
    Audience audience,
    Source source,
    String sourceCaseNumber,
    Status status,
    String proposedBy,
    Instant proposedAt,
    String reviewedBy,
    Instant reviewedAt,
    String reviewNote) {

  /** Who reads a published entry: customers (also without a login) or staff only. */
  public enum Audience {
    CUSTOMERS("customers"),
    STAFF("staff");

    private final String value;

    Audience(String value) {
      this.value = value;
    }

    @JsonValue
    public String value() {
      return value;
    }
  }

  /** Where the entry came from. */
  public enum Source {
    CONSULTATION("consultation"),
    FINDING("finding");

    private final String value;

    Source(String value) {
      this.value = value;
    }

    @JsonValue
    public String value() {
      return value;
    }
  }

  /** A draft waits for a service manager, who publishes or rejects it. */
  public enum Status {
    DRAFT("draft"),
    PUBLISHED("published"),
    REJECTED("rejected");

    private final String value;

    Status(String value) {
      this.value = value;
    }

    @JsonValue
    public String value() {
      return value;
    }
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().replace('_', '-').equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " " + value);
  }
}
