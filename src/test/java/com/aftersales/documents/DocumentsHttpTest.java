package com.aftersales.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.flows.repair.RepairProcess.Coverage;
import com.aftersales.flows.repair.RepairProcess;
import com.aftersales.flows.repair.RepairService;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The printed service report over HTTP: made from the case record, the customer archive and the repair records when
 * asked for, in Chinese with its font embedded, for those who may open the case file; 404 before the repair report
 * exists, for an unknown case and for an unknown document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentsHttpTest {

  @Autowired TestRestTemplate rest;
  @Autowired CaseService caseService;
  @Autowired RepairService repairService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("000 §1.3.6 维修的仪器经检验可正常使用需由客户确认和签单: the service report the customer signs prints the case, the customer's name and address,"
      + " the engineer's findings and parts in Chinese, times in company time, with the font embedded")
  void serviceReportPrintsTheCaseRecordsInChineseWithItsFontEmbedded() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String caseNumber = register("SN-DOC-" + suffix, "赵文档" + suffix.substring(0, 4), phone(suffix));
    TestRestTemplate mary = rest.withBasicAuth("mary", "mary");

    ResponseEntity<JsonNode> notYet = mary.getForEntity(path(caseNumber, "service-report"), JsonNode.class);
    assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(notYet.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(notYet.getBody().path("errors").get(0).path("field").asText()).isEqualTo("document");

    // 14:30 Beijing time
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-07T06:30:00Z")));
    repairService.dispatch(caseNumber, "eric", "2026-12-08 09:00");
    repairService.diagnosis(caseNumber, "eric", "电机碳刷磨损", "wear", "parts", "碳刷 CB-12", "standard");
    repairService.repairReport(caseNumber, "eric", "电机碳刷磨损，滚筒不转", "碳刷 CB-12 ×2", "returned",
        "已试机 30 分钟");

    ResponseEntity<byte[]> pdf = mary.getForEntity(path(caseNumber, "service-report"), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("维修服务报告", caseNumber, "客户", "赵文档" + suffix.substring(0, 4),
          "服务地址", "上海市黄浦区南京东路 8 号", "产品型号", "WM-1200", "SN-DOC-" + suffix, "滚筒不转",
          "服务工程师", "eric", "检测发现的故障", "电机碳刷磨损，滚筒不转", "更换的配件", "碳刷 CB-12 ×2",
          "旧件处理", "已交还客户", "已试机 30 分钟", "维修完成时间", "2026-12-07 14:30 (Asia/Shanghai)",
          "客户签字", "日期");
      assertThat(text).doesNotContain(phone(suffix));
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
    }
    // the desk's case file links to it
    JsonNode file = mary.getForEntity("/api/desk/cases/" + caseNumber, JsonNode.class).getBody();
    assertThat(file.path("documents")).hasSize(1);
    assertThat(file.path("documents").get(0).path("title").asText()).isEqualTo("维修服务报告");
    assertThat(file.path("documents").get(0).path("href").asText()).isEqualTo(path(caseNumber, "service-report"));
  }

  @Test
  @DisplayName("000 §2.3 维修需要的费用(包括维修费、配件费)…合理报价给客户: the quote prints labour, parts and total in 元"
      + " with two decimals; a chargeable repair's invoice note prints the same amounts once the repair is reported")
  void quoteAndInvoiceNotePrintTheQuotedAmountsInYuan() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String caseNumber = register("SN-DOQ-" + suffix, "孙报价" + suffix.substring(0, 4), phone(suffix));
    TestRestTemplate mary = rest.withBasicAuth("mary", "mary");
    repairService.warrantyDecision(caseNumber, Coverage.CHARGEABLE, "购买已超过保修期");
    repairService.quote(caseNumber, new RepairService.Quote(RepairProcess.EngineerLevel.SENIOR,
        RepairProcess.RepairDifficulty.COMPLEX, new BigDecimal("1200"), new BigDecimal("80.5"), BigDecimal.ZERO,
        "更换电机"));

    String quote = text(mary.getForEntity(path(caseNumber, "quote"), byte[].class));
    assertThat(quote).contains("报价单", caseNumber, "孙报价" + suffix.substring(0, 4), "收费维修",
        "人工费", "1,200.00 元", "配件费", "80.50 元", "合计", "1,280.50 元", "更换电机", "客户签字");
    assertThat(mary.getForEntity(path(caseNumber, "invoice-note"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    repairService.repairReport(caseNumber, "eric", "电机烧毁", "电机 M-3", "disposed", null);
    String invoice = text(mary.getForEntity(path(caseNumber, "invoice-note"), byte[].class));
    assertThat(invoice).contains("发票通知单", caseNumber, "应付金额合计", "1,280.50 元", "电机 M-3", "已付金额", "未付");
    repairService.payment(caseNumber, new BigDecimal("1280.5"), "POS-" + suffix);
    assertThat(text(mary.getForEntity(path(caseNumber, "invoice-note"), byte[].class)))
        .contains("已付金额", "1,280.50 元").doesNotContain("未付");
  }

  private static String text(ResponseEntity<byte[]> pdf) throws IOException {
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void theReportIsForThoseWhoMayOpenTheCaseFileAndUnknownCasesAndDocumentsAreNotFound() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String caseNumber = register("SN-DOA-" + suffix, "钱文档" + suffix.substring(0, 4), phone(suffix));
    repairService.repairReport(caseNumber, "eric", "门锁失灵", null, "none", null);

    // the general manager may open every case, but reads no contact data: the report leaves the address out
    ResponseEntity<byte[]> forGrace = rest.withBasicAuth("grace", "grace")
        .getForEntity(path(caseNumber, "service-report"), byte[].class);
    assertThat(forGrace.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (PDDocument document = Loader.loadPDF(forGrace.getBody())) {
      assertThat(new PDFTextStripper().getText(document)).contains("钱文档" + suffix.substring(0, 4),
          CaseDocuments.HIDDEN).doesNotContain("南京东路");
    }
    for (String outsider : List.of("walt", "eric")) {
      ResponseEntity<JsonNode> denied = rest.withBasicAuth(outsider, outsider)
          .getForEntity(path(caseNumber, "service-report"), JsonNode.class);
      assertThat(denied.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(denied.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }
    TestRestTemplate mary = rest.withBasicAuth("mary", "mary");
    ResponseEntity<JsonNode> unknownCase = mary.getForEntity(path("AS-1999-999999", "service-report"), JsonNode.class);
    assertThat(unknownCase.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownCase.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    ResponseEntity<JsonNode> unknownDocument = mary.getForEntity(path(caseNumber, "receipt"), JsonNode.class);
    assertThat(unknownDocument.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownDocument.getBody().path("errors").get(0).path("message").asText())
        .contains("service-report.pdf", "quote.pdf", "invoice-note.pdf");
    assertThat(rest.getForEntity(path(caseNumber, "service-report"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private static String path(String caseNumber, String document) {
    return "/api/cases/" + caseNumber + "/documents/" + document + ".pdf";
  }

  /** A phone number of this test's own, so the archive gives this test's customer. */
  private static String phone(String suffix) {
    return "139" + String.format("%08d", Math.abs(suffix.hashCode()) % 100_000_000);
  }

  private String register(String serial, String name, String phone) {
    Map<String, Object> request = Map.of("type", "repair", "channel", "walk-in",
        "customer", Map.of("name", name, "phone", phone, "address", "上海市黄浦区南京东路 8 号"),
        "product", Map.of("model", "WM-1200", "serialNumber", serial, "purchaseDate", "2026-06-01",
            "purchaseProof", true),
        "description", "滚筒不转");
    ResponseEntity<JsonNode> created = rest.withBasicAuth("mary", "mary")
        .postForEntity("/api/service-requests", request, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().path("caseNumber").asText();
  }
}
