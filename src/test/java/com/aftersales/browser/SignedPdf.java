package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A printed document the customer signed on the device: the drawn signature is its one image. */
final class SignedPdf {

  private SignedPdf() {}

  /** Checks that the PDF holds exactly one image, the signature pad's drawing (600 px wide); returns its text. */
  static String textWithTheDrawnSignature(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int images = 0;
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            assertThat(image.getWidth()).isEqualTo(600);
            images++;
          }
        }
      }
      assertThat(images).as("the drawn signature printed in the document").isEqualTo(1);
      return new PDFTextStripper().getText(document);
    }
  }
}
