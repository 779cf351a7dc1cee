package io.haven.storefront.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the storefront's pages from the plain HTML templates in {@code WEB-INF/pages}. Once per
 * template: {@code {{part:name}}} becomes the shared fragment {@code WEB-INF/pages/parts/name.html}
 * (the head and asset lines every page has), every empty element marked {@code data-t="key"} gets its Chinese text (so the first
 * paint needs no script), {@code data-t-placeholder="key"} and {@code data-t-aria-label="key"} get
 * that attribute, and
 * {@code {{asset:name}}} becomes the asset's URL with a content fingerprint (so assets can be cached
 * for a year). Per request: {@code {{name}}} becomes an escaped value and {@code {{boot}}} the
 * page's data plus both text bundles as JSON, which the script uses to switch language in place.
 */
@ApplicationScoped
public class PageShell {

  private static final Pattern TEXT =
      Pattern.compile("(<([a-z0-9]+)\\b[^>]*?\\bdata-t=\"([\\w.-]+)\"[^>]*>)(</\\2>)");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\bdata-t-(placeholder|aria-label)=\"([\\w.-]+)\"");
  private static final Pattern ASSET = Pattern.compile("\\{\\{asset:([\\w.-]+)}}");
  private static final Pattern VALUE = Pattern.compile("\\{\\{(\\w+)}}");
  private static final Pattern PART = Pattern.compile("\\{\\{part:([\\w-]+)}}");

  @Inject ServletContext servlet;
  @Inject Texts texts;

  private final Map<String, String> prepared = new ConcurrentHashMap<>();

  /**
   * @param page template name without {@code .html}
   * @param values what the template's {@code {{name}}} placeholders show (missing ones stay empty)
   * @param boot the page's data as a JSON object text, handed to the script
   */
  public String render(String page, Map<String, String> values, String boot) {
    String template = prepared.computeIfAbsent(page, this::prepare);
    Matcher m = VALUE.matcher(template);
    StringBuilder html = new StringBuilder(template.length() + texts.json().length() + 512);
    while (m.find()) {
      String name = m.group(1);
      String replacement =
          name.equals("boot")
              ? scriptSafe("{\"texts\":" + texts.json() + ",\"page\":" + boot + "}")
              : escape(values.getOrDefault(name, ""));
      m.appendReplacement(html, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(html);
    return html.toString();
  }

  private String prepare(String page) {
    Matcher part = PART.matcher(read("/WEB-INF/pages/" + page + ".html"));
    StringBuilder assembled = new StringBuilder();
    while (part.find()) {
      String fragment = read("/WEB-INF/pages/parts/" + part.group(1) + ".html").stripTrailing();
      part.appendReplacement(assembled, Matcher.quoteReplacement(fragment));
    }
    part.appendTail(assembled);
    Matcher text = TEXT.matcher(assembled.toString());
    StringBuilder filled = new StringBuilder();
    while (text.find()) {
      String value = required(text.group(3));
      text.appendReplacement(filled, Matcher.quoteReplacement(text.group(1) + escape(value) + text.group(4)));
    }
    text.appendTail(filled);
    Matcher attribute = ATTRIBUTE.matcher(filled.toString());
    StringBuilder withAttributes = new StringBuilder();
    while (attribute.find()) {
      String value = required(attribute.group(2));
      attribute.appendReplacement(
          withAttributes,
          Matcher.quoteReplacement(attribute.group() + " " + attribute.group(1) + "=\"" + escape(value) + "\""));
    }
    attribute.appendTail(withAttributes);
    Matcher asset = ASSET.matcher(withAttributes.toString());
    StringBuilder done = new StringBuilder();
    while (asset.find()) {
      asset.appendReplacement(done, Matcher.quoteReplacement(assetUrl(asset.group(1))));
    }
    asset.appendTail(done);
    return done.toString();
  }

  private String required(String key) {
    String value = texts.text(Language.ZH_CN, key);
    if (value == null) {
      throw new IllegalStateException("no text for key " + key);
    }
    return value;
  }

  private String assetUrl(String name) {
    String path = "/assets/" + name;
    try (InputStream in = servlet.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing asset " + path);
      }
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      return servlet.getContextPath() + path + "?v=" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String read(String path) {
    try (InputStream in = servlet.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing page template " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** JSON inside a script element: no "<" at all, so no "</script>" or "<!--" can end it early. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c");
  }
}
