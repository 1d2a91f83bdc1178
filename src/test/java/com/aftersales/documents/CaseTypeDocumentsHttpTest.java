package com.aftersales.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The documents of complaints, exchanges and installations: printed in Chinese with the font embedded from the
 * flows' records, for those who may open the case file, and listed in the desk's case file once the case has them;
 * the text read back from the PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseTypeDocumentsHttpTest {

  @Autowired TestRestTemplate rest;
  @Autowired CaseService caseService;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("the complaint's reply letter (投诉处理结果答复函) prints the complaint, the finding and the solution once the complaint has one")
  void complaintReplyLetter() throws IOException {
    String caseNumber = open("complaint", "Bed B-180");
    Timestamp now = Timestamp.from(Instant.parse("2026-12-07T06:30:00Z"));
    jdbc.update("INSERT INTO complaint (case_number, category, severity, key_customer, details, customer_demand,"
        + " handling_group, current_group, response_hours, received_at, response_due_at, paused_seconds,"
        + " escalation_level, reopen_count, updated_at) VALUES (?, 'service-attitude', 'high', FALSE,"
        + " '上门人员态度恶劣', '要求道歉', 'customer-service', 'customer-service', 24, ?, ?, 0, 0, 0, ?)",
        caseNumber, now, now, now);
    assertThat(status(caseNumber, "complaint-reply")).isEqualTo(HttpStatus.NOT_FOUND);

    jdbc.update("UPDATE complaint SET complaint_justified = TRUE, investigation_findings = '核实属实，已批评教育',"
        + " solution_type = 'apology', resolution = '经理上门当面道歉', compensation_amount = 200.00, responded_at = ?"
        + " WHERE case_number = ?", now, caseNumber);
    String text = pdfText(caseNumber, "complaint-reply");
    assertThat(text).contains("投诉处理结果答复函", caseNumber, "服务态度", "上门人员态度恶劣", "要求道歉",
        "核实属实，已批评教育", "道歉", "经理上门当面道歉", "200.00 元", "2026-12-07 14:30", "客户签字");
    assertThat(caseFileDocuments(caseNumber)).contains("complaint-reply");
  }

  @Test
  @DisplayName("the exchange confirmation (换货确认单) prints the old and new serial numbers and the approvals once the exchange is in the ledger")
  void exchangeConfirmation() throws IOException {
    String caseNumber = open("exchange", "Centrifuge C-200");
    assertThat(status(caseNumber, "exchange-confirmation")).isEqualTo(HttpStatus.NOT_FOUND);
    Timestamp now = Timestamp.from(Instant.parse("2026-12-07T06:30:00Z"));
    jdbc.update("INSERT INTO exchange_ledger (case_number, exchange_date, customer_name, product_model,"
        + " old_serial_number, new_serial_number, reason, regional_manager, regional_manager_decision,"
        + " regional_manager_decided_at, general_manager, general_manager_decision, general_manager_decided_at,"
        + " storage_location, handler, recorded_at) VALUES (?, DATE '2026-12-07', '钱换货', 'Centrifuge C-200',"
        + " 'SN-OLD-1', 'SN-NEW-9', '转子异响，质量问题', 'rita', 'approved', ?, 'grace', 'approved', ?, 'R-2-4',"
        + " 'sally', ?)", caseNumber, now, now, now);
    String text = pdfText(caseNumber, "exchange-confirmation");
    assertThat(text).contains("换货确认单", caseNumber, "Centrifuge C-200", "SN-OLD-1", "SN-NEW-9",
        "转子异响，质量问题", "rita：同意", "grace：同意", "R-2-4", "客户签字");
    assertThat(caseFileDocuments(caseNumber)).contains("exchange-confirmation");
  }

  @Test
  @DisplayName("004 送货安装 3.7 客户验收签字: the acceptance sheet prints the team and the commissioning checklist, confirmed once commissioning recorded it")
  void installationAcceptanceSheet() throws IOException {
    String caseNumber = open("installation", "Wardrobe W-2");
    jdbc.update("INSERT INTO installation (case_number, scope, visit_date, team_leader, installers, installer_count,"
        + " received_at) VALUES (?, 'small', DATE '2026-12-08', 'eric', 'eric,emma', 2, ?)", caseNumber,
        Timestamp.from(Instant.now()));
    String before = pdfText(caseNumber, "installation-acceptance");
    assertThat(before).contains("安装调试验收单", caseNumber, "eric,emma", "2026-12-08", "验收清单",
        "待确认： 调试完成，运行正常", "产品和现场已清洁", "已向客户讲解保养知识和售后服务规定").doesNotContain("已确认");

    jdbc.update("UPDATE installation SET checklist = 'keyPartsChecked,commissioningOk,siteCleaned,careExplained',"
        + " customer_signed_at = ?, site_problem = 'none' WHERE case_number = ?",
        Timestamp.from(Instant.parse("2026-12-08T02:15:00Z")), caseNumber);
    String after = pdfText(caseNumber, "installation-acceptance");
    assertThat(after).contains("已确认： 调试完成，运行正常", "2026-12-08 10:15", "没有").doesNotContain("待确认");
    assertThat(images(caseNumber, "installation-acceptance")).isZero();

    // the customer signs on the team's device: the sheet prints the drawn signature in the 客户签字 box
    ResponseEntity<JsonNode> signed = rest.withBasicAuth("mary", "mary").postForEntity("/api/cases/" + caseNumber
        + "/signatures", java.util.Map.of("document", "installation-acceptance", "image", signature()), JsonNode.class);
    assertThat(signed.getStatusCode().value()).isEqualTo(201);
    assertThat(images(caseNumber, "installation-acceptance")).isOne();
    assertThat(pdfText(caseNumber, "installation-acceptance"))
        .contains(signed.getBody().path("signedAtText").asText().replaceAll(" \\(.*", ""));
    assertThat(caseFileDocuments(caseNumber)).contains("installation-acceptance");
  }

  @Test
  @DisplayName("the documents follow the case file's access rule: a group that may not open the case file gets 403")
  void sameAccessRule() {
    String caseNumber = open("installation", "Wardrobe W-2");
    jdbc.update("INSERT INTO installation (case_number, team_leader, installers, received_at) VALUES (?, 'eric',"
        + " 'eric,emma', ?)", caseNumber, Timestamp.from(Instant.now()));
    assertThat(rest.withBasicAuth("mary", "mary").getForEntity(path(caseNumber, "installation-acceptance"),
        byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("walt", "walt").getForEntity(path(caseNumber, "installation-acceptance"),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String open(String type, String model) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return caseService.open(new NewCase(type, "phone", "文档" + suffix.substring(0, 4), "13500135992",
        null, null, model, "SN-" + suffix, LocalDate.now().minusMonths(2), true, "客户描述" + suffix, null))
        .caseNumber();
  }

  private HttpStatus status(String caseNumber, String document) {
    return HttpStatus.valueOf(rest.withBasicAuth("mary", "mary").getForEntity(path(caseNumber, document),
        JsonNode.class).getStatusCode().value());
  }

  private String pdfText(String caseNumber, String document) throws IOException {
    ResponseEntity<byte[]> pdf = rest.withBasicAuth("mary", "mary").getForEntity(path(caseNumber, document),
        byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument pdfDocument = Loader.loadPDF(pdf.getBody())) {
      for (var page : pdfDocument.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as("font " + font.getName() + " embedded").isTrue();
        }
      }
      return new PDFTextStripper().getText(pdfDocument);
    }
  }

  private int images(String caseNumber, String document) throws IOException {
    byte[] pdf = rest.withBasicAuth("mary", "mary").getForEntity(path(caseNumber, document), byte[].class).getBody();
    int images = 0;
    try (PDDocument pdfDocument = Loader.loadPDF(pdf)) {
      for (var page : pdfDocument.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
            images++;
          }
        }
      }
    }
    return images;
  }

  /** A drawn stroke on a transparent pad, as the signature page sends it. */
  private static String signature() throws IOException {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 120,
        java.awt.image.BufferedImage.TYPE_INT_ARGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(java.awt.Color.BLACK);
    g.setStroke(new java.awt.BasicStroke(3));
    g.drawLine(20, 80, 260, 30);
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(out.toByteArray());
  }

  private String caseFileDocuments(String caseNumber) {
    JsonNode file = rest.withBasicAuth("mary", "mary").getForEntity("/api/desk/cases/" + caseNumber, JsonNode.class)
        .getBody();
    return file.path("documents").toString();
  }

  private static String path(String caseNumber, String document) {
    return "/api/cases/" + caseNumber + "/documents/" + document + ".pdf";
  }
}
