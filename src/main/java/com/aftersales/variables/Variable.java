package com.aftersales.variables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable: its name (the string the BPMN, the forms and the decision tables use) and its type,
 * with the one way this code base reads and writes it. In the spirit of camunda-bpm-data's
 * {@code VariableFactory<T>}: the process classes declare each variable once, typed, and delegates, listeners,
 * services and tests read it through that declaration instead of casting {@code getVariable(name)}.
 *
 * <p>Why a reader at all: what Camunda Forms and REST callers put into a variable is not the Java type the
 * flow works with (numbers arrive as Long, Integer or Double, dates as ISO strings with or without an offset,
 * money as a number). The rules are the same for every flow:
 *
 * <ul>
 *   <li>absent, null or a blank string reads as {@code null}; {@link #required} turns that into
 *       "name is required";
 *   <li>whole numbers are exact: 2.7 where an integer is expected is refused ("satisfaction must be a whole
 *       number, not 2.7"), never truncated; 3.0 is 3;
 *   <li>money is {@link BigDecimal}, read from the number or text given (a Double through its decimal text, so
 *       150.1 stays 150.1) and stored as its plain decimal text, since the engine has no decimal type and the
 *       text keeps every digit, prints as is in mails and needs no object serializer;
 *   <li>a value set is an enum implementing {@link Code}; the stored value is its code (what the gateways and
 *       forms compare with), anything else is refused naming the allowed codes.
 * </ul>
 *
 * <p>Unreadable values throw {@link IllegalArgumentException} whose message starts with the variable's name,
 * so a task completion carrying them is refused with a 4xx naming the field and nothing is written.
 */
public final class Variable<T> {

  /**
   * A member of a value set (an enum): the string stored in the variable and compared in the models. By
   * default the constant's name in lower camel case ({@code ON_SITE} is {@code onSite}).
   */
  public interface Code {
    String name();

    default String code() {
      String[] words = name().toLowerCase(Locale.ROOT).split("_");
      StringBuilder code = new StringBuilder(words[0]);
      for (int i = 1; i < words.length; i++) {
        code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
      }
      return code.toString();
    }

    /** The member of {@code type} whose code is {@code code}, if any. */
    static <E extends Enum<E> & Code> Optional<E> find(Class<E> type, String code) {
      return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** The codes of {@code type}, in declaration order. */
    static <E extends Enum<E> & Code> List<String> codes(Class<E> type) {
      return Arrays.stream(type.getEnumConstants()).map(Code::code).toList();
    }
  }

  private final String name;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;
  /** For date-times: the reader of form values without an offset, given the company's zone; else null. */
  private final Function<ZoneId, Function<Object, T>> zonedReader;

  private Variable(String name, Function<Object, T> reader, Function<T, Object> writer) {
    this(name, reader, writer, null);
  }

  private Variable(String name, Function<Object, T> reader, Function<T, Object> writer,
      Function<ZoneId, Function<Object, T>> zonedReader) {
    this.name = Objects.requireNonNull(name, "name");
    this.reader = reader;
    this.writer = writer;
    this.zonedReader = zonedReader;
  }

  /** Text as given (trimmed); blank reads as absent. */
  public static Variable<String> text(String name) {
    return new Variable<>(name, value -> value.toString().trim(), value -> value);
  }

  /** A Boolean, or its text {@code true}/{@code false}. */
  public static Variable<Boolean> bool(String name) {
    return new Variable<>(name, value -> value instanceof Boolean b ? b : parseBoolean(name, value), value -> value);
  }

  /** A whole number; fractions are refused, not truncated. */
  public static Variable<Integer> integer(String name) {
    return new Variable<>(name, value -> {
      try {
        return decimalOf(name, value).intValueExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(name + " must be a whole number, not " + value, e);
      }
    }, value -> value);
  }

  /** A whole number of the long range (durations in seconds, counters); fractions are refused. */
  public static Variable<Long> longInteger(String name) {
    return new Variable<>(name, value -> {
      try {
        return decimalOf(name, value).longValueExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(name + " must be a whole number, not " + value, e);
      }
    }, value -> value);
  }

  /** An amount of money (yuan): a BigDecimal to the code, its plain decimal text in the engine. */
  public static Variable<BigDecimal> money(String name) {
    return new Variable<>(name, value -> decimalOf(name, value), BigDecimal::toPlainString);
  }

  /**
   * A point in time: a {@link Date} as the engine stores it, or an ISO date-time with an offset or zone. What
   * a form sends without one (a local date-time, or a date alone, which means {@code endOfDayHour} o'clock)
   * is read only by {@link #inZone}, in the company's zone; without it such a value is refused.
   */
  public static Variable<Date> dateTime(String name, int endOfDayHour) {
    return new Variable<>(name, value -> readDateTime(name, value, null, endOfDayHour), value -> value,
        zone -> value -> readDateTime(name, value, zone, endOfDayHour));
  }

  /** A point in time; a date alone is its start. See {@link #dateTime(String, int)}. */
  public static Variable<Date> dateTime(String name) {
    return dateTime(name, 0);
  }

  /** This date-time variable reading local date-times and dates in {@code zone} (the company's zone). */
  public Variable<T> inZone(ZoneId zone) {
    if (zonedReader == null) {
      throw new IllegalStateException(name + " is not a date-time variable");
    }
    return new Variable<>(name, zonedReader.apply(zone), writer, zonedReader);
  }

  /** One of the codes of {@code type}; anything else is refused naming the allowed codes. */
  public static <E extends Enum<E> & Code> Variable<E> oneOf(String name, Class<E> type) {
    return new Variable<>(name, value -> codeOf(name, type, value.toString().trim()), Code::code);
  }

  /** The member of {@code type} whose code is {@code code}, refused with the allowed codes when there is none. */
  public static <E extends Enum<E> & Code> E codeOf(String name, Class<E> type, String code) {
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    throw new IllegalArgumentException(name + " must be one of " + Arrays.stream(type.getEnumConstants())
        .map(Code::code).collect(Collectors.joining(", ")) + ", not " + code);
  }

  /** The variable's name in the models and forms. */
  public String name() {
    return name;
  }

  /** The value as this variable's type, or null when absent or blank; unreadable values throw. */
  public T read(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    return reader.apply(value);
  }

  /** The value stored for {@code value} (what {@link #set} writes). */
  public Object stored(T value) {
    return value == null ? null : writer.apply(value);
  }

  public T get(VariableScope scope) {
    return read(scope.getVariable(name));
  }

  public T getLocal(VariableScope scope) {
    return read(scope.getVariableLocal(name));
  }

  /** The value, or "name is required" when absent or blank. */
  public T required(VariableScope scope) {
    return required(get(scope));
  }

  public T orElse(VariableScope scope, T fallback) {
    T value = get(scope);
    return value == null ? fallback : value;
  }

  public T from(Map<String, ?> variables) {
    return read(variables.get(name));
  }

  public T from(TaskService taskService, String taskId) {
    return read(taskService.getVariable(taskId, name));
  }

  public T from(RuntimeService runtimeService, String executionId) {
    return read(runtimeService.getVariable(executionId, name));
  }

  /** {@code value}, or "name is required" when it is null. */
  public T required(T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(value));
  }

  /** Puts the stored form of {@code value} into {@code variables} (start or completion variables). */
  public Map<String, Object> put(Map<String, Object> variables, T value) {
    variables.put(name, stored(value));
    return variables;
  }

  @Override
  public String toString() {
    return name;
  }

  private static Boolean parseBoolean(String name, Object value) {
    String text = value.toString().trim();
    if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
      return Boolean.valueOf(text);
    }
    throw new IllegalArgumentException(name + " must be true or false, not " + value);
  }

  private static BigDecimal decimalOf(String name, Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(name + " is not a number: " + value);
      }
      return BigDecimal.valueOf(d);
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: " + value, e);
    }
  }

  private static Date readDateTime(String name, Object value, ZoneId zone, int endOfDayHour) {
    return value instanceof Date d ? d : parseDateTime(name, value.toString().trim(), zone, endOfDayHour);
  }

  private static Date parseDateTime(String name, String text, ZoneId zone, int endOfDayHour) {
    try {
      return Date.from(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    try {
      return Date.from(ZonedDateTime.parse(text).toInstant());
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    try {
      return Date.from(Instant.parse(text));
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    if (zone == null) {
      throw new IllegalArgumentException(name + " needs a date-time with an offset: " + text);
    }
    try {
      return Date.from(LocalDateTime.parse(text).atZone(zone).toInstant());
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    try {
      return Date.from(LocalDate.parse(text).atTime(endOfDayHour, 0).atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not an ISO date-time: " + text, e);
    }
  }

}
