package com.aftersales.web;

import java.util.List;

/** A thing named in the path does not exist; answered 404 naming the field ({@link ApiExceptionHandler}). */
public class NotFoundException extends RuntimeException {

  private final FieldError error;

  public NotFoundException(String detail, FieldError error) {
    super(detail);
    this.error = error;
  }

  public List<FieldError> errors() {
    return List.of(error);
  }
}
