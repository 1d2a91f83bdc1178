package com.aftersales.web;

import java.util.List;

/** The request names bad fields; answered 400 with every one of them. */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidRequestException(List<FieldError> errors) {
    super(errors.size() + " invalid field(s): " + errors);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
