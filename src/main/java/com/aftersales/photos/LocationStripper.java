package com.aftersales.photos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Removes where a photo was taken before it is stored, without decoding or re-encoding the image (no quality lost,
 * no image library): JPEG keeps its EXIF (the orientation a phone writes among it) with the GPS directory emptied
 * and every GPS value overwritten with zeros, an EXIF block that cannot be read safely is dropped whole, and XMP
 * blocks (which may repeat the position) are dropped; PNG loses its {@code eXIf} chunk and its XMP text chunk; WebP
 * loses its {@code EXIF} and {@code XMP } chunks (its VP8X flags and RIFF size follow). Not covered: a position in a
 * camera maker's private note or in the image pixels themselves.
 */
final class LocationStripper {

  /** The bytes are not the image their magic bytes announce (broken segment or chunk structure). */
  static final class UnreadableImageException extends Exception {
    UnreadableImageException(String message) {
      super(message);
    }
  }

  private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] XMP = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] XMP_EXTENSION =
      "http://ns.adobe.com/xmp/extension/\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final int GPS_IFD_TAG = 0x8825;
  private static final int MAX_IFDS = 4;

  private LocationStripper() {}

  static byte[] strip(ImageFormat format, byte[] bytes) throws UnreadableImageException {
    return switch (format) {
      case JPEG -> jpeg(bytes);
      case PNG -> png(bytes);
      case WEBP -> webp(bytes);
    };
  }

  // --- JPEG: segments up to the start of scan, then the image data unchanged

  private static byte[] jpeg(byte[] in) throws UnreadableImageException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 2);
    int pos = 2;
    while (true) {
      if (pos >= in.length || (in[pos] & 0xFF) != 0xFF) {
        throw new UnreadableImageException("the JPEG has no readable segment at byte " + pos);
      }
      while (pos < in.length && (in[pos] & 0xFF) == 0xFF) {
        pos++;
      }
      if (pos >= in.length) {
        throw new UnreadableImageException("the JPEG ends inside a marker");
      }
      int marker = in[pos++] & 0xFF;
      if (marker == 0xDA || marker == 0xD9) {
        // start of scan (or end of image): the rest is image data
        out.write(0xFF);
        out.write(marker);
        out.write(in, pos, in.length - pos);
        return out.toByteArray();
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        out.write(0xFF);
        out.write(marker);
        continue;
      }
      if (pos + 2 > in.length) {
        throw new UnreadableImageException("the JPEG ends inside a segment");
      }
      int length = ((in[pos] & 0xFF) << 8) | (in[pos + 1] & 0xFF);
      if (length < 2 || pos + length > in.length) {
        throw new UnreadableImageException("a JPEG segment is longer than the file");
      }
      byte[] segment = Arrays.copyOfRange(in, pos, pos + length);
      pos += length;
      boolean keep = true;
      if (marker == 0xE1 && startsWith(segment, 2, EXIF)) {
        keep = clearGps(segment, 2 + EXIF.length);
      } else if (marker == 0xE1 && (startsWith(segment, 2, XMP) || startsWith(segment, 2, XMP_EXTENSION))) {
        keep = false;
      }
      if (keep) {
        out.write(0xFF);
        out.write(marker);
        out.write(segment, 0, segment.length);
      }
    }
  }

  /**
   * Empties the GPS directory of the TIFF structure at {@code tiff} in place: its values zeroed, its entry count 0.
   *
   * @return false when the structure cannot be followed safely (the caller drops the whole block)
   */
  static boolean clearGps(byte[] b, int tiff) {
    if (tiff + 8 > b.length) {
      return false;
    }
    boolean little;
    if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
      little = true;
    } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
      little = false;
    } else {
      return false;
    }
    if (u16(b, tiff + 2, little) != 42) {
      return false;
    }
    long ifd = u32(b, tiff + 4, little);
    Set<Long> seen = new HashSet<>();
    while (ifd != 0) {
      int at = seen.add(ifd) && seen.size() <= MAX_IFDS ? directory(b, tiff, ifd, little) : -1;
      if (at < 0) {
        return false;
      }
      int count = u16(b, at, little);
      for (int i = 0; i < count; i++) {
        int entry = entry(at, i);
        if (u16(b, entry, little) == GPS_IFD_TAG && !clearDirectory(b, tiff, u32(b, entry + 8, little), little)) {
          return false;
        }
      }
      ifd = u32(b, entry(at, count), little);
    }
    return true;
  }

  /** Where the image file directory at {@code offset} starts, or -1 when it does not lie within the file. */
  private static int directory(byte[] b, int tiff, long offset, boolean little) {
    if (tiff + offset + 2 > b.length) {
      return -1;
    }
    int at = (int) (tiff + offset);
    return at + 2 + 12L * u16(b, at, little) + 4 > b.length ? -1 : at;
  }

  /**
   * Where entry {@code i} of the directory at {@code at} starts (12 bytes each, after the 2-byte count); entry
   * {@code count} is where the link to the next directory stands.
   */
  private static int entry(int at, int i) {
    return at + 2 + 12 * i;
  }

  private static boolean clearDirectory(byte[] b, int tiff, long offset, boolean little) {
    int at = directory(b, tiff, offset, little);
    if (at < 0) {
      return false;
    }
    int count = u16(b, at, little);
    for (int i = 0; i < count; i++) {
      int entry = entry(at, i);
      int size = typeSize(u16(b, entry + 2, little));
      if (size == 0) {
        return false;
      }
      long bytes = size * u32(b, entry + 4, little);
      if (bytes > 4) {
        long value = tiff + u32(b, entry + 8, little);
        if (value + bytes > b.length) {
          return false;
        }
        Arrays.fill(b, (int) value, (int) (value + bytes), (byte) 0);
      }
    }
    Arrays.fill(b, at, entry(at, count) + 4, (byte) 0);
    return true;
  }

  private static int typeSize(int type) {
    return switch (type) {
      case 1, 2, 6, 7 -> 1;
      case 3, 8 -> 2;
      case 4, 9, 11, 13 -> 4;
      case 5, 10, 12 -> 8;
      default -> 0;
    };
  }

  // --- PNG: chunks up to IEND; nothing after it is kept

  private static byte[] png(byte[] in) throws UnreadableImageException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 8);
    int pos = 8;
    while (pos + 12 <= in.length) {
      long length = u32(in, pos, false);
      if (length > in.length - pos - 12L) {
        throw new UnreadableImageException("a PNG chunk is longer than the file");
      }
      String type = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
      int total = 12 + (int) length;
      boolean drop = type.equals("eXIf")
          || ((type.equals("iTXt") || type.equals("tEXt") || type.equals("zTXt"))
              && startsWith(in, pos + 8, "XML:com.adobe.xmp\0".getBytes(StandardCharsets.ISO_8859_1)));
      if (!drop) {
        out.write(in, pos, total);
      }
      pos += total;
      if (type.equals("IEND")) {
        return out.toByteArray();
      }
    }
    throw new UnreadableImageException("the PNG has no end chunk");
  }

  // --- WebP: RIFF chunks

  private static byte[] webp(byte[] in) throws UnreadableImageException {
    long end = Math.min(in.length, 8 + u32(in, 4, true));
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 12);
    int pos = 12;
    int vp8x = -1;
    while (pos + 8 <= end) {
      String fourcc = new String(in, pos, 4, StandardCharsets.ISO_8859_1);
      long size = u32(in, pos + 4, true);
      if (pos + 8 + size > end) {
        throw new UnreadableImageException("a WebP chunk is longer than the file");
      }
      int total = (int) Math.min(8 + size + (size & 1), end - pos);
      if (!fourcc.equals("EXIF") && !fourcc.equals("XMP ")) {
        if (fourcc.equals("VP8X")) {
          vp8x = out.size();
        }
        out.write(in, pos, total);
      }
      pos += total;
    }
    if (pos == 12) {
      throw new UnreadableImageException("the WebP has no image chunk");
    }
    byte[] result = out.toByteArray();
    if (vp8x >= 0 && vp8x + 8 < result.length) {
      // VP8X flags: EXIF (0x08) and XMP (0x04) are no longer present
      result[vp8x + 8] &= (byte) ~0x0C;
    }
    long riff = result.length - 8L;
    for (int i = 0; i < 4; i++) {
      result[4 + i] = (byte) (riff >>> (8 * i));
    }
    return result;
  }

  // --- bytes

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (offset < 0 || bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int u16(byte[] b, int at, boolean little) {
    int x = b[at] & 0xFF;
    int y = b[at + 1] & 0xFF;
    return little ? (y << 8) | x : (x << 8) | y;
  }

  private static long u32(byte[] b, int at, boolean little) {
    long value = 0;
    for (int i = 0; i < 4; i++) {
      int shift = little ? 8 * i : 8 * (3 - i);
      value |= (long) (b[at + i] & 0xFF) << shift;
    }
    return value;
  }
}
