package com.aftersales.documents.api;

import com.aftersales.desk.CaseFileService;
import com.aftersales.documents.CaseDocument;
import com.aftersales.documents.CaseDocuments;
import com.aftersales.documents.DocumentFont;
import com.aftersales.documents.DocumentNotAvailableException;
import com.aftersales.security.StaffUser;
import com.aftersales.security.StaffUserRequiredException;
import com.aftersales.web.FieldError;
import com.aftersales.web.NotFoundException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's printable documents: {@code GET /api/cases/{caseNumber}/documents/service-report.pdf}, {@code quote.pdf},
 * {@code invoice-note.pdf}. Open to whoever may open the case's file at the desk (desk.CaseFileService: the front
 * line and managers, and those who work or worked on the case); 404 problem+json for an unknown case, an unknown document, or one the case has not reached.
 */
@RestController
public class DocumentsController {

  private final CaseDocuments documents;
  private final CaseFileService caseFiles;

  public DocumentsController(CaseDocuments documents, CaseFileService caseFiles) {
    this.documents = documents;
    this.caseFiles = caseFiles;
  }

  @GetMapping("/api/cases/{caseNumber}/documents/{document}.pdf")
  public ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable String document) {
    StaffUser user = StaffUser.current().orElseThrow(StaffUserRequiredException::new);
    CaseDocument wanted = CaseDocument.byName(document);
    if (wanted == null) {
      throw new NotFoundException("There is no document " + document + ".pdf",
          new FieldError("document", "must be one of " + Arrays.stream(CaseDocument.values())
              .map(CaseDocument::fileName).collect(Collectors.joining(", "))));
    }
    caseFiles.requireAccess(caseNumber, user);
    byte[] pdf;
    try {
      pdf = documents.render(caseNumber, wanted);
    } catch (DocumentNotAvailableException notYet) {
      throw new NotFoundException(notYet.getMessage(), new FieldError("document", notYet.getMessage()));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(caseNumber + "-" + wanted.fileName()).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf);
  }

  /** The configured font is missing: nothing can be printed until an administrator fixes it. */
  @ExceptionHandler(DocumentFont.FontUnavailableException.class)
  ResponseEntity<ProblemDetail> fontUnavailable(DocumentFont.FontUnavailableException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    problem.setTitle("Printed documents unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
