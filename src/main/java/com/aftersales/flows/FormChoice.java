package com.aftersales.flows;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A value set of a form's radio or select list as an enum: the stored value is the constant's name in lower case with
 * hyphens ({@code QUALITY_FEEDBACK} is {@code quality-feedback}), {@link #text()} the words staff and customers read.
 */
public interface FormChoice {

  String text();

  default String value() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant whose value is {@code value}; anything else fails the step, naming the variable and the values. */
  static <E extends Enum<E> & FormChoice> E of(Class<E> type, String variable, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.value().equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(variable + " must be one of "
        + Arrays.stream(type.getEnumConstants()).map(FormChoice::value).collect(Collectors.joining(", ")) + ": "
        + value);
  }
}
