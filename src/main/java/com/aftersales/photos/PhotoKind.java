package com.aftersales.photos;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a case photo shows. The API names it by {@link #code()}. */
public enum PhotoKind {
  /** The fault as the engineer found it. */
  FAULT("fault", "故障"),
  /** The finished repair. */
  REPAIRED("repaired", "维修完成"),
  OTHER("other", "其他");

  private final String code;
  private final String label;

  PhotoKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The staff's name of the kind (Chinese), as the case's timeline shows it. */
  public String label() {
    return label;
  }

  public String code() {
    return code;
  }

  /** The kind of an API value ({@code fault}, {@code repaired}, {@code other}; any case). */
  public static Optional<PhotoKind> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.code.equals(wanted)).findFirst();
  }

  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(PhotoKind::code).toList());
  }
}
