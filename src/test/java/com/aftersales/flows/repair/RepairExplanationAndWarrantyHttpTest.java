package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repair.RepairProcess.Actions;
import com.aftersales.flows.repair.RepairProcess.Elements;
import com.aftersales.flows.repair.RepairProcess.Vars;
import com.aftersales.testsupport.RepairCases;
import com.aftersales.testsupport.EngineRestTasks;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A warranty repair on site worked through the engine REST API as the engineer and the service manager do: the
 * repair form records what the customer was told, the test after the repair and the self-check; the service report
 * prints them with the warranty statement; the sign-off records that the warranty terms were handed over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RepairExplanationAndWarrantyHttpTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseService caseService;

  @Test
  @DisplayName("001 4 向客户说明故障原因、维修方法及注意事项, 003 三4 维修后试机, 003 四2(a) 维修后自检, 000 第四篇 四(一) 保修条款交付客户:"
      + " the repair records the explanation, the test and the self-check, the service report prints them with the"
      + " warranty statement, and the sign-off records the warranty terms handed over")
  void repairRecordsExplanationTestSelfCheckAndTheWarrantyHandover() throws IOException {
    RepairCases.AtDispatch onSite = RepairCases.atOnSiteRepair(rest, taskService, managementService);
    String caseNumber = onSite.caseNumber();
    String instance = onSite.processInstanceId();

    ResponseEntity<String> noSelfCheck = tryComplete("eric", instance, Elements.REPAIR_ON_SITE, Map.of(
        Vars.REPAIR_NOTES, "Belt replaced", Vars.REPAIR_EXPLANATION, "x", Vars.POST_REPAIR_TEST, "y",
        Vars.SELF_CHECK_DONE, false));
    assertThat(noSelfCheck.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(noSelfCheck.getBody()).contains("selfCheckDone");
    assertThat(actions(caseNumber)).doesNotContain(Actions.REPAIR_EXPLAINED);

    complete("eric", instance, Elements.REPAIR_ON_SITE, Map.of(Vars.REPAIR_NOTES, "Belt replaced from the van stock",
        Vars.REPAIR_EXPLANATION, "皮带老化断裂；已更换新皮带；洗衣时勿超过额定容量",
        Vars.POST_REPAIR_TEST, "空转及满载各洗一次，运转正常无异响", Vars.SELF_CHECK_DONE, true));
    ServiceRecord explained = caseService.records(caseNumber).stream()
        .filter(r -> r.action().equals(Actions.REPAIR_EXPLAINED)).findFirst().orElseThrow();
    assertThat(explained.engineer()).isEqualTo("eric");
    assertThat(explained.note()).contains("皮带老化断裂", "满载各洗一次", "已完成");

    complete("eric", instance, Elements.WRITE_REPAIR_REPORT, Map.of(Vars.FAULTS_FOUND, "Drive belt torn",
        Vars.PARTS_REPLACED, "Belt B-7", Vars.OLD_PARTS, "returned"));
    complete("sam", instance, Elements.APPROVE_REPAIR_REPORT, Map.of(Vars.REPORT_APPROVAL, "approved",
        Vars.SPOT_CHECK_ORDERED, false));

    String report = pdfText(caseNumber);
    assertThat(report).contains("向客户说明", "皮带老化断裂；已更换新皮带；洗衣时勿超过额定容量",
        "修后试机", "空转及满载各洗一次，运转正常无异响", "工程师自检", "已完成",
        "保修说明", "保修条款", "本产品保修期自", "（依产品登记）", "保修期内非人为");

    ResponseEntity<String> withoutTerms = tryComplete("eric", instance, Elements.OBTAIN_SIGN_OFF, Map.of(
        Vars.SIGN_OFF, "resolved", Vars.WARRANTY_TERMS_HANDED_OVER, false));
    assertThat(withoutTerms.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(withoutTerms.getBody()).contains("warrantyTermsHandedOver");
    complete("eric", instance, Elements.OBTAIN_SIGN_OFF, Map.of(
        Vars.SIGN_OFF, "resolved", Vars.WARRANTY_TERMS_HANDED_OVER, true));
    ServiceRecord handedOver = caseService.records(caseNumber).stream()
        .filter(r -> r.action().equals(Actions.WARRANTY_TERMS_HANDED_OVER)).findFirst().orElseThrow();
    assertThat(handedOver.note()).startsWith("已交付保修条款：本产品保修期自");
    assertThat(actions(caseNumber)).containsSubsequence(Actions.REPAIR_EXPLAINED, Actions.REPAIR_REPORT,
        Actions.WARRANTY_TERMS_HANDED_OVER);
  }

  private List<String> actions(String caseNumber) {
    return caseService.records(caseNumber).stream().map(ServiceRecord::action).toList();
  }

  private String pdfText(String caseNumber) throws IOException {
    ResponseEntity<byte[]> pdf = rest.withBasicAuth("mary", "mary")
        .getForEntity("/api/cases/" + caseNumber + "/documents/service-report.pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private void complete(String user, String instance, String taskKey, Map<String, Object> variables) {
    EngineRestTasks.complete(rest, managementService, user, instance, taskKey, variables);
  }

  private ResponseEntity<String> tryComplete(String user, String instance, String taskKey,
      Map<String, Object> variables) {
    return EngineRestTasks.tryComplete(rest, managementService, user, instance, taskKey, variables);
  }
}
