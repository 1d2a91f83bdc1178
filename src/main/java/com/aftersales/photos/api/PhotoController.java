package com.aftersales.photos.api;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.photos.CasePhoto;
import com.aftersales.photos.PhotoRejectedException;
import com.aftersales.photos.PhotoService;
import com.aftersales.security.StaffUser;
import com.aftersales.security.StaffUserRequiredException;
import com.aftersales.web.FieldError;
import com.aftersales.web.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of a case: {@code POST /api/cases/{caseNumber}/photos} (multipart: {@code file}, {@code kind} = fault,
 * repaired or other), {@code GET} the list, {@code GET .../photos/{id}} the image itself. HTTP Basic or the webapps'
 * session (with its CSRF token for the upload, as every changing /api request).
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/photos")
public class PhotoController {

  private final PhotoService photos;
  private final StaffTimes times;

  public PhotoController(PhotoService photos, StaffTimes times) {
    this.photos = photos;
    this.times = times;
  }

  /** A photo as listed: its address, and its upload time as people read it. */
  public record Photo(long id, String caseNumber, String kind, String contentType, int sizeBytes, String fileName,
      String uploadedBy, Moment uploadedAt, String url) {}

  /** An instant and its text in {@code aftersales.calendar.zone}. */
  public record Moment(Instant at, String text) {}

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Photo> upload(@PathVariable String caseNumber,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "kind", required = false) String kind) {
    StaffUser user = StaffUser.current().orElseThrow(StaffUserRequiredException::new);
    PhotoService.Upload upload = null;
    if (file != null) {
      try {
        // at most the photo limit plus a margin: larger bodies were refused before they were read
        upload = new PhotoService.Upload(file.getBytes(), file.getSize(), file.getContentType(),
            file.getOriginalFilename());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Photo photo = view(photos.upload(caseNumber, kind, upload, user));
    return ResponseEntity.created(URI.create(photo.url())).body(photo);
  }

  @GetMapping
  public List<Photo> list(@PathVariable String caseNumber) {
    StaffUser user = StaffUser.current().orElseThrow(StaffUserRequiredException::new);
    return photos.list(caseNumber, user).stream().map(this::view).toList();
  }

  /** The image, for this user's browser only, never sniffed as anything else, shown rather than saved. */
  @GetMapping("/{id}")
  public ResponseEntity<byte[]> image(@PathVariable String caseNumber, @PathVariable String id) {
    StaffUser user = StaffUser.current().orElseThrow(StaffUserRequiredException::new);
    if (!id.matches("[0-9]{1,18}")) {
      throw new NotFoundException("Case " + caseNumber + " has no photo " + id,
          new FieldError("id", "must be the number of a photo of the case"));
    }
    CasePhoto.Content content = photos.content(caseNumber, Long.parseLong(id), user)
        .orElseThrow(() -> new NotFoundException("Case " + caseNumber + " has no photo " + id,
            new FieldError("id", "is no photo of case " + caseNumber)));
    CasePhoto photo = content.photo();
    String extension = photo.contentType().substring(photo.contentType().indexOf('/') + 1).replace("jpeg", "jpg");
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.contentType()))
        .cacheControl(CacheControl.empty().cachePrivate())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(photo.caseNumber() + "-photo-" + photo.id() + "." + extension).build().toString())
        .contentLength(content.bytes().length)
        .body(content.bytes());
  }

  @ExceptionHandler(PhotoRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(PhotoRejectedException e) {
    ProblemDetail problem = ProblemDetail.forStatus(e.status());
    problem.setTitle("Photo not accepted");
    problem.setDetail(e.error().field() + " " + e.error().message() + "; nothing was stored.");
    problem.setProperty("errors", List.of(e.error()));
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private Photo view(CasePhoto p) {
    return new Photo(p.id(), p.caseNumber(), p.kind().code(), p.contentType(), p.sizeBytes(), p.fileName(),
        p.uploadedBy(), new Moment(p.uploadedAt(), times.format(p.uploadedAt())),
        "/api/cases/" + p.caseNumber() + "/photos/" + p.id());
  }
}
