package io.haven.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image a user uploaded, checked by its content: the bytes must start with the PNG or JPEG
 * signature and decode to a size, whatever the file's name says. Used for goods images (R3, 2 MB)
 * and level badges (V3, 100 KB, square).
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

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  /**
   * Checks {@code bytes} for {@code field}; refuses with {@code upload.image.empty},
   * {@code upload.image.tooLarge}, {@code upload.image.type} or {@code upload.image.unreadable}.
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
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (in != null && readers.hasNext()) {
        ImageReader reader = readers.next();
        try {
          reader.setInput(in, true, true);
          int width = reader.getWidth(0);
          int height = reader.getHeight(0);
          if (width > 0 && height > 0) {
            return new UploadedImage(format, width, height, bytes);
          }
        } finally {
          reader.dispose();
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // falls through to the refusal below: a signature followed by garbage is not an image
    }
    throw new InvalidInput(field, "upload.image.unreadable", "the image cannot be read");
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
