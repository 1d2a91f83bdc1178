package com.aftersales.photos;

import java.time.Instant;

/** One stored photo of a case, without its bytes. {@code fileName}: as uploaded, for people only. */
public record CasePhoto(
    long id,
    String caseNumber,
    PhotoKind kind,
    String contentType,
    int sizeBytes,
    String fileName,
    String uploadedBy,
    Instant uploadedAt) {

  /** A photo's bytes with their content type. */
  public record Content(CasePhoto photo, byte[] bytes) {}
}
