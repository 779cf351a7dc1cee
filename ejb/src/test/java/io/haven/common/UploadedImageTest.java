package io.haven.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class UploadedImageTest {

  @Test
  void readsPngAndJpegByContent() throws IOException {
    UploadedImage png = UploadedImage.check("cover", image("png", 40, 30), 2_000_000);
    assertThat(png.format()).isEqualTo(UploadedImage.Format.PNG);
    assertThat(png.width()).isEqualTo(40);
    assertThat(png.height()).isEqualTo(30);
    assertThat(UploadedImage.check("cover", image("jpg", 10, 10), 2_000_000).format()).isEqualTo(UploadedImage.Format.JPEG);
  }

  @Test
  void refusesTextDressedAsAnImage() {
    byte[] text = "GIF89a not really".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> UploadedImage.check("cover", text, 2_000_000))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("upload.image.type"));
  }

  @Test
  void refusesASignatureFollowedByGarbage() {
    byte[] fake = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
    assertThatThrownBy(() -> UploadedImage.check("cover", fake, 2_000_000))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("upload.image.unreadable"));
  }

  @Test
  void refusesEmptyAndTooLarge() throws IOException {
    assertThatThrownBy(() -> UploadedImage.check("cover", new byte[0], 10))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("upload.image.empty"));
    byte[] png = image("png", 40, 40);
    assertThatThrownBy(() -> UploadedImage.check("cover", png, png.length - 1))
        .isInstanceOfSatisfying(InvalidInput.class, e -> {
          assertThat(e.code()).isEqualTo("upload.image.tooLarge");
          assertThat(e.field()).isEqualTo("cover");
        });
  }

  @Test
  void badgesMustBeSquare() throws IOException {
    assertThat(UploadedImage.checkSquare("badge", image("png", 64, 64), 100_000).width()).isEqualTo(64);
    assertThatThrownBy(() -> UploadedImage.checkSquare("badge", image("png", 64, 63), 100_000))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("upload.image.notSquare"));
  }

  @Test
  void keepsOnlyThePixelsOfAPngCarryingHtml() throws IOException {
    BufferedImage original = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
    original.setRGB(3, 2, 0xff3366);
    ByteArrayOutputStream clean = new ByteArrayOutputStream();
    ImageIO.write(original, "png", clean);
    byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
    // a text chunk right after IHDR (8 + 25 bytes), and the same page appended after IEND
    byte[] png = clean.toByteArray();
    ByteArrayOutputStream hostile = new ByteArrayOutputStream();
    hostile.write(png, 0, 33);
    hostile.write(chunk("tEXt", concat("Comment\0".getBytes(StandardCharsets.US_ASCII), html)));
    hostile.write(png, 33, png.length - 33);
    hostile.write(html);
    byte[] upload = hostile.toByteArray();
    assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("<script>");

    UploadedImage kept = UploadedImage.check("icon", upload, 2_000_000);

    String stored = new String(kept.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(stored).doesNotContain("<script").doesNotContain("<html").doesNotContain("tEXt");
    assertThat(stored).endsWith("IEND" + new String(new byte[] {(byte) 0xae, 0x42, 0x60, (byte) 0x82}, StandardCharsets.ISO_8859_1));
    BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(kept.bytes()));
    assertThat(pixels.getWidth()).isEqualTo(8);
    assertThat(pixels.getHeight()).isEqualTo(6);
    assertThat(pixels.getRGB(3, 2) & 0xffffff).isEqualTo(0xff3366);
    assertThat(pixels.getRGB(0, 0) & 0xffffff).isZero();
  }

  @Test
  void dropsWhatFollowsTheEndOfAJpeg() throws IOException {
    byte[] upload = concat(image("jpg", 16, 16), "<html>after EOI</html>".getBytes(StandardCharsets.US_ASCII));
    UploadedImage kept = UploadedImage.check("cover", upload, 2_000_000);
    assertThat(new String(kept.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("<html");
    assertThat(kept.format()).isEqualTo(UploadedImage.Format.JPEG);
    assertThat(ImageIO.read(new ByteArrayInputStream(kept.bytes())).getWidth()).isEqualTo(16);
  }

  @Test
  void refusesAHeaderClaimingMorePixelsThanItCouldHoldBeforeDecoding() {
    byte[] bomb = pngClaiming(60_000, 60_000);
    assertThat(bomb).hasSize(74);
    long started = System.nanoTime();
    assertThatThrownBy(() -> UploadedImage.check("icon", bomb, 2_000_000))
        .isInstanceOfSatisfying(InvalidInput.class, e -> {
          assertThat(e.code()).isEqualTo("upload.image.dimensions");
          assertThat(e.field()).isEqualTo("icon");
        });
    // refused from the header: no 14 GB raster is allocated nor any row inflated
    assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    assertThatThrownBy(() -> UploadedImage.check("icon", pngClaiming(4097, 1), 2_000_000))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("upload.image.dimensions"));
  }

  @Test
  void refusesAHeaderWithinBoundsWhosePixelsAreMissing() {
    // the same 74 bytes at a size that fits: decoding runs and finds the data cut short
    assertThatThrownBy(() -> UploadedImage.check("icon", pngClaiming(4096, 4096), 2_000_000))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("upload.image.unreadable"));
  }

  /** A 74-byte PNG: signature, IHDR (8-bit RGB), a 17-byte IDAT that holds no rows, IEND. */
  static byte[] pngClaiming(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    byte[] idat = {0x78, (byte) 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0};
    return concat(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
        chunk("IHDR", ihdr.array()),
        chunk("IDAT", idat),
        chunk("IEND", new byte[0]));
  }

  static byte[] chunk(String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }
}
