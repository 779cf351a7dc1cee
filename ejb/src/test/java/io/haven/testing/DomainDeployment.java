package io.haven.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The domain module as one test web archive: every class of io.haven (main and test), the real
 * persistence unit and Flyway migrations, and the module's runtime libraries.
 */
public final class DomainDeployment {

  private DomainDeployment() {}

  public static WebArchive create(String name) {
    File[] libraries =
        Maven.resolver().loadPomFromFile("pom.xml").importCompileAndRuntimeDependencies().resolve().withTransitivity().asFile();
    File[] assertj =
        Maven.resolver().loadPomFromFile("pom.xml").resolve("org.assertj:assertj-core").withoutTransitivity().asFile();
    return ShrinkWrap.create(WebArchive.class, name + ".war")
        .addPackages(true, "io.haven")
        .addAsResource(new File("target/classes/META-INF/persistence.xml"), "META-INF/persistence.xml")
        .addAsResource(new File("target/classes/META-INF/microprofile-config.properties"), "META-INF/microprofile-config.properties")
        .addAsResource(new File("target/classes/db"), "db")
        .addAsWebInfResource(new File("target/classes/META-INF/ejb-jar.xml"), "ejb-jar.xml")
        .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml")
        .addAsLibraries(libraries)
        .addAsLibraries(assertj)
        .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.infinispan, org.infinispan.commons, org.jboss.vfs\n"));
  }
}
