package com.aftersales.documents;

/** The case has no such document (yet): answered 404 by documents.api.DocumentsController. */
public class DocumentNotAvailableException extends RuntimeException {

  public DocumentNotAvailableException(String caseNumber, CaseDocument document) {
    super("Case " + caseNumber + " has no " + document.pathName() + " (yet): "
        + (document == CaseDocument.SERVICE_REPORT ? "it is printed once the engineer's repair report is recorded"
            : "its record is not written yet"));
  }
}
