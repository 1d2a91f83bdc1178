package com.aftersales.documents;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font every printed document is set in: a TrueType font with Chinese glyphs, a subset of which is embedded in
 * each PDF (the customer's printer or viewer needs no font of its own). {@code aftersales.documents.font} names the
 * file, by default WenQuanYi Zen Hei of the Debian/Ubuntu package {@code fonts-wqy-zenhei} that the Docker image
 * installs; a collection (.ttc) gives its first font. A missing or unreadable file fails the document with
 * {@link FontUnavailableException}, which says which setting and package to fix; the application starts without it.
 */
@Component
public class DocumentFont {

  public static final String DEFAULT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

  private static final Logger LOG = LoggerFactory.getLogger(DocumentFont.class);

  private final File file;

  public DocumentFont(@Value("${aftersales.documents.font:" + DEFAULT + "}") String path) {
    this.file = new File(path);
    if (!file.isFile()) {
      LOG.warn("{}", unavailable().getMessage());
    }
  }

  /**
   * Opens the font for one document; the returned handle must stay open until the document is saved.
   *
   * @throws FontUnavailableException when the configured file is missing or no TrueType font
   */
  Loaded load(PDDocument document) {
    if (!file.isFile()) {
      throw unavailable();
    }
    try {
      if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
        TrueTypeCollection collection = new TrueTypeCollection(file);
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        collection.processAllFonts(ttf -> first.compareAndSet(null, ttf));
        if (first.get() == null) {
          collection.close();
          throw new FontUnavailableException("aftersales.documents.font: " + file + " holds no font");
        }
        return new Loaded(PDType0Font.load(document, first.get(), true), collection);
      }
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
      return new Loaded(PDType0Font.load(document, ttf, true), ttf);
    } catch (IOException e) {
      throw new FontUnavailableException("aftersales.documents.font: " + file + " is no readable TrueType font ("
          + e.getMessage() + ")");
    }
  }

  private FontUnavailableException unavailable() {
    return new FontUnavailableException("aftersales.documents.font: no font file at " + file
        + "; install the package fonts-wqy-zenhei (as the Docker image does) or point the setting at a TrueType"
        + " font (.ttf or .ttc) with Chinese glyphs. Printed documents cannot be made until then.");
  }

  /** The embedded font and the file handle behind it. */
  record Loaded(PDFont font, AutoCloseable source) implements AutoCloseable {
    @Override
    public void close() {
      try {
        source.close();
      } catch (Exception e) {
        throw new UncheckedIOException(new IOException(e));
      }
    }
  }

  /** The configured font cannot be used: every printed document fails with this message until it is fixed. */
  public static class FontUnavailableException extends RuntimeException {
    public FontUnavailableException(String message) {
      super(message);
    }
  }
}
