package com.aftersales.signatures;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.desk.CaseFileService;
import com.aftersales.security.StaffUser;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's signature drawn on the engineer's device (desk/signature.html), kept with the case like its photos
 * (table case_signature, Flyway V470_2; erased with the personal data) and printed in the 客户签字 box of the
 * document it was drawn for, with its time in {@code aftersales.calendar.zone}. Whoever may open the case file may
 * store and read it (desk.CaseFileService); the latest signature of a document is the one that counts.
 */
@Service
public class CaseSignatures {

  /** The documents a customer signs on the device. */
  public static final List<String> DOCUMENTS = List.of("service-report", "installation-acceptance");

  /** A canvas of a few hundred pixels with strokes is some kilobytes; the API's body limit (64 KB) holds it as base64. */
  static final int MAX_BYTES = 40 * 1024;
  static final int MAX_SIDE = 2000;
  static final String ACTION = "CUSTOMER_SIGNED";
  private static final String DATA_URL = "data:image/png;base64,";
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final SignatureStore store;
  private final CaseFileService caseFiles;
  private final CaseService cases;

  public CaseSignatures(SignatureStore store, CaseFileService caseFiles, CaseService cases) {
    this.store = store;
    this.caseFiles = caseFiles;
    this.cases = cases;
  }

  /**
   * Stores the signature drawn for a document of the case.
   *
   * @param image the canvas as a PNG data URL ({@code data:image/png;base64,...})
   * @throws InvalidRequestException naming the field for a wrong document or image; nothing is written
   */
  @Transactional
  public SignatureStore.Signature store(String caseNumber, String document, String image, StaffUser user) {
    caseFiles.requireAccess(caseNumber, user);
    if (document == null || !DOCUMENTS.contains(document)) {
      throw invalid("document", "must be one of " + String.join(", ", DOCUMENTS));
    }
    byte[] png = png(image);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    SignatureStore.Signature stored = store.insert(caseNumber, document, png, user.id(), now);
    cases.addRecord(caseNumber, new ServiceRecord(ACTION, null, null, null,
        "客户已在设备上签字（" + document + "，" + png.length + " 字节）", user.id(), now));
    return stored;
  }

  /** The latest signature of the document for a user who may open the case file. */
  @Transactional(readOnly = true)
  public Optional<SignatureStore.Signature> latest(String caseNumber, String document, StaffUser user) {
    caseFiles.requireAccess(caseNumber, user);
    return store.latest(caseNumber, document);
  }

  /** The PNG of a data URL, checked: PNG by its magic bytes, readable, not larger than the limits, not blank. */
  static byte[] png(String image) {
    if (image == null || image.isBlank()) {
      throw invalid("image", "is required: the drawn signature as a PNG data URL");
    }
    if (!image.startsWith(DATA_URL)) {
      throw invalid("image", "must be a PNG data URL (data:image/png;base64,...)");
    }
    byte[] png;
    try {
      png = Base64.getDecoder().decode(image.substring(DATA_URL.length()));
    } catch (IllegalArgumentException e) {
      throw invalid("image", "must be valid base64");
    }
    if (png.length > MAX_BYTES) {
      throw invalid("image", "must be at most " + MAX_BYTES + " bytes");
    }
    if (png.length < PNG_MAGIC.length || !java.util.Arrays.equals(PNG_MAGIC, java.util.Arrays.copyOf(png, 8))) {
      throw invalid("image", "is not a PNG image (judged by its content)");
    }
    BufferedImage read;
    try {
      read = ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException | RuntimeException e) {
      read = null;
    }
    if (read == null || read.getWidth() > MAX_SIDE || read.getHeight() > MAX_SIDE) {
      throw invalid("image", "is not a readable PNG image of at most " + MAX_SIDE + " pixels a side");
    }
    if (blank(read)) {
      throw invalid("image", "is empty: the customer has not signed");
    }
    return png;
  }

  /** No pixel drawn: every pixel transparent or white. */
  private static boolean blank(BufferedImage image) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int argb = image.getRGB(x, y);
        if ((argb >>> 24) > 0x20 && (argb & 0xffffff) != 0xffffff) {
          return false;
        }
      }
    }
    return true;
  }

  private static InvalidRequestException invalid(String field, String message) {
    return new InvalidRequestException("Signature not accepted", List.of(new FieldError(field, message)));
  }
}
