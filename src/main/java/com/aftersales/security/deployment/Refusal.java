package com.aftersales.security.deployment;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/** Why a deployment is refused, at an element of one resource (what Modeler lists under the deployment error). */
record Refusal(String message, int line, int column, String elementId) implements Problem {

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public String getMainElementId() {
    return elementId;
  }

  @Override
  public List<String> getElementIds() {
    return elementId == null ? List.of() : List.of(elementId);
  }

  @Override
  public String toString() {
    return (elementId == null ? "" : elementId + ": ") + message + " (line " + line + ")";
  }
}
