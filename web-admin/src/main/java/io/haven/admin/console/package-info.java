/**
 * What every console page shares: texts and messages from the bundles, the language switch, lazily
 * paged tables over the boundaries' {@code Page} lists, and how times are shown.
 */
package io.haven.admin.console;
