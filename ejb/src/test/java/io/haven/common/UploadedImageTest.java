package io.haven.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

  static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }
}
