package io.haven.common;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image a user uploaded, checked by its content: the bytes must start with the PNG or JPEG
 * signature and decode to a size, whatever the file's name says. Used for goods images (R3, 2 MB)
 * and level badges (V3, 100 KB, square).
 *
 * <p>Only pixels are kept: the image is decoded and encoded again, so text chunks, comments and
 * whatever was appended after the end marker (HTML, scripts, a second file) are never stored nor
 * served. Its dimensions are read from the header first and refused above {@link #MAX_SIDE}
 * before anything is decoded, because a few bytes can claim a picture that would need gigabytes.
 */
public record UploadedImage(Format format, int width, int height, byte[] bytes) {

  public enum Format {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    public final String mediaType;
    public final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }
  }

  /** The longest side accepted: 4096 × 4096 × 4 bytes is the most one upload may decode to. */
  public static final int MAX_SIDE = 4096;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  /**
   * Checks {@code bytes} for {@code field} and keeps only their pixels; refuses with {@code
   * upload.image.empty}, {@code upload.image.tooLarge}, {@code upload.image.type}, {@code
   * upload.image.dimensions} or {@code upload.image.unreadable}.
   */
  public static UploadedImage check(String field, byte[] bytes, long maxBytes) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInput(field, "upload.image.empty", "the image is empty");
    }
    if (bytes.length > maxBytes) {
      throw new InvalidInput(field, "upload.image.tooLarge", "the image is larger than " + maxBytes + " bytes");
    }
    Format format = startsWith(bytes, PNG_SIGNATURE) ? Format.PNG : startsWith(bytes, JPEG_SIGNATURE) ? Format.JPEG : null;
    if (format == null) {
      throw new InvalidInput(field, "upload.image.type", "only PNG and JPEG images are accepted");
    }
    int width;
    int height;
    BufferedImage pixels;
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw unreadable(field);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        // the header alone: nothing is decoded before the size is known to fit
        width = reader.getWidth(0);
        height = reader.getHeight(0);
        if (width > MAX_SIDE || height > MAX_SIDE) {
          throw new InvalidInput(
              field, "upload.image.dimensions", "the image is larger than " + MAX_SIDE + " × " + MAX_SIDE + " pixels");
        }
        pixels = width > 0 && height > 0 ? reader.read(0) : null;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInput refused) {
        throw refused;
      }
      // a signature followed by garbage, or pixel data cut short, is not an image
      throw unreadable(field);
    }
    if (pixels == null || pixels.getWidth() != width || pixels.getHeight() != height) {
      throw unreadable(field);
    }
    return new UploadedImage(format, width, height, encode(field, format, pixels));
  }

  /** The pixels alone, in the format they came in; nothing of the uploaded file is copied. */
  private static byte[] encode(String field, Format format, BufferedImage pixels) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(pixels, format.extension, out) || out.size() == 0) {
        // e.g. a CMYK JPEG, which the JDK decodes but cannot write
        throw unreadable(field);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInput refused) {
        throw refused;
      }
      throw unreadable(field);
    }
    return out.toByteArray();
  }

  private static InvalidInput unreadable(String field) {
    return new InvalidInput(field, "upload.image.unreadable", "the image cannot be read");
  }

  /** As {@link #check}, and the image must be square ({@code upload.image.notSquare}). */
  public static UploadedImage checkSquare(String field, byte[] bytes, long maxBytes) {
    UploadedImage image = check(field, bytes, maxBytes);
    if (image.width != image.height) {
      throw new InvalidInput(field, "upload.image.notSquare", "the image must be square");
    }
    return image;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
