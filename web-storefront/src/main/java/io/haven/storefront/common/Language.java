package io.haven.storefront.common;

import java.util.List;
import java.util.Locale;

/** The storefront's two languages; Simplified Chinese unless the member asked for English. */
public enum Language {
  ZH_CN("zh-CN", "zh_CN"),
  EN("en", "en");

  /** BCP 47 tag, as in Accept-Language and the page's lang attribute. */
  public final String tag;
  /** Suffix of the text bundle's file name. */
  final String bundleSuffix;

  Language(String tag, String bundleSuffix) {
    this.tag = tag;
    this.bundleSuffix = bundleSuffix;
  }

  /** The first of the request's Accept-Language entries that we speak; Chinese by default. */
  public static Language preferred(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if (locale.getLanguage().equals("en")) {
        return EN;
      }
      if (locale.getLanguage().equals("zh")) {
        return ZH_CN;
      }
    }
    return ZH_CN;
  }
}
