package com.aftersales.desk;

import java.util.List;

/**
 * The printable documents a case has now, for the case file's links. Contributed by the documents package (the desk
 * names no document itself); with no bean the case file lists none.
 */
public interface CaseDocumentLinks {

  List<CaseFile.Document> forCase(String caseNumber);
}
