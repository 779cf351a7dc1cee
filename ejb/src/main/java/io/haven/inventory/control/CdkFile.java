package io.haven.inventory.control;

import io.haven.common.InvalidInput;
import io.haven.inventory.entity.CdkCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an uploaded CDK TXT file (R5): UTF-8 text, one code per line, trimmed, blank lines
 * ignored. Refuses, naming the field {@code file}: an empty file, anything that is not text (NUL
 * bytes, invalid UTF-8), a code that is too long or has control characters or spaces inside, too
 * many codes, and codes repeated within the file (the first few are named).
 */
public final class CdkFile {

  public static final int MAX_CODES = 500_000;
  public static final int MAX_BYTES = 20 * 1024 * 1024;
  /** How many offending codes a refusal names. */
  public static final int SHOWN = 5;

  private CdkFile() {}

  public static List<String> codes(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInput("file", "inventory.cdk.empty", "The file is empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInput("file", "inventory.cdk.tooLarge", "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw notText();
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw notText();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> codes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    int line = 0;
    for (String raw : text.split("\r\n|\n|\r", -1)) {
      line++;
      String code = raw.strip();
      if (code.isEmpty()) {
        continue;
      }
      if (code.length() > CdkCode.CODE_MAX) {
        throw new InvalidInput(
            "file", "inventory.cdk.tooLong", "Line " + line + ": a code may have at most " + CdkCode.CODE_MAX + " characters");
      }
      if (code.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
        throw new InvalidInput("file", "inventory.cdk.badCharacter", "Line " + line + ": a code may not contain spaces or control characters");
      }
      if (!seen.add(code)) {
        repeated.add(code);
        continue;
      }
      codes.add(code);
      if (codes.size() > MAX_CODES) {
        throw new InvalidInput("file", "inventory.cdk.tooMany", "At most " + MAX_CODES + " codes per file");
      }
    }
    if (!repeated.isEmpty()) {
      throw new DuplicateCodes("inventory.cdk.duplicateInFile", repeated, "appear more than once in the file");
    }
    if (codes.isEmpty()) {
      throw new InvalidInput("file", "inventory.cdk.empty", "The file has no codes");
    }
    return codes;
  }

  /** "A, B, C …" — the first {@link #SHOWN} of {@code codes}. */
  public static String firstFew(java.util.Collection<String> codes) {
    String shown = String.join(", ", codes.stream().limit(SHOWN).toList());
    return codes.size() > SHOWN ? shown + " …" : shown;
  }

  private static InvalidInput notText() {
    return new InvalidInput("file", "inventory.cdk.notText", "Not a text file: upload a UTF-8 TXT file with one code per line");
  }
}
