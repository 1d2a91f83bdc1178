package com.aftersales.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/** Typed variables for the engine's REST API ({"name": {"value": v, "type": T}}), in the order they were set. */
public final class Vars {

  private final Map<String, Object> values = new LinkedHashMap<>();

  public Vars s(String name, String value) {
    return put(name, value, "String");
  }

  public Vars l(String name, long value) {
    return put(name, value, "Long");
  }

  public Vars d(String name, double value) {
    return put(name, value, "Double");
  }

  public Vars b(String name, boolean value) {
    return put(name, value, "Boolean");
  }

  public Vars json(String name, String value) {
    return put(name, value, "Json");
  }

  private Vars put(String name, Object value, String type) {
    values.put(name, Map.of("value", value, "type", type));
    return this;
  }

  /** The body of {@code POST /task/{id}/complete} and {@code submit-form}. */
  public Map<String, Object> body() {
    return Map.of("variables", values);
  }

  /** The same variables as plain values, for the Java API. */
  public Map<String, Object> plain() {
    Map<String, Object> plain = new LinkedHashMap<>();
    values.forEach((name, typed) -> plain.put(name, ((Map<?, ?>) typed).get("value")));
    return plain;
  }
}
