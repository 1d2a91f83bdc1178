package com.aftersales.documents;

/** The case has no such document (yet): answered 404 by documents.api.DocumentsController. */
public class DocumentNotAvailableException extends RuntimeException {

  public DocumentNotAvailableException(String caseNumber, CaseDocument document) {
    super("Case " + caseNumber + " has no " + document.pathName() + " (yet): "
        + switch (document) {
          case SERVICE_REPORT -> "it is printed once the engineer's repair report is recorded";
          case QUOTE -> "it is printed once a quote is recorded";
          case INVOICE_NOTE -> "it is printed for a chargeable repair once its quote and repair report are recorded";
          case COMPLAINT_REPLY -> "it is printed once the complaint is resolved on the spot or has its solution";
          case EXCHANGE_CONFIRMATION -> "it is printed once the exchange is entered in the exchange ledger";
          case INSTALLATION_ACCEPTANCE -> "it is printed once the installation team is assigned";
        });
  }
}
