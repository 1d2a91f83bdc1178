package com.aftersales.documents;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseNotFoundException;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.flows.repair.RepairProcess.Actions;
import com.aftersales.flows.repair.RepairProcess.Coverage;
import com.aftersales.mail.CustomerContacts;
import com.aftersales.privacy.ContactDataPolicy;
import com.aftersales.signatures.SignatureStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.flows.repair.WarrantyStatement;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Renders a case's printable documents from the application's own records at the moment they are asked for: the
 * case record, the customer archive (name and address, looked up by the case's customer, never from process
 * variables; the address only for those who may read contact data) and the service records the flow wrote. A
 * document exists once the record it prints does: the quote after a quote, the service report after the engineer's
 * repair report, the invoice note for a chargeable repair after both.
 */
@Service
public class CaseDocuments {

  static final String SIGN_STATEMENT =
      "本人确认上述维修内容属实，产品已恢复正常使用。（客户签字后本报告作为服务完成凭证）";

  static final String HIDDEN = "（联系资料不向本岗位显示）";

  private final WarrantyStatement warranty;
  private final CaseService cases;
  private final CustomerContacts contacts;
  private final StaffTimes times;
  private final DocumentFont font;
  private final CaseTypeDocuments otherTypes;
  private final SignatureStore signatures;

  public CaseDocuments(CaseService cases, CustomerContacts contacts, StaffTimes times, DocumentFont font,
      WarrantyStatement warranty, CaseTypeDocuments otherTypes, SignatureStore signatures) {
    this.signatures = signatures;
    this.cases = cases;
    this.warranty = warranty;
    this.contacts = contacts;
    this.times = times;
    this.font = font;
    this.otherTypes = otherTypes;
  }

  /** The API path of a case's document. */
  public static String path(String caseNumber, CaseDocument document) {
    return "/api/cases/" + caseNumber + "/documents/" + document.fileName();
  }

  /** The documents of the case that exist now, in the order they are printed during a repair. */
  public List<CaseDocument> available(String caseNumber) {
    ServiceCase serviceCase = cases.find(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    return available(serviceCase, cases.records(caseNumber));
  }

  private List<CaseDocument> available(ServiceCase serviceCase, List<ServiceRecord> records) {
    List<CaseDocument> documents = new ArrayList<>();
    if (!RepairProcess.CASE_TYPE.equals(serviceCase.type())) {
      return otherTypes.available(serviceCase); // complaint, exchange, installation
    }
    boolean quoted = latest(records, Actions.QUOTE).isPresent();
    boolean repaired = latest(records, Actions.REPAIR_REPORT).isPresent();
    if (quoted) {
      documents.add(CaseDocument.QUOTE);
    }
    if (repaired) {
      documents.add(CaseDocument.SERVICE_REPORT);
    }
    boolean chargeable = latest(records, Actions.WARRANTY_DECISION)
        .map(r -> r.note() != null && r.note().startsWith(Coverage.CHARGEABLE.code() + ":")).orElse(false);
    boolean invoiced = latest(records, Actions.INVOICE).isPresent();
    if ((chargeable && quoted || invoiced) && repaired) {
      documents.add(CaseDocument.INVOICE_NOTE);
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
        switch (document) {
          case SERVICE_REPORT -> serviceReport(sheet, serviceCase, records);
          case QUOTE -> quote(sheet, serviceCase, records);
          case INVOICE_NOTE -> invoiceNote(sheet, serviceCase, records);
          case COMPLAINT_REPLY -> {
            customerAndProduct(sheet, serviceCase);
            otherTypes.complaintReply(sheet, serviceCase);
          }
          case EXCHANGE_CONFIRMATION -> {
            customerAndProduct(sheet, serviceCase);
            otherTypes.exchangeConfirmation(sheet, serviceCase);
          }
          case INSTALLATION_ACCEPTANCE -> {
            customerAndProduct(sheet, serviceCase);
            otherTypes.installationAcceptance(sheet, serviceCase);
            signed(sheet, CaseTypeDocuments.INSTALLATION_SIGN, caseNumber, document);
          }
        }
        return sheet.bytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void serviceReport(PdfSheet sheet, ServiceCase c, List<ServiceRecord> records) {
    customerAndProduct(sheet, c);
    ServiceRecord report = latest(records, Actions.REPAIR_REPORT).orElseThrow();
    Optional<ServiceRecord> dispatch = latest(records, Actions.DISPATCH);
    Optional<ServiceRecord> diagnosis = latest(records, Actions.DIAGNOSIS);
    ReportNote note = ReportNote.of(report.note());
    ExplanationNote explained = ExplanationNote.of(latest(records, Actions.REPAIR_EXPLAINED).map(ServiceRecord::note)
        .orElse(null));
    sheet.heading("维修情况")
        .field("服务工程师", report.engineer() != null ? report.engineer()
            : dispatch.map(ServiceRecord::engineer).orElse(null))
        .field("派工时间", dispatch.map(r -> times.format(r.recordedAt())).orElse(null))
        .field("上门检测时间", diagnosis.map(r -> times.format(r.recordedAt())).orElse(null))
        .field("检测发现的故障", note.faults())
        .field("更换的配件", report.partsUsed() == null ? "无" : report.partsUsed())
        .field("旧件处理", note.oldParts())
        .field("备注", note.notes())
        .field("向客户说明", explained.explanation())
        .field("修后试机", explained.test())
        .field("工程师自检", explained.selfCheck())
        .field("维修完成时间", times.format(report.recordedAt()));
    // 000 第四篇 四(一): the warranty terms are written down and handed over with the repair
    sheet.heading("保修说明")
        .field("保修条款", warranty.of(c));
    signed(sheet, SIGN_STATEMENT, c.caseNumber(), CaseDocument.SERVICE_REPORT);
  }

  /** The signature box, with the customer's signature drawn on the device if there is one. */
  private void signed(PdfSheet sheet, String statement, String caseNumber, CaseDocument document) {
    Optional<SignatureStore.Signature> signature = signatures.latest(caseNumber, document.pathName());
    sheet.signatureBox(statement, signature.map(SignatureStore.Signature::png).orElse(null),
        signature.map(s -> times.format(s.signedAt())).orElse(null));
  }

  private void customerAndProduct(PdfSheet sheet, ServiceCase c) {
    Map<String, Object> customer = customer(c);
    sheet.heading("客户与产品")
        .field("客户", (String) customer.get(CaseVariables.CUSTOMER_NAME))
        .field("服务地址", address((String) customer.get(CaseVariables.CUSTOMER_ADDRESS)))
        .field("产品型号", c.productModel())
        .field("产品编号", c.serialNumber())
        .field("购买日期", c.purchaseDate() == null ? null : c.purchaseDate().toString())
        .field("客户的故障描述", c.description())
        .field("报修时间", times.format(c.openedAt()));
  }

  /** 报价单: the repair's price for the customer to accept (rulebook 000 §2.3: the repair and parts costs are quoted so the customer can decide). */
  private void quote(PdfSheet sheet, ServiceCase c, List<ServiceRecord> records) {
    customerAndProduct(sheet, c);
    ServiceRecord quote = latest(records, Actions.QUOTE).orElseThrow();
    QuoteNote amounts = QuoteNote.of(quote);
    sheet.heading("报价")
        .field("保修判定", latest(records, Actions.WARRANTY_DECISION).map(r -> coverage(r.note())).orElse(null))
        .field("人工费", Money.yuan(amounts.labour()))
        .field("配件费", Money.yuan(amounts.parts()))
        .field("合计", Money.yuan(quote.fee()))
        .field("说明", amounts.notes())
        .field("报价时间", times.format(quote.recordedAt()))
        .signatureBox("本人已知悉上述报价，同意按此报价维修。");
  }

  /**
   * 发票通知单: what finance invoices, and what is paid: the invoice's amounts as the case keeps them (parts decided
   * line by line, 000 第五篇 一1), else the quoted ones.
   */
  private void invoiceNote(PdfSheet sheet, ServiceCase c, List<ServiceRecord> records) {
    customerAndProduct(sheet, c);
    ServiceRecord quote = latest(records, Actions.INVOICE).or(() -> latest(records, Actions.QUOTE)).orElseThrow();
    QuoteNote amounts = QuoteNote.of(quote);
    ServiceRecord report = latest(records, Actions.REPAIR_REPORT).orElseThrow();
    Optional<ServiceRecord> payment = latest(records, Actions.PAYMENT);
    sheet.heading("开票内容")
        .field("开票项目", "维修服务（" + (c.productModel() == null ? "" : c.productModel()) + "）")
        .field("人工费", Money.yuan(amounts.labour()))
        .field("配件费", Money.yuan(amounts.parts()))
        .field("更换的配件", report.partsUsed() == null ? "无" : report.partsUsed())
        .field("应付金额合计", Money.yuan(quote.fee()))
        .field("已付金额", payment.map(p -> Money.yuan(p.fee())).orElse("未付"))
        .field("维修完成时间", times.format(report.recordedAt()))
        .signatureBox("本人确认上述开票金额无误，请按此开具发票。");
  }

  private static String coverage(String note) {
    if (note == null) {
      return null;
    }
    if (note.startsWith(Coverage.CHARGEABLE.code() + ":")) {
      return "收费维修" + note.substring(Coverage.CHARGEABLE.code().length());
    }
    if (note.startsWith(Coverage.WARRANTY.code() + ":")) {
      return "保修" + note.substring(Coverage.WARRANTY.code().length());
    }
    return note;
  }

  /** The address is contact data: printed for the groups that may read it (privacy.ContactDataPolicy). */
  private static String address(String address) {
    if (address == null) {
      return null;
    }
    String shown = ContactDataPolicy.visible(address);
    return shown != null ? shown : HIDDEN;
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

  /** The quote's amounts: its fee is the total, its note as {@link RepairService#quote} writes it. */
  record QuoteNote(BigDecimal labour, BigDecimal parts, String notes) {
    private static final Pattern NOTE = Pattern.compile("^" + Pattern.quote(RepairService.LABOUR) + "([0-9.]+) 元[^"
        + RepairService.SEPARATOR + "]*" + Pattern.quote(RepairService.SEPARATOR) + Pattern.quote(RepairService.PARTS)
        + "([0-9.]+) 元[^" + RepairService.SEPARATOR + "]*(?:" + Pattern.quote(RepairService.SEPARATOR) + "(.*))?$",
        Pattern.DOTALL);

    static QuoteNote of(ServiceRecord quote) {
      Matcher m = NOTE.matcher(quote.note() == null ? "" : quote.note());
      if (!m.matches()) {
        return new QuoteNote(null, null, quote.note());
      }
      return new QuoteNote(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)), m.group(3));
    }
  }

  /** The repair report's note as {@link RepairService#repairReport} writes it. */
  /** The engineer's explanation, test and self-check as {@link RepairService#repairExplained} wrote them. */
  record ExplanationNote(String explanation, String test, String selfCheck) {
    static final String TESTED = RepairService.SEPARATOR + RepairService.TESTED;
    static final String SELF_CHECKED = RepairService.SEPARATOR + RepairService.SELF_CHECKED;

    static ExplanationNote of(String note) {
      if (note == null || !note.startsWith(RepairService.EXPLAINED)) {
        return new ExplanationNote(null, null, null);
      }
      int tested = note.lastIndexOf(TESTED);
      int checked = note.lastIndexOf(SELF_CHECKED);
      if (tested < 0 || checked < tested) {
        return new ExplanationNote(note.substring(RepairService.EXPLAINED.length()), null, null);
      }
      return new ExplanationNote(note.substring(RepairService.EXPLAINED.length(), tested),
          note.substring(tested + TESTED.length(), checked), note.substring(checked + SELF_CHECKED.length()));
    }
  }

  record ReportNote(String faults, String oldParts, String notes) {
    static final String FAULTS = RepairService.FAULTS;
    static final String OLD_PARTS = RepairService.SEPARATOR + RepairService.OLD_PARTS;

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
      int end = rest.indexOf(RepairService.SEPARATOR);
      return end < 0 ? new ReportNote(faults, oldParts(rest), null)
          : new ReportNote(faults, oldParts(rest.substring(0, end)), rest.substring(end + 1));
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
