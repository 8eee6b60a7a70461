package org.sequestra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.sequestra.e2e.support.Api;
import org.sequestra.e2e.support.Api.Response;
import org.sequestra.e2e.support.BrowserScreenshots;
import org.sequestra.e2e.support.ConsoleBrowser;
import org.sequestra.e2e.support.FreezingRequests;
import org.sequestra.e2e.support.KeycloakLogin;
import org.sequestra.e2e.support.RunningStack;
import org.sequestra.e2e.support.TestIbans;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12's users in a real browser (Debian's Chromium, headless) on the console through the
 * gateway, logged in at the hub with their agency's identity provider: the data they look at is put
 * in place through the API beforehand, as another ARO system would.
 *
 * <p>With {@code -Dsequestra.screenshots=docs/screenshots} (relative to the repository) the tests
 * also save the README's pictures of the freeze-status page and the trace graph.
 */
@ExtendWith({RunningStack.class, BrowserScreenshots.class})
class ConsoleBrowserIT {

  /** The console's rendering of the danger colour (styles.css {@code --danger}). */
  private static final String DANGER_RED = "rgba(164, 0, 29, 1)";

  private static Api api;
  private static KeycloakLogin keycloak;
  private static String gateway;
  private final List<ConsoleBrowser> browsers = new ArrayList<>();

  @BeforeAll
  static void connect() {
    gateway = RunningStack.stack().gatewayUrl();
    api = new Api(gateway);
    keycloak = new KeycloakLogin(RunningStack.stack().keycloakUrl());
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(ConsoleBrowser::close);
    browsers.clear();
  }

  private ConsoleBrowser browser(String name) {
    ConsoleBrowser browser = ConsoleBrowser.open(name, gateway);
    browsers.add(browser);
    return browser;
  }

  private static String token(String realm, String user) {
    return keycloak.password(realm, "sequestra-cli", user, "demo");
  }

  private static JsonNode expect(int status, Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    return response.json();
  }

  private static String suffix() {
    return Long.toString(System.nanoTime(), 36);
  }

  private static String openCase(String token, String reference, String title) {
    return expect(
            201,
            api.post(
                "/api/v1/cases",
                token,
                "{\"nationalReference\":\"" + reference + "\",\"title\":\"" + title + "\"}"))
        .path("id")
        .asString();
  }

  private static String bankAccount(String token, String caseId, String iban) {
    return expect(
            201,
            api.post(
                "/api/v1/cases/" + caseId + "/assets",
                token,
                "{\"type\":\"BANK_ACCOUNT\",\"description\":\"account of the suspect\","
                    + "\"identifiers\":{\"iban\":\""
                    + iban
                    + "\"}}"))
        .path("id")
        .asString();
  }

  /** Records a registry lifecycle act on the asset's current version. */
  private static void registryAct(String token, String assetId, String targetAndValue) {
    Response current = api.get("/api/v1/assets/" + assetId, token);
    expect(200, current);
    expect(
        201,
        api.post(
            "/api/v1/assets/" + assetId + "/transitions",
            token,
            "application/json",
            "{"
                + targetAndValue
                + ",\"legalBasis\":{\"orderReference\":\"RB-ROT 10/4711-26\","
                + "\"issuingAuthority\":\"Rechtbank Rotterdam, rechter-commissaris\","
                + "\"orderDate\":\"2026-11-02\"},\"occurredAt\":\""
                + Instant.now().minusSeconds(60)
                + "\"}",
            "If-Match",
            current.header("ETag")));
  }

  /** Where the README's pictures go, when asked for; empty in ordinary runs. */
  private static Path readmeScreenshot(String fileName) {
    String dir = System.getProperty("sequestra.screenshots");
    if (dir == null || dir.isBlank()) {
      return null;
    }
    Path base = Path.of(dir);
    if (!base.isAbsolute()) {
      base = Path.of(System.getProperty("sequestra.repo.root", "..")).resolve(base);
    }
    return base.resolve(fileName).normalize();
  }

  @Test
  void aProsecutorFindsAFrozenAccountByIbanButNotAnotherAgencysAccount() {
    String s = suffix();
    String nlAnalyst = token("agency-nl", "nl-analyst");
    String nlCase = openCase(nlAnalyst, "NL-OM/2026/B" + s, "Operation Lantern");
    String iban = TestIbans.uniqueDutch();
    String account = bankAccount(nlAnalyst, nlCase, iban);
    registryAct(nlAnalyst, account, "\"targetStatus\":\"FREEZE_REQUESTED\"");
    registryAct(
        token("agency-nl", "nl-supervisor"),
        account,
        "\"targetStatus\":\"FROZEN\",\"value\":{\"amount\":\"48250.00\",\"currency\":\"EUR\"}");
    // a Spanish account the Dutch prosecutor has no business with
    String esAnalyst = token("agency-es", "es-analyst");
    String esReference = "ES-ARO/2026/B" + s;
    String esIban = TestIbans.uniqueDutch();
    bankAccount(esAnalyst, openCase(esAnalyst, esReference, "Operación Faro"), esIban);

    ConsoleBrowser prosecutor = browser("nl-prosecutor");
    prosecutor.logIn("agency-nl", "nl-prosecutor");
    assertThat(prosecutor.pageText()).contains("NL-ARO");
    prosecutor.click(By.linkText("Freeze status"));
    prosecutor.fill("Identifier", iban);
    prosecutor.fill("Purpose", "OM Rotterdam, confiscation proceedings NL-OM/2026/B" + s);
    prosecutor.clickButton("Search");
    prosecutor.waitForText("Assets in the registry");
    WebElement row =
        prosecutor.find(By.xpath("//table//tr[td//code[contains(., '" + iban + "')]]"));
    assertThat(row.getText())
        .contains("Frozen")
        .contains("RB-ROT 10/4711-26")
        .contains("Rechtbank Rotterdam")
        .contains("NL-OM/2026/B" + s);
    Path picture = readmeScreenshot("freeze-status.png");
    if (picture != null) {
      prosecutor.fullPageScreenshot(picture);
    }

    // the Spanish IBAN: the same answer as for an IBAN nobody registered
    for (String other : List.of(esIban, TestIbans.uniqueDutch())) {
      prosecutor.fill("Identifier", other);
      prosecutor.clickButton("Search");
      prosecutor.waitUntil(
          "the search for " + other + " finished",
          () ->
              prosecutor.pageText().contains("No asset you may see matches.")
                  && !prosecutor.pageText().contains(iban));
      String page = prosecutor.pageText();
      assertThat(page)
          .contains("No freezing or confiscation request you may see matches.")
          .doesNotContain(esReference)
          .doesNotContain("ES-ARO");
    }
  }

  private static Path postFinanceSample() {
    try (InputStream in =
        ConsoleBrowserIT.class.getResourceAsStream("/samples/camt053_v04_postfinance_sample.xml")) {
      assertThat(in).as("the PostFinance sample from the platform's test-jar").isNotNull();
      Path file = Files.createTempFile("camt053_v04_postfinance_sample", ".xml");
      file.toFile().deleteOnExit();
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anAnalystImportsThePostFinanceStatementAndSeesTheFifoTraceAsAGraph() {
    String s = suffix();
    String reference = "NL-ARO/2026/T" + s;
    openCase(token("agency-nl", "nl-analyst"), reference, "Operation Postal");

    ConsoleBrowser analyst = browser("nl-analyst");
    analyst.logIn("agency-nl", "nl-analyst");
    analyst.click(By.linkText("Import and tracing"));
    analyst.click(By.xpath("//summary[normalize-space()='New dataset']"));
    analyst.fill("Case reference in the registry", reference);
    analyst.fill("Name", "PostFinance May 2016 " + s);
    analyst.clickButton("Create dataset");
    analyst.waitUntil(
        "the new dataset is chosen",
        () ->
            !analyst.driver().findElements(By.id("import-progress")).isEmpty()
                || analyst.pageText().contains("Import a statement"));

    analyst.select("Format", "ISO 20022 camt.053");
    analyst.field("Statement file").sendKeys(postFinanceSample().toAbsolutePath().toString());
    analyst.clickButton("Upload and import");
    // 32 bookings imported, 8 flagged for their deliberately invalid IBANs (ImportApiTest)
    analyst.waitForText(": 100 %");
    WebElement progress = analyst.find(By.id("import-progress"));
    assertThat(progress.getDomProperty("value")).isEqualTo("100");
    String page = analyst.waitForText("Flagged transactions (imported)");
    assertThat(page).contains("32 imported").contains("0 rejected").contains("8 flagged");
    List<WebElement> flaggedRows =
        analyst
            .driver()
            .findElements(
                By.xpath(
                    "//h3[normalize-space()='Flagged transactions (imported)']"
                        + "/following-sibling::table[1]/tbody/tr"));
    assertThat(flaggedRows).hasSize(8);

    // FIFO forward from the statement's account, seeded with all it held by the statement's
    // opening balance (29 April 2016): the fees booked the next day carry the proceeds away
    analyst.select("Attribution rule", "FIFO (oldest money leaves first)");
    analyst.fill("Seed account", "CH0309000000250090342");
    analyst.fill("Amount of proceeds", "322152.16");
    analyst.fill("Currency", "CHF");
    analyst.fillDate("From (forward: when the proceeds are placed)", "2016-04-29T00:00");
    analyst.clickButton("Run trace");
    WebElement graph = analyst.find(By.cssSelector("div.graph[role='img']"));
    analyst.waitUntil(
        "the graph is drawn", () -> !graph.findElements(By.tagName("canvas")).isEmpty());
    String label = graph.getDomAttribute("aria-label");
    assertThat(label).matches("Flow graph with [1-9][0-9]* accounts and [1-9][0-9]* flows\\..*");
    List<WebElement> accounts = analyst.field("Account").findElements(By.tagName("option"));
    assertThat(accounts.size()).as("accounts to choose, beside 'none'").isGreaterThan(2);
    Path picture = readmeScreenshot("trace-graph.png");
    if (picture != null) {
      ((JavascriptExecutor) analyst.driver())
          .executeScript("arguments[0].scrollIntoView({block: 'start'});", graph);
      analyst.screenshot(picture);
    }
  }

  @Test
  void aSupervisorsStaleSecondTabIsToldTheAssetChangedMeanwhile() {
    String s = suffix();
    String nlAnalyst = token("agency-nl", "nl-analyst");
    String reference = "NL-ARO/2026/S" + s;
    String caseId = openCase(nlAnalyst, reference, "Operation Tidewater");
    String iban = TestIbans.uniqueDutch();
    bankAccount(nlAnalyst, caseId, iban);

    ConsoleBrowser supervisor = browser("nl-supervisor");
    supervisor.logIn("agency-nl", "nl-supervisor");
    String first = supervisor.driver().getWindowHandle();
    openAssetLifecycle(supervisor, caseId);
    supervisor.driver().switchTo().newWindow(WindowType.TAB);
    String second = supervisor.driver().getWindowHandle();
    openAssetLifecycle(supervisor, caseId);

    supervisor.driver().switchTo().window(first);
    recordFreezeRequest(supervisor);
    supervisor.waitForText("Current status: Freeze requested.");

    supervisor.driver().switchTo().window(second);
    assertThat(supervisor.pageText()).contains("Current status: Identified.");
    recordFreezeRequest(supervisor);
    String page =
        supervisor.waitForText(
            "This was changed meanwhile by someone else. Reload to see the current version");
    assertThat(page).contains("(412)");
    supervisor.clickButton("Reload");
    supervisor.waitForText("Current status: Freeze requested.");
  }

  private static void openAssetLifecycle(ConsoleBrowser browser, String caseId) {
    browser.go("/cases/" + caseId);
    browser.click(By.xpath("//h3/button[contains(., 'account of the suspect')]"));
    browser.waitForText("Current status: Identified.");
  }

  private static void recordFreezeRequest(ConsoleBrowser browser) {
    browser.select("New status", "Freeze requested");
    browser.fill("Order reference", "RB-ROT 10/4811-26");
    browser.fill("Issuing authority", "Rechtbank Rotterdam, rechter-commissaris");
    browser.fillDate("Order date", "2026-11-30");
    browser.clickButton("Record act");
  }

  @Test
  void anExecutingAuthoritySeesAnOverdueDeadlineInRed() {
    String s = suffix();
    String nlAnalyst = token("agency-nl", "nl-analyst");
    String nlIssuing = token("agency-nl", "nl-issuing");
    String reference = "NL-OM/2026/D" + s;
    String caseId = openCase(nlAnalyst, reference, "Operation Lateness");
    String first = bankAccount(nlAnalyst, caseId, TestIbans.uniqueDutch());
    String second = bankAccount(nlAnalyst, caseId, TestIbans.uniqueDutch());
    Response drafted =
        api.post(
            "/api/v1/freezing-requests",
            nlIssuing,
            "{\"instrument\": \"REGULATION_2018_1805\", \"kind\": \"FREEZING\", \"urgent\": true,"
                + " \"executingAgency\": \"ES-ARO\", \"caseId\": \""
                + caseId
                + "\", \"issuingReference\": \""
                + reference
                + "\", \"language\": \"es\", \"freezingCertificate\": "
                + FreezingRequests.annexI(first, second)
                + "}");
    String requestId = expect(201, drafted).path("id").asString();
    String etag =
        FreezingRequests.step(
            api, nlIssuing, requestId, drafted.header("ETag"), "{\"action\":\"ISSUE\"}");
    etag = FreezingRequests.step(api, nlIssuing, requestId, etag, "{\"action\":\"TRANSMIT\"}");
    // Spain received the certificate five days ago and has not decided: 48 h are long gone
    FreezingRequests.step(
        api,
        token("agency-es", "es-executing"),
        requestId,
        etag,
        "{\"action\":\"RECEIVE\",\"occurredAt\":\""
            + Instant.now().minus(Duration.ofDays(5))
            + "\"}");

    ConsoleBrowser executing = browser("es-executing");
    executing.logIn("agency-es", "es-executing");
    executing.click(By.linkText("Freezing requests"));
    executing.waitForText("Overdue deadlines:");
    WebElement overdue =
        executing.find(
            By.xpath(
                "//tr[contains(@class,'overdue')][.//a[normalize-space()='"
                    + reference
                    + "']]//span[contains(@class,'deadline-overdue')]"));
    assertThat(overdue.getText()).contains("Overdue").contains("Recognition of an urgent freeze");
    assertThat(executing.css(overdue, "color")).isEqualTo(DANGER_RED);
    // the inbox row of the request is marked too
    WebElement inInbox =
        executing.find(
            By.xpath(
                "//table[.//th[normalize-space()='Your next steps']]//tr[.//a[normalize-space()='"
                    + reference
                    + "']]//span[contains(@class,'deadline-overdue')]"));
    assertThat(executing.css(inInbox, "color")).isEqualTo(DANGER_RED);
  }
}
