package com.aftersales.documents;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseNotFoundException;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.flows.repair.RepairProcess.Actions;
import com.aftersales.mail.CustomerContacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Renders a case's printable documents from the application's own records at the moment they are asked for: the
 * case record, the customer archive (name and address, looked up by the case's customer, never from process
 * variables) and the service records the flow wrote. A document exists once the record it prints does: the service
 * report after the engineer's repair report.
 */
@Service
public class CaseDocuments {

  static final String SIGN_STATEMENT =
      "本人确认上述维修内容属实，产品已恢复正常使用。（客户签字后本报告作为服务完成凭证）";

  private final CaseService cases;
  private final CustomerContacts contacts;
  private final StaffTimes times;
  private final DocumentFont font;

  public CaseDocuments(CaseService cases, CustomerContacts contacts, StaffTimes times, DocumentFont font) {
    this.cases = cases;
    this.contacts = contacts;
    this.times = times;
    this.font = font;
  }

  /** The documents of the case that exist now, in the order they are printed during a repair. */
  public List<CaseDocument> available(String caseNumber) {
    ServiceCase serviceCase = cases.find(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    return available(serviceCase, cases.records(caseNumber));
  }

  private static List<CaseDocument> available(ServiceCase serviceCase, List<ServiceRecord> records) {
    List<CaseDocument> documents = new ArrayList<>();
    if (RepairProcess.CASE_TYPE.equals(serviceCase.type()) && latest(records, Actions.REPAIR_REPORT).isPresent()) {
      documents.add(CaseDocument.SERVICE_REPORT);
    }
    return documents;
  }

  /**
   * @throws CaseNotFoundException for an unknown case
   * @throws DocumentNotAvailableException when the case has no such document (yet)
   * @throws DocumentFont.FontUnavailableException when the configured font cannot be read
   */
  public byte[] render(String caseNumber, CaseDocument document) {
    ServiceCase serviceCase = cases.find(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    List<ServiceRecord> records = cases.records(caseNumber);
    if (!available(serviceCase, records).contains(document)) {
      throw new DocumentNotAvailableException(caseNumber, document);
    }
    try (PDDocument pdf = new PDDocument(); DocumentFont.Loaded loaded = font.load(pdf)) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(document.title() + " " + caseNumber);
      info.setSubject(caseNumber);
      try (PdfSheet sheet = new PdfSheet(pdf, loaded.font(), document.title())) {
        sheet.subtitle("案件编号 " + caseNumber + "　　打印时间 " + times.format(ClockUtil.getCurrentTime()));
        serviceReport(sheet, serviceCase, records);
        return sheet.bytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void serviceReport(PdfSheet sheet, ServiceCase c, List<ServiceRecord> records) {
    Map<String, Object> customer = customer(c);
    sheet.heading("客户与产品")
        .field("客户", (String) customer.get(CaseVariables.CUSTOMER_NAME))
        .field("服务地址", (String) customer.get(CaseVariables.CUSTOMER_ADDRESS))
        .field("产品型号", c.productModel())
        .field("产品编号", c.serialNumber())
        .field("购买日期", c.purchaseDate() == null ? null : c.purchaseDate().toString())
        .field("客户的故障描述", c.description())
        .field("报修时间", times.format(c.openedAt()));
    ServiceRecord report = latest(records, Actions.REPAIR_REPORT).orElseThrow();
    Optional<ServiceRecord> dispatch = latest(records, Actions.DISPATCH);
    Optional<ServiceRecord> diagnosis = latest(records, Actions.DIAGNOSIS);
    ReportNote note = ReportNote.of(report.note());
    sheet.heading("维修情况")
        .field("服务工程师", report.engineer() != null ? report.engineer()
            : dispatch.map(ServiceRecord::engineer).orElse(null))
        .field("派工时间", dispatch.map(r -> times.format(r.recordedAt())).orElse(null))
        .field("上门检测时间", diagnosis.map(r -> times.format(r.recordedAt())).orElse(null))
        .field("检测发现的故障", note.faults())
        .field("更换的配件", report.partsUsed() == null ? "无" : report.partsUsed())
        .field("旧件处理", note.oldParts())
        .field("备注", note.notes())
        .field("维修完成时间", times.format(report.recordedAt()))
        .signatureBox(SIGN_STATEMENT);
  }

  /** Name and address from the customer archive (the case's own record for a case of no archived customer). */
  private Map<String, Object> customer(ServiceCase c) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CASE_NUMBER, c.caseNumber());
    if (c.customerId() != null) {
      variables.put(CaseVariables.CUSTOMER_ID, c.customerId());
    }
    Map<String, Object> found = contacts.forMail(variables);
    if (found.isEmpty() && c.customerName() != null) {
      return Map.of(CaseVariables.CUSTOMER_NAME, c.customerName());
    }
    return found;
  }

  private static Optional<ServiceRecord> latest(List<ServiceRecord> records, String action) {
    ServiceRecord found = null;
    for (ServiceRecord r : records) {
      if (action.equals(r.action())
          && (found == null || !r.recordedAt().isBefore(found.recordedAt() == null ? Instant.MIN : found.recordedAt()))) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The repair report's note as RepairService.repairReport writes it:
   * {@code Faults: <faults>; old parts: <code>[; <notes>]}.
   */
  record ReportNote(String faults, String oldParts, String notes) {
    static final String FAULTS = "Faults: ";
    static final String OLD_PARTS = "; old parts: ";

    static ReportNote of(String note) {
      if (note == null) {
        return new ReportNote(null, null, null);
      }
      int old = note.lastIndexOf(OLD_PARTS);
      if (!note.startsWith(FAULTS) || old < 0) {
        return new ReportNote(note, null, null);
      }
      String faults = note.substring(FAULTS.length(), old);
      String rest = note.substring(old + OLD_PARTS.length());
      int end = rest.indexOf("; ");
      return end < 0 ? new ReportNote(faults, oldParts(rest), null)
          : new ReportNote(faults, oldParts(rest.substring(0, end)), rest.substring(end + 2));
    }

    /** The repair report form's own labels for the old parts' codes (forms/repair-report.form). */
    private static String oldParts(String code) {
      return switch (code) {
        case "returned" -> "已交还客户";
        case "disposed" -> "已另行处理（客户不需要）";
        case "none" -> "未更换配件";
        default -> code;
      };
    }
  }
}
