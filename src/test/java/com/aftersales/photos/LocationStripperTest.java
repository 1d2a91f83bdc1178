package com.aftersales.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Where a photo was taken is not stored: the JPEG's EXIF GPS directory is emptied (its orientation stays), XMP is
 * dropped, PNG's eXIf and WebP's EXIF chunks go; the images still decode.
 */
class LocationStripperTest {

  /** EXIF (big-endian TIFF): IFD0 with the orientation (6) and the GPS pointer; GPS: N 31° 14' 12.34". */
  static byte[] exifWithGps() {
    ByteBuffer tiff = ByteBuffer.allocate(92).order(ByteOrder.BIG_ENDIAN);
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
    tiff.putInt(0);
    tiff.putShort((short) 2);
    tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
    tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
    tiff.putInt(0);
    tiff.putInt(31).putInt(1).putInt(14).putInt(1).putInt(1234).putInt(100);
    return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array()));
  }

  static byte[] segment(int marker, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
    b.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
    return b.array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p, 0, p.length);
    }
    return out.toByteArray();
  }

  /** A JPEG taken by a phone: EXIF with GPS and an XMP block before the image. */
  public static byte[] jpegWithGps() {
    byte[] plain = PhotoTestData.jpeg();
    byte[] xmp = segment(0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
        "<x:xmpmeta><exif:GPSLatitude>31,14.2N</exif:GPSLatitude></x:xmpmeta>".getBytes(StandardCharsets.UTF_8)));
    return concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, exifWithGps(), xmp,
        java.util.Arrays.copyOfRange(plain, 2, plain.length));
  }

  @Test
  void aJpegKeepsItsOrientationButLosesItsGpsPositionAndXmp() throws Exception {
    byte[] original = jpegWithGps();
    byte[] stripped = LocationStripper.strip(ImageFormat.JPEG, original);

    ByteBuffer tiff = ByteBuffer.wrap(stripped, 12, stripped.length - 12).slice().order(ByteOrder.BIG_ENDIAN);
    assertThat(new String(stripped, 6, 4, StandardCharsets.ISO_8859_1)).isEqualTo("Exif");
    assertThat(tiff.getShort(10)).as("orientation tag").isEqualTo((short) 0x0112);
    assertThat(tiff.getShort(18)).as("orientation").isEqualTo((short) 6);
    assertThat(tiff.getShort(38)).as("GPS entries").isZero();
    for (int i = 38; i < 92; i++) {
      assertThat(tiff.get(i)).as("GPS byte " + i).isZero();
    }
    assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude", "ns.adobe.com");
    assertThat(stripped.length).isLessThan(original.length);
    assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(40);
  }

  @Test
  void aJpegWithoutMetadataIsStoredAsItCame() throws Exception {
    byte[] plain = PhotoTestData.jpeg();
    assertThat(LocationStripper.strip(ImageFormat.JPEG, plain)).isEqualTo(plain);
  }

  @Test
  void aPngLosesItsExifChunk() throws Exception {
    byte[] plain = PhotoTestData.png();
    byte[] exif = java.util.Arrays.copyOfRange(exifWithGps(), 10, exifWithGps().length);
    ByteBuffer chunk = ByteBuffer.allocate(12 + exif.length);
    chunk.putInt(exif.length).put("eXIf".getBytes(StandardCharsets.ISO_8859_1)).put(exif);
    CRC32 crc = new CRC32();
    crc.update(chunk.array(), 4, 4 + exif.length);
    chunk.putInt((int) crc.getValue());
    int afterHeader = 8 + 25;
    byte[] withExif = concat(java.util.Arrays.copyOfRange(plain, 0, afterHeader), chunk.array(),
        java.util.Arrays.copyOfRange(plain, afterHeader, plain.length), "trailing".getBytes(StandardCharsets.UTF_8));

    byte[] stripped = LocationStripper.strip(ImageFormat.PNG, withExif);
    assertThat(stripped).isEqualTo(plain);
    assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(40);
  }

  @Test
  void aWebpLosesItsExifAndXmpChunksAndItsFlagsAndSizeFollow() throws Exception {
    byte[] vp8x = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN).put("VP8X".getBytes(StandardCharsets.ISO_8859_1))
        .putInt(10).put((byte) 0x0C).put(new byte[9]).array();
    byte[] image = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).put("VP8L".getBytes(StandardCharsets.ISO_8859_1))
        .putInt(4).putInt(0x2F).array();
    byte[] exif = ByteBuffer.allocate(14).order(ByteOrder.LITTLE_ENDIAN).put("EXIF".getBytes(StandardCharsets.ISO_8859_1))
        .putInt(5).put("GPS!!".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 0).array();
    byte[] xmp = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).put("XMP ".getBytes(StandardCharsets.ISO_8859_1))
        .putInt(4).put("<x/>".getBytes(StandardCharsets.ISO_8859_1)).array();
    byte[] body = concat("WEBP".getBytes(StandardCharsets.ISO_8859_1), vp8x, image, exif, xmp);
    byte[] webp = concat("RIFF".getBytes(StandardCharsets.ISO_8859_1),
        ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(body.length).array(), body);
    assertThat(ImageFormat.detect(webp)).contains(ImageFormat.WEBP);

    byte[] stripped = LocationStripper.strip(ImageFormat.WEBP, webp);
    assertThat(stripped).hasSize(12 + vp8x.length + image.length);
    assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("EXIF", "GPS", "XMP");
    assertThat(ByteBuffer.wrap(stripped).order(ByteOrder.LITTLE_ENDIAN).getInt(4)).isEqualTo(stripped.length - 8);
    assertThat(stripped[20] & 0x0C).as("EXIF and XMP flags").isZero();
  }

  @Test
  void aBrokenStructureIsRefused() {
    byte[] jpeg = PhotoTestData.jpeg();
    byte[] cut = java.util.Arrays.copyOf(jpeg, 30);
    cut[4] = (byte) 0x7F;
    assertThatThrownBy(() -> LocationStripper.strip(ImageFormat.JPEG, cut))
        .isInstanceOf(LocationStripper.UnreadableImageException.class);
    byte[] png = java.util.Arrays.copyOf(PhotoTestData.png(), 40);
    assertThatThrownBy(() -> LocationStripper.strip(ImageFormat.PNG, png))
        .isInstanceOf(LocationStripper.UnreadableImageException.class);
  }
}
