package com.aftersales.photos;

import com.aftersales.web.FieldError;
import org.springframework.http.HttpStatus;

/**
 * An upload refused before anything was written: 400 (a field missing or wrong), 413 (the photo is too large),
 * 415 (not a JPEG, PNG or WebP image) or 409 (the case holds its most photos already); the field is named.
 */
public class PhotoRejectedException extends RuntimeException {

  private final HttpStatus status;
  private final FieldError error;

  public PhotoRejectedException(HttpStatus status, String field, String message) {
    super(field + " " + message);
    this.status = status;
    this.error = new FieldError(field, message);
  }

  public HttpStatus status() {
    return status;
  }

  public FieldError error() {
    return error;
  }
}
