package com.aftersales.documents;

import com.aftersales.desk.CaseDocumentLinks;
import com.aftersales.desk.CaseFile;
import java.util.List;
import org.springframework.stereotype.Component;

/** The case file's links to the documents the case has now (documents.api.DocumentsController serves them). */
@Component
class DeskDocumentLinks implements CaseDocumentLinks {

  private final CaseDocuments documents;

  DeskDocumentLinks(CaseDocuments documents) {
    this.documents = documents;
  }

  @Override
  public List<CaseFile.Document> forCase(String caseNumber) {
    return documents.available(caseNumber).stream()
        .map(d -> new CaseFile.Document(d.pathName(), d.title(), CaseDocuments.path(caseNumber, d)))
        .toList();
  }
}
