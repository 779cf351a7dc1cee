package io.haven.system.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the release bundle installed on a WildFly Haven did not provision, by running
 * INSTALL.md's commands as written against the running server. The server is a fresh copy of the
 * distribution from Maven Central on ports of its own (haven.it.install.port-offset) and its own
 * MariaDB database; the operator's part that is not a command (the server's environment, section
 * 2) is the ini block's variables with this test's values.
 *
 * <p>Install, check (health and a console sign-in), configure again (the configuration file does
 * not change), upgrade to a rebuilt EAR that brings a migration (the data is kept), an upgrade
 * whose migration fails (refused: the previous version keeps running and the log says why),
 * remove, and the configuration file is the original again. The offline scripts are checked on
 * standalone-full.xml and standalone-ha.xml the same way.
 */
class InstallGuideIT {

  private static final Path WORK = Path.of("target/install-guide").toAbsolutePath();
  private static final Path DISTRIBUTION = Path.of(System.getProperty("haven.it.pristine-wildfly", "../wildfly-config/target/dist/wildfly-39.0.1.Final"));
  private static final Path BUNDLE = Path.of(System.getProperty("haven.release-bundle", "target/haven-0.1.0-SNAPSHOT.zip"));
  private static final int OFFSET = Integer.getInteger("haven.it.install.port-offset", 150);
  private static final String DB_SERVER = System.getProperty("haven.it.mariadb.url", "jdbc:mysql://127.0.0.1:3306");
  private static final String DB_ROOT = System.getProperty("haven.it.mariadb.user", "root");
  private static final String DB_ROOT_PASSWORD = System.getProperty("haven.it.mariadb.password", "");
  private static final String DATABASE = System.getProperty("haven.it.mariadb.database", "haven_it") + "_install";
  private static final String ADMIN_PASSWORD = "Install-Guide-2026";
  /** The guide's example password: the test keeps it, so the guide's environment block is used as written. */
  private static final String DB_PASSWORD = "change-me-Haven-1";
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final String REFUSED = "Haven did not start: the database schema could not be brought up to date";

  private static PristineWildFly server;
  private static Path bundle;
  private static InstallGuide guide;

  @BeforeAll
  static void unpack() throws Exception {
    assertThat(DISTRIBUTION).as("the unpacked WildFly distribution").isDirectory();
    Files.createDirectories(WORK);
    bundle = unzip(BUNDLE, WORK.resolve("bundle-1"));
    guide = InstallGuide.read(bundle.resolve("INSTALL.md"));
  }

  @AfterAll
  static void cleanUp() throws SQLException {
    if (server != null) {
      server.close();
    }
    try (Connection root = root()) {
      root.createStatement().execute("drop database if exists " + DATABASE);
      root.createStatement().execute("drop user if exists '" + DATABASE + "'@'%'");
    }
  }

  @Test
  void bundleIsSelfContained() throws IOException {
    assertThat(bundle.resolve("haven.ear")).isRegularFile();
    assertThat(bundle.resolve("VERSION")).hasContent(BUNDLE.getFileName().toString().replaceAll("^haven-|\\.zip$", ""));
    try (Stream<Path> files = Files.list(bundle.resolve("drivers"))) {
      assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString().matches("mysql-connector-j-[\\d.]+\\.jar");
    }
    for (String text : List.of("INSTALL.md", "cli/configure.cli", "cli/restore.cli", "cli/configure-offline.cli", "cli/restore-offline.cli")) {
      assertThat(PristineWildFly.read(bundle.resolve(text)))
          .as(text + " refers to nothing of the build tree")
          .doesNotContain("target/", "wildfly-config", "src/main", "./haven", ".m2/");
    }
  }

  @Test
  void installCheckReconfigureUpgradeRefuseRemove() throws Exception {
    Path log = WORK.resolve("commands.log");
    Files.deleteIfExists(log);
    server = PristineWildFly.copy(DISTRIBUTION, WORK.resolve("wildfly"), OFFSET);

    // 1. The database administrator's statements, with this test's names for database and user.
    String sql = guide.blocks(1, "sql").get(0);
    assertThat(sql).contains("IDENTIFIED BY '" + DB_PASSWORD + "'");
    try (Connection root = root()) {
      root.createStatement().execute("drop database if exists " + DATABASE);
      root.createStatement().execute("drop user if exists '" + DATABASE + "'@'%'");
      for (String statement : sql.split(";\\s*")) {
        if (!statement.isBlank()) {
          root.createStatement().execute(statement.replaceAll("\\bhaven\\b", DATABASE));
        }
      }
    }

    // 2. The server's environment: every variable the guide lists, with this test's values.
    Map<String, String> environment = new HashMap<>(guide.environment(2));
    Map<String, String> ours =
        Map.of(
            "HAVEN_DB_URL", DB_SERVER + "/" + DATABASE + "?sessionVariables=innodb_lock_wait_timeout=5",
            "HAVEN_DB_USER", DATABASE,
            "HAVEN_DB_DIALECT", "org.hibernate.dialect.MariaDBDialect",
            "HAVEN_DB_MAJOR_VERSION", "10",
            "HAVEN_DB_MINOR_VERSION", "11",
            "HAVEN_SECRET_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)),
            "HAVEN_ADMIN_PASSWORD", ADMIN_PASSWORD);
    assertThat(environment).containsKeys(ours.keySet().toArray(String[]::new)).containsEntry("HAVEN_DB_PASSWORD", DB_PASSWORD);
    environment.putAll(ours);
    environment.put("HAVEN_DATA_DIR", WORK.resolve("data").toString());
    server.start(environment);
    Path configuration = server.configuration("standalone.xml");
    String original = PristineWildFly.read(configuration);

    Map<String, String> shell =
        Map.of(
            "JBOSS_HOME", server.home.toString(),
            "HAVEN_CONTROLLER", "127.0.0.1:" + server.managementPort(),
            "HAVEN_URL", "http://127.0.0.1:" + server.httpPort());

    // 4. Install; 5. check.
    assertThat(run(bundle, guide.script(4), shell, log)).as("install, see " + log).isZero();
    assertThat(run(bundle, guide.script(5), shell, log)).as("check, see " + log).isZero();
    signIn();
    String configured = PristineWildFly.read(configuration);
    assertThat(configured).contains("HavenDS", "${env.HAVEN_DB_URL:", "cache-container name=\"haven\"");

    // configure.cli once more: nothing changes, nothing fails.
    String configureAgain = guide.blocks(4, "bash").stream().filter(b -> b.contains("cli/configure.cli")).findFirst().orElseThrow();
    assertThat(run(bundle, "set -euo pipefail\n" + guide.blocks(3, "bash").get(0) + "\n" + configureAgain, shell, log)).isZero();
    assertThat(PristineWildFly.read(configuration)).isEqualTo(configured);

    // 6. Upgrade to a rebuilt EAR that brings a migration: the data is kept.
    List<String> adminBefore = query("select concat(id, ' ', password_hash, ' ', created_at) from console_user");
    assertThat(adminBefore).hasSize(1);
    Path upgrade = rebuilt(WORK.resolve("bundle-2"), Map.of("V9000__install_guide_upgrade.sql",
        "CREATE TABLE install_guide_upgrade (id INT PRIMARY KEY);\nINSERT INTO install_guide_upgrade VALUES (1);\n"));
    assertThat(run(upgrade, guide.script(6), shell, log)).as("upgrade, see " + log).isZero();
    assertThat(query("select id from install_guide_upgrade")).containsExactly("1");
    assertThat(query("select concat(id, ' ', password_hash, ' ', created_at) from console_user")).isEqualTo(adminBefore);
    assertThat(run(upgrade, guide.script(5), shell, log)).isZero();
    signIn();

    // An upgrade whose migration fails is refused: the version before keeps running, the log says why.
    long mark = Files.size(server.log());
    Path refused = rebuilt(WORK.resolve("bundle-3"), Map.of(
        "V9000__install_guide_upgrade.sql", "CREATE TABLE install_guide_upgrade (id INT PRIMARY KEY);\nINSERT INTO install_guide_upgrade VALUES (1);\n",
        "V9001__install_guide_refused.sql", "ALTER TABLE install_guide_no_such_table ADD COLUMN x INT;\n"));
    assertThat(run(refused, guide.script(6), shell, log)).as("the refused upgrade fails").isNotZero();
    assertThat(logSince(mark)).contains(REFUSED);
    assertThat(run(refused, guide.script(5), shell, log)).as("still healthy after the refusal").isZero();
    signIn();
    assertThat(query("select max(version) from flyway_schema_history where success")).containsExactly("9000");

    // 7. Remove: the configuration file is the original again.
    assertThat(run(refused, guide.script(7), shell, log)).as("remove, see " + log).isZero();
    assertThat(withoutVolatile(PristineWildFly.read(configuration))).isEqualTo(withoutVolatile(original));
  }

  @Test
  void offlineScriptsOnFullAndHa() throws IOException {
    Path log = WORK.resolve("offline.log");
    Files.deleteIfExists(log);
    try (PristineWildFly stopped = PristineWildFly.copy(DISTRIBUTION, WORK.resolve("wildfly-offline"), OFFSET)) {
      Map<String, String> shell = Map.of("JBOSS_HOME", stopped.home.toString());
      for (String name : List.of("standalone-full.xml", "standalone-ha.xml")) {
        String original = PristineWildFly.read(stopped.configuration(name));
        String cli = "\"$JBOSS_HOME/bin/jboss-cli.sh\" --file=cli/%s -Dhaven.server-config=" + name;
        assertThat(run(bundle, cli.formatted("configure-offline.cli"), shell, log)).as(name + ", see " + log).isZero();
        String configured = PristineWildFly.read(stopped.configuration(name));
        assertThat(configured).contains("HavenDS", "cache-container name=\"haven\"", "microprofile-openapi-smallrye");
        assertThat(run(bundle, cli.formatted("configure-offline.cli"), shell, log)).isZero();
        assertThat(PristineWildFly.read(stopped.configuration(name))).as(name + " configured twice").isEqualTo(configured);
        assertThat(run(bundle, cli.formatted("restore-offline.cli"), shell, log)).isZero();
        assertThat(withoutVolatile(PristineWildFly.read(stopped.configuration(name)))).as(name + " restored").isEqualTo(withoutVolatile(original));
      }
    }
  }

  private static int run(Path directory, String script, Map<String, String> environment, Path log) {
    return PristineWildFly.shell(directory, environment, script, Duration.ofMinutes(4), log);
  }

  /** The configuration file without what WildFly itself changes over time (none so far in WildFly 39). */
  private static String withoutVolatile(String xml) {
    return xml.replaceAll("(?m)^\\s*<!--.*?-->\\s*$\\n?", "");
  }

  /** A copy of the bundle whose EAR's EJB module carries these extra migrations. */
  private static Path rebuilt(Path directory, Map<String, String> migrations) throws IOException {
    PristineWildFly.shell(WORK, Map.of(), "rm -rf '" + directory + "' && cp -a '" + bundle + "' '" + directory + "'", Duration.ofMinutes(1), WORK.resolve("copy.log"));
    Path ear = directory.resolve("haven.ear");
    byte[] rebuilt;
    try (ZipFile original = new ZipFile(bundle.resolve("haven.ear").toFile());
        var bytes = new ByteArrayOutputStream();
        var out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry : Collections.list(original.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream in = original.getInputStream(entry)) {
          out.write(entry.getName().equals("haven-ejb.jar") ? withMigrations(in, migrations) : in.readAllBytes());
        }
        out.closeEntry();
      }
      out.finish();
      rebuilt = bytes.toByteArray();
    }
    Files.write(ear, rebuilt);
    return directory;
  }

  private static byte[] withMigrations(InputStream jar, Map<String, String> migrations) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var in = new ZipInputStream(jar); var out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(in.readAllBytes());
        out.closeEntry();
      }
      for (var migration : migrations.entrySet()) {
        out.putNextEntry(new ZipEntry("db/migration/" + migration.getKey()));
        out.write(migration.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Path unzip(Path zip, Path into) throws IOException {
    PristineWildFly.shell(WORK, Map.of(), "rm -rf '" + into + "'", Duration.ofMinutes(1), WORK.resolve("copy.log"));
    Path top = null;
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        Path target = into.resolve(entry.getName()).normalize();
        assertThat(target.startsWith(into)).as(entry.getName()).isTrue();
        if (top == null) {
          top = into.resolve(Path.of(entry.getName()).getName(0));
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, target);
          }
        }
      }
    }
    assertThat(top.getFileName().toString()).isEqualTo(zip.getFileName().toString().replace(".zip", ""));
    return top;
  }

  private static String logSince(long mark) throws IOException {
    byte[] all = Files.readAllBytes(server.log());
    return new String(all, (int) Math.min(mark, all.length), (int) Math.max(0, all.length - mark), StandardCharsets.UTF_8);
  }

  /** The console's sign-in form, posted as a browser would, as the first platform admin. */
  private static void signIn() throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    String admin = "http://127.0.0.1:" + server.httpPort() + "/admin";
    HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(admin + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(form.statusCode()).isEqualTo(200);
    Matcher viewState = VIEW_STATE.matcher(form.body());
    assertThat(viewState.find()).isTrue();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("signIn", "signIn");
    fields.put("signIn:username", "platform");
    fields.put("signIn:password", ADMIN_PASSWORD);
    fields.put("signIn:submit", "");
    fields.put("jakarta.faces.ViewState", viewState.group(1));
    List<String> pairs = new ArrayList<>();
    fields.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(admin + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.uri().getPath()).as("signed in").doesNotContain("login.xhtml");
  }

  private static List<String> query(String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection(DB_SERVER + "/" + DATABASE, DB_ROOT, DB_ROOT_PASSWORD);
        var rows = db.createStatement().executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  private static Connection root() throws SQLException {
    return DriverManager.getConnection(DB_SERVER + "/", DB_ROOT, DB_ROOT_PASSWORD);
  }

}
