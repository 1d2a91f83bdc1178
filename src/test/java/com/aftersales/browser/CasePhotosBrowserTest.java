package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.photos.PhotoTestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engineer at the on-site diagnosis in Chromium: the Tasklist form's "上传照片" link opens the photo page of the
 * case, a text file named .jpg is refused next to the file field, a JPEG photo of the fault is stored and shown, and
 * the desk's case file shows it too. Once in Chinese and once in English; the photo page goes to docs/screens/.
 */
class CasePhotosBrowserTest extends BrowserScenario {

  @Autowired RuntimeService runtimeService;
  @Autowired CaseService caseService;

  @Test
  void theEngineerUploadsAPhotoOfTheFaultFromTheDiagnosisFormInChinese() throws IOException {
    reopenBrowserIn("zh-CN");
    String caseNumber = uploadFromTheDiagnosisForm("请选择一张照片。", "照片已保存", "zh-CN");
    assertThat(browser.bodyText()).contains("案件照片", "本案照片", "故障", "上传人: eric");
    DocsScreens.save(browser, "photos-zh-CN.png");
    caseFileShowsThePhoto(caseNumber, "照片");
  }

  @Test
  void theEngineerUploadsAPhotoOfTheFaultFromTheDiagnosisFormInEnglish() throws IOException {
    String caseNumber = uploadFromTheDiagnosisForm("Please choose a photo.", "Photo stored", "en");
    assertThat(browser.bodyText()).contains("Case photos", "Photos of this case", "Fault", "Uploaded by: eric");
    DocsScreens.save(browser, "photos-en.png");
    caseFileShowsThePhoto(caseNumber, "Photos");
  }

  private String uploadFromTheDiagnosisForm(String chooseFile, String stored, String language) throws IOException {
    String caseNumber = caseService.open(new NewCase("repair", "phone", "Photo Chen", "13500135992", null, null,
        "WM-1200", "SN-PHB-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.now().minusMonths(2), true,
        "Drum leaks", null)).caseNumber();
    String instance = runtimeService.createProcessInstanceByKey("repair").businessKey(caseNumber)
        .setVariables(Map.of("caseNumber", caseNumber, "customerName", "Photo Chen", "productModel", "WM-1200",
            "engineer", "eric", "appointmentAt", new Date(System.currentTimeMillis() + 3600_000L)))
        .startBeforeActivity("Task_DiagnoseOnSite").execute().getId();
    caseService.attachProcessInstance(caseNumber, instance);
    awaitTask(instance, "Task_DiagnoseOnSite");
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_DiagnoseOnSite")
        .singleResult();
    Tasklist tasklist = new Tasklist(browser);

    tasklist.login("eric", "eric");
    tasklist.openTaskById(task.getId());
    WebElement link = browser.visible(By.xpath("//*[contains(@class,'fjs-form')]//a[normalize-space()='上传照片']"));
    String href = link.getAttribute("href");
    assertThat(href).endsWith("/desk/photos.html?case=" + caseNumber);
    browser.step("diagnosis form with the photo link");

    browser.driver().get(href + ("en".equals(language) ? "&lang=en" : ""));
    browser.visible(By.cssSelector("#photos[data-state='ready'][data-case-number='" + caseNumber + "']"));
    assertThat(browser.visible(By.id("photo-list")).findElements(By.cssSelector(".as-photo"))).isEmpty();

    browser.click(By.id("upload-button"));
    assertThat(browser.visible(By.cssSelector(".as-field-error[data-error-for='file']")).getText())
        .isEqualTo(chooseFile);

    Path dir = Files.createTempDirectory("photos");
    Path text = Files.writeString(dir.resolve("notes.jpg"), "不是照片 / not a photo", StandardCharsets.UTF_8);
    browser.driver().findElement(By.id("photo-file")).sendKeys(text.toString());
    browser.click(By.id("upload-button"));
    browser.visible(By.cssSelector("#upload-result[data-result='refused']"));
    assertThat(browser.visible(By.cssSelector(".as-field-error[data-error-for='file']")).getText())
        .contains("zh-CN".equals(language) ? "JPEG、PNG 或 WebP" : "JPEG, PNG or WebP"); // the API speaks the page's language
    browser.step("text file refused");

    Path jpeg = Files.write(dir.resolve("fault.jpg"), PhotoTestData.jpeg());
    new Select(browser.visible(By.id("photo-kind"))).selectByValue("fault");
    browser.driver().findElement(By.id("photo-file")).sendKeys(jpeg.toString());
    browser.click(By.id("upload-button"));
    WebElement result = browser.visible(By.cssSelector("#upload-result[data-result='stored']"));
    assertThat(result.getText()).contains(stored);
    String photoId = result.getAttribute("data-photo-id");
    WebElement shown = browser.visible(By.cssSelector(
        "#photo-list .as-photo[data-photo-id='" + photoId + "'][data-kind='fault'] img"));
    browser.waitFor(d -> ((Number) ((JavascriptExecutor) d).executeScript(
        "return arguments[0].complete ? arguments[0].naturalWidth : 0;", shown)).intValue() == 40);
    assertThat(browser.driver().findElements(By.cssSelector("#upload-form .as-invalid"))).isEmpty();
    browser.step("photo stored and shown");
    return caseNumber;
  }

  private void caseFileShowsThePhoto(String caseNumber, String heading) {
    browser.visible(By.id("nav-case")).click();
    browser.visible(By.cssSelector("#case-file[data-case-number='" + caseNumber + "']"));
    browser.visible(By.cssSelector("#case-photos .as-photo[data-kind='fault'] img"));
    assertThat(browser.visible(By.id("case-file")).getText()).contains(heading);
    assertThat(browser.visible(By.id("timeline")).getText()).contains("PHOTO_UPLOADED");
    browser.step("case file with the photo");
  }
}
