package com.aftersales.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One printable A4 document: a title, labelled fields (long values wrap, a full page continues on the next), and
 * the customer's signature box. Text that the font has no glyph for is printed as "?" rather than failing the
 * document. Written by {@link CaseDocuments}; the font comes from {@link DocumentFont}.
 */
final class PdfSheet implements AutoCloseable {

  private static final float MARGIN = 50;
  private static final float LABEL_WIDTH = 110;
  private static final float SIZE = 11;
  private static final float LEADING = 16;

  private final PDDocument document;
  private final PDFont font;
  private PDPage page;
  private PDPageContentStream content;
  private float y;

  PdfSheet(PDDocument document, PDFont font, String title) {
    this.document = document;
    this.font = font;
    newPage();
    float width = width(title, 18);
    text(title, 18, (PDRectangle.A4.getWidth() - width) / 2, y);
    y -= 34;
  }

  /** A line of small print under the title (the case number, where it was printed). */
  PdfSheet subtitle(String text) {
    text(printable(text), 9, MARGIN, y);
    y -= LEADING + 6;
    return this;
  }

  /** A section heading. */
  PdfSheet heading(String text) {
    room(LEADING * 2);
    y -= 4;
    text(printable(text), 13, MARGIN, y);
    y -= 4;
    line(MARGIN, y, PDRectangle.A4.getWidth() - MARGIN, y);
    y -= LEADING;
    return this;
  }

  /** A labelled field; an absent value prints as a dash. */
  PdfSheet field(String label, String value) {
    List<String> lines = wrap(printable(value == null || value.isBlank() ? "—" : value),
        PDRectangle.A4.getWidth() - 2 * MARGIN - LABEL_WIDTH);
    room(LEADING);
    text(printable(label) + "：", SIZE, MARGIN, y);
    for (String l : lines) {
      room(LEADING);
      text(l, SIZE, MARGIN + LABEL_WIDTH, y);
      y -= LEADING;
    }
    y -= 2;
    return this;
  }

  /** The box the customer signs in, with the date beside it. */
  PdfSheet signatureBox(String statement) {
    return signatureBox(statement, null, null);
  }

  /**
   * The box the customer signs in; with the signature drawn on the device (a PNG), the image stands in the
   * 客户签字 space and its time (as staff read it) beside 日期.
   */
  PdfSheet signatureBox(String statement, byte[] signaturePng, String signedAt) {
    float height = 90;
    room(height + LEADING * 3);
    y -= LEADING;
    for (String l : wrap(printable(statement), PDRectangle.A4.getWidth() - 2 * MARGIN)) {
      text(l, SIZE, MARGIN, y);
      y -= LEADING;
    }
    float top = y;
    float right = PDRectangle.A4.getWidth() - MARGIN;
    try {
      content.addRect(MARGIN, top - height, right - MARGIN, height);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    text("客户签字：", SIZE, MARGIN + 10, top - 30);
    line(MARGIN + 80, top - 32, MARGIN + 300, top - 32);
    text("日期：", SIZE, MARGIN + 320, top - 30);
    line(MARGIN + 360, top - 32, right - 10, top - 32);
    if (signaturePng != null) {
      try {
        PDImageXObject image = PDImageXObject.createFromByteArray(document, signaturePng, "customer-signature");
        float boxWidth = 215;
        float boxHeight = 40;
        float scale = Math.min(boxWidth / image.getWidth(), boxHeight / image.getHeight());
        content.drawImage(image, MARGIN + 82, top - 31, image.getWidth() * scale, image.getHeight() * scale);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (signedAt != null) {
      // "2026-12-07 14:30 (Asia/Shanghai)": the time on the date line, the zone's label in small print under it
      int zone = signedAt.indexOf(" (");
      text(zone < 0 ? signedAt : signedAt.substring(0, zone), SIZE - 1, MARGIN + 362, top - 29);
      if (zone >= 0) {
        text(signedAt.substring(zone + 1), 7, MARGIN + 362, top - 42);
      }
    }
    text("服务工程师签字：", SIZE, MARGIN + 10, top - 70);
    line(MARGIN + 110, top - 72, MARGIN + 300, top - 72);
    y = top - height - LEADING;
    return this;
  }

  byte[] bytes() {
    try {
      content.close();
      content = null;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (content != null) {
        content.close();
      }
    } catch (IOException ignored) {
      // the document is discarded anyway
    }
  }

  private void room(float needed) {
    if (y - needed < MARGIN) {
      newPage();
    }
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      content.setStrokingColor(Color.DARK_GRAY);
      content.setLineWidth(0.8f);
      y = PDRectangle.A4.getHeight() - MARGIN - 10;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void text(String text, float size, float x, float atY) {
    try {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, atY);
      content.showText(text);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void line(float x1, float y1, float x2, float y2) {
    try {
      content.moveTo(x1, y1);
      content.lineTo(x2, y2);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float width(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines of at most {@code max} points, broken at the value's own line breaks and wherever the width runs out. */
  private List<String> wrap(String text, float max) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder current = new StringBuilder();
      paragraph.codePoints().forEach(cp -> {
        String next = current + new String(Character.toChars(cp));
        if (current.length() > 0 && width(next, SIZE) > max) {
          lines.add(current.toString());
          current.setLength(0);
        }
        current.appendCodePoint(cp);
      });
      lines.add(current.toString());
    }
    return lines;
  }

  /** The text with control characters as spaces and characters the font cannot show as "?" (line breaks kept). */
  private String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.replace("\r\n", "\n").codePoints().forEach(cp -> {
      if (cp == '\n') {
        out.append('\n');
      } else if (Character.isISOControl(cp)) {
        out.append(' ');
      } else {
        String s = new String(Character.toChars(cp));
        try {
          font.encode(s);
          out.append(s);
        } catch (IOException | IllegalArgumentException noGlyph) {
          out.append('?');
        }
      }
    });
    return out.toString();
  }
}
