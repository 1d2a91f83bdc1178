package com.aftersales.flows.complaint.delegate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of process variables as forms and the engine store them (numbers may be Long, Integer or Double). */
final class Read {

  private Read() {}

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  static String required(VariableScope scope, String name) {
    String value = string(scope, name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Process variable " + name + " is missing");
    }
    return value;
  }

  static Boolean bool(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    return value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
  }

  static int integer(VariableScope scope, String name, int defaultValue) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return defaultValue;
    }
    return value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString().trim());
  }

  static Integer integerOrNull(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString().trim());
  }

  static long longValue(VariableScope scope, String name, long defaultValue) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return defaultValue;
    }
    return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
  }

  static BigDecimal decimal(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return new BigDecimal(value.toString().trim());
  }

  static Instant instant(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      throw new IllegalArgumentException("Process variable " + name + " is missing");
    }
    if (value instanceof Date d) {
      return d.toInstant();
    }
    return Instant.parse(value.toString());
  }
}
