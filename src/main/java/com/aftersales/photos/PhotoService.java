package com.aftersales.photos;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.desk.CaseFileService;
import com.aftersales.security.StaffUser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of a case: the fault as found and the finished repair, uploaded by the staff from their task form's link
 * (desk/photos.html). Who may upload and see them is who may open the case file (desk.CaseFileService: customer
 * service, managers, admins, and staff while or after working on the case). Only JPEG, PNG and WebP, recognised by
 * their bytes; at most {@code aftersales.photos.max-size} each and {@code max-per-case} per case; the GPS position
 * is removed before storing ({@link LocationStripper}). Each upload is a service record of the case (its timeline),
 * in the same transaction as the photo.
 */
@Service
public class PhotoService {

  /** The service record's action for an upload. */
  public static final String PHOTO_UPLOADED = "PHOTO_UPLOADED";

  static final int MAX_FILE_NAME = 255;

  private final PhotoRepository photos;
  private final CaseFileService caseFiles;
  private final CaseService cases;
  private final PhotoProperties properties;

  public PhotoService(PhotoRepository photos, CaseFileService caseFiles, CaseService cases,
      PhotoProperties properties) {
    this.photos = photos;
    this.caseFiles = caseFiles;
    this.cases = cases;
    this.properties = properties;
  }

  /** An uploaded file as received: its bytes (null when no file was sent), declared type and name. */
  public record Upload(byte[] bytes, long size, String declaredType, String fileName) {}

  /**
   * Stores one photo and records it on the case.
   *
   * @throws com.aftersales.cases.CaseNotFoundException for an unknown case
   * @throws com.aftersales.security.StaffAccessDeniedException when the user may not open the case
   * @throws PhotoRejectedException for a bad upload; nothing is written
   */
  @Transactional
  public CasePhoto upload(String caseNumber, String kindCode, Upload upload, StaffUser user) {
    caseFiles.requireAccess(caseNumber, user);
    PhotoKind kind = PhotoKind.of(kindCode).orElseThrow(() -> new PhotoRejectedException(HttpStatus.BAD_REQUEST,
        "kind", kindCode == null || kindCode.isBlank() ? "is required: one of " + PhotoKind.codes()
            : "must be one of " + PhotoKind.codes()));
    if (upload == null || upload.bytes() == null) {
      throw new PhotoRejectedException(HttpStatus.BAD_REQUEST, "file", "is required: a JPEG, PNG or WebP photo");
    }
    if (upload.size() == 0) {
      throw new PhotoRejectedException(HttpStatus.BAD_REQUEST, "file", "is empty");
    }
    long max = properties.maxSize().toBytes();
    if (upload.size() > max) {
      throw new PhotoRejectedException(HttpStatus.PAYLOAD_TOO_LARGE, "file",
          "is " + upload.size() + " bytes; a photo may have at most " + max + " bytes");
    }
    ImageFormat format = ImageFormat.detect(upload.bytes()).orElseThrow(() -> new PhotoRejectedException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file", "is not a JPEG, PNG or WebP image (judged by its content)"));
    Optional<ImageFormat> declared = ImageFormat.ofContentType(upload.declaredType());
    if (declared.isPresent() && declared.get() != format) {
      throw new PhotoRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file",
          "is declared as " + declared.get().contentType() + " but its content is " + format.contentType());
    }
    byte[] stored;
    try {
      stored = LocationStripper.strip(format, upload.bytes());
    } catch (LocationStripper.UnreadableImageException e) {
      throw new PhotoRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file",
          "is not a readable " + format.contentType() + " image: " + e.getMessage());
    }
    String fileName = fileName(upload.fileName());
    photos.lockCase(caseNumber);
    if (photos.count(caseNumber) >= properties.maxPerCase()) {
      throw new PhotoRejectedException(HttpStatus.CONFLICT, "file",
          "cannot be added: case " + caseNumber + " holds " + properties.maxPerCase() + " photos, the most allowed");
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    CasePhoto photo = photos.insert(caseNumber, kind, format, stored, fileName, user.id(), now);
    cases.addRecord(caseNumber, new ServiceRecord(PHOTO_UPLOADED, null, null, null,
        "照片 #" + photo.id() + "（" + kind.label() + "，" + format.contentType() + "，" + stored.length + " 字节）"
            + (fileName == null ? "" : "：" + fileName),
        user.id(), now));
    return photo;
  }

  /** The case's photos, oldest first. */
  @Transactional(readOnly = true)
  public List<CasePhoto> list(String caseNumber, StaffUser user) {
    caseFiles.requireAccess(caseNumber, user);
    return photos.list(caseNumber);
  }

  /** One photo with its bytes, or empty when the case has no such photo. */
  @Transactional(readOnly = true)
  public Optional<CasePhoto.Content> content(String caseNumber, long id, StaffUser user) {
    caseFiles.requireAccess(caseNumber, user);
    return photos.content(caseNumber, id);
  }

  /** The uploaded name without any path and control characters, at most 255 characters; null when none is left. */
  static String fileName(String given) {
    if (given == null) {
      return null;
    }
    String name = given.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").trim();
    if (name.length() > MAX_FILE_NAME) {
      name = name.substring(name.length() - MAX_FILE_NAME);
    }
    return name.isEmpty() ? null : name;
  }
}
