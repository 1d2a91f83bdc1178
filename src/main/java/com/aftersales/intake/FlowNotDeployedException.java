package com.aftersales.intake;

/** The request is valid but the flow for its type is not deployed yet: answered 422, nothing created. */
public class FlowNotDeployedException extends RuntimeException {

  private final String type;
  private final String processKey;

  public FlowNotDeployedException(String type, String processKey) {
    super("Service requests of type '" + type + "' cannot be taken yet: the process '" + processKey
        + "' is not deployed");
    this.type = type;
    this.processKey = processKey;
  }

  public String type() {
    return type;
  }

  public String processKey() {
    return processKey;
  }
}
