package io.haven.tenancy.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals secrets at rest (partner API secrets, payment merchant keys) with AES-256-GCM. The key
 * comes from {@code HAVEN_SECRET_KEY} (base64 of 32 bytes) or, when that is not set, from a key
 * file in the data directory created on first use with owner-only permissions. Losing the key
 * loses the sealed secrets: operators then rotate credentials.
 */
@ApplicationScoped
public class SecretVault {

  private static final Logger LOG = Logger.getLogger(SecretVault.class.getName());
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private final SecureRandom random = new SecureRandom();

  @Inject
  @ConfigProperty(name = "haven.secret.key")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "haven.data.dir")
  Optional<String> dataDir;

  private SecretKey key;

  @PostConstruct
  void loadKey() {
    byte[] raw =
        configuredKey
            .filter(k -> !k.isBlank())
            .map(k -> Base64.getDecoder().decode(k.strip()))
            .orElseGet(this::keyFromFile);
    if (raw.length != 32) {
      throw new IllegalStateException("haven.secret.key must be base64 of exactly 32 bytes");
    }
    key = new SecretKeySpec(raw, "AES");
  }

  public String seal(String secret) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal secret", e);
    }
  }

  public String open(String sealedText) {
    try {
      byte[] all = Base64.getDecoder().decode(sealedText);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
      return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealed secret cannot be opened with the current key", e);
    }
  }

  private byte[] keyFromFile() {
    Path dir = Path.of(dataDir.orElse(System.getProperty("user.home") + "/.haven"));
    Path file = dir.resolve("secret.key");
    try {
      Files.createDirectories(dir);
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        try {
          Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
          LOG.warning("Created a new secret key at " + file + "; set HAVEN_SECRET_KEY in production");
        } catch (FileAlreadyExistsException raceLost) {
          // another node or thread created it first: use theirs
        }
      }
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + file, e);
    }
  }
}
