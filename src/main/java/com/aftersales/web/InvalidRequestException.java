package com.aftersales.web;

import java.util.List;

/** The request names bad fields; answered 400 with every one of them ({@link ApiExceptionHandler}). */
public class InvalidRequestException extends RuntimeException {

  private final String title;
  private final List<FieldError> errors;

  public InvalidRequestException(List<FieldError> errors) {
    this("Invalid request", errors);
  }

  /** With the problem's title naming what was asked for ("Invalid report period"). */
  public InvalidRequestException(String title, List<FieldError> errors) {
    super(errors.size() + " invalid field(s): " + errors);
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
