package io.haven.system;

import io.haven.system.fixtures.FixturesApplication;
import java.io.File;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real haven.ear as Maven built it, plus one test-only web module (/it-fixtures) that opens
 * enterprises through the real platform boundaries, so each test class gets data of its own
 * without hand-written SQL.
 */
public final class SystemDeployment {

  private SystemDeployment() {}

  public static EnterpriseArchive ear() {
    File built = new File(System.getProperty("haven.ear", "target/haven.ear"));
    EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "haven.ear").importFrom(built).as(EnterpriseArchive.class);
    WebArchive fixtures =
        ShrinkWrap.create(WebArchive.class, "it-fixtures.war")
            .addPackage(FixturesApplication.class.getPackage())
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    ear.addAsModule(fixtures);
    String applicationXml =
        new String(readApplicationXml(ear), StandardCharsets.UTF_8)
            .replace(
                "</application>",
                "  <module><web><web-uri>it-fixtures.war</web-uri><context-root>/it-fixtures</context-root></web></module>\n</application>");
    ear.setApplicationXML(new StringAsset(applicationXml));
    return ear;
  }

  private static byte[] readApplicationXml(EnterpriseArchive ear) {
    try (var in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
