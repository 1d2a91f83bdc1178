package com.aftersales.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configured font: a missing or unreadable file fails a document with a message saying what to fix. */
class DocumentFontTest {

  @Test
  void aMissingFontFileFailsTheDocumentNamingTheSettingAndThePackage() throws IOException {
    DocumentFont font = new DocumentFont("/nonexistent/fonts/wqy-zenhei.ttc");
    try (PDDocument document = new PDDocument()) {
      assertThatThrownBy(() -> font.load(document))
          .isInstanceOf(DocumentFont.FontUnavailableException.class)
          .hasMessageContaining("aftersales.documents.font")
          .hasMessageContaining("/nonexistent/fonts/wqy-zenhei.ttc")
          .hasMessageContaining("fonts-wqy-zenhei");
    }
  }

  @Test
  void aFileThatIsNoFontFailsTheDocumentNamingTheFile(@TempDir Path dir) throws IOException {
    File notAFont = Files.writeString(dir.resolve("font.ttf"), "not a font").toFile();
    DocumentFont font = new DocumentFont(notAFont.getPath());
    try (PDDocument document = new PDDocument()) {
      assertThatThrownBy(() -> font.load(document))
          .isInstanceOf(DocumentFont.FontUnavailableException.class)
          .hasMessageContaining(notAFont.getPath())
          .hasMessageContaining("no readable TrueType font");
    }
  }

  @Test
  void theDefaultIsTheDebianPackagesWenQuanYiZenHei() {
    assertThat(DocumentFont.DEFAULT).isEqualTo("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  }
}
