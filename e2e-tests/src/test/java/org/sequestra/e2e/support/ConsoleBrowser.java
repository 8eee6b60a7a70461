package org.sequestra.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's, driven by its own chromedriver: nothing is downloaded) on the
 * web console, with the steps a user takes: log in through the hub, find a field by its label, wait
 * for a text. Every open browser is known to {@link BrowserScreenshots}, which photographs it when
 * a test fails.
 */
public final class ConsoleBrowser implements AutoCloseable {

  public static final Duration WAIT = Duration.ofSeconds(30);
  public static final String DEMO_PASSWORD = "demo";

  private static final Set<ConsoleBrowser> OPEN = ConcurrentHashMap.newKeySet();

  private final String name;
  private final String gatewayUrl;
  private final ChromeDriver driver;
  private final Path profile;

  private ConsoleBrowser(String name, String gatewayUrl) {
    this.name = name;
    this.gatewayUrl = gatewayUrl;
    try {
      this.profile = Files.createTempDirectory("sequestra-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(executable("sequestra.chromium", "chromium", "chromium-browser").toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,768",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                executable("webdriver.chrome.driver", "chromedriver", "chromium-driver").toFile())
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    OPEN.add(this);
  }

  /** A fresh browser (own profile: no cookies) on the gateway, e.g. {@code http://localhost:…}. */
  public static ConsoleBrowser open(String name, String gatewayUrl) {
    return new ConsoleBrowser(name, gatewayUrl);
  }

  static List<ConsoleBrowser> open() {
    return new ArrayList<>(OPEN);
  }

  /**
   * The browser or driver named by a system property, else the first of the names found on the
   * PATH. Missing means the test fails with what to install: browser tests never skip silently.
   */
  static Path executable(String property, String... names) {
    String configured = System.getProperty(property);
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      if (Files.isExecutable(path)) {
        return path;
      }
      throw new IllegalStateException(property + "=" + configured + " is not an executable file");
    }
    String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("");
    List<String> dirs = new ArrayList<>(List.of(pathVariable.split(java.io.File.pathSeparator)));
    dirs.add("/usr/bin");
    for (String name : names) {
      for (String dir : dirs) {
        if (dir.isEmpty()) {
          continue;
        }
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException(
        "The browser tests need Debian's Chromium and its driver ("
            + String.join(" or ", names)
            + " not found on the PATH): apt-get install -y chromium chromium-driver"
            + " (.ci/run installs them), or set -D"
            + property
            + "=/path/to/it");
  }

  public String name() {
    return name;
  }

  public WebDriver driver() {
    return driver;
  }

  /** A path of the console, e.g. {@code /freeze-status}. */
  public void go(String consolePath) {
    driver.get(gatewayUrl + "/console" + consolePath);
  }

  /**
   * Logs in the way a user does: the console's log-in button, the agency's button on the hub's
   * page, the agency's own form; back on the console with the user's name in the header.
   */
  public void logIn(String agencyIdp, String username) {
    driver.get(gatewayUrl + "/console/");
    click(By.linkText("Log in with your agency"));
    click(By.id("social-" + agencyIdp));
    type(By.id("username"), username);
    type(By.id("password"), DEMO_PASSWORD);
    click(By.id("kc-login"));
    waitUntil(
        "back on the console, logged in as " + username,
        () ->
            driver.getCurrentUrl().startsWith(gatewayUrl + "/console")
                && !driver.findElements(By.cssSelector("header.app-header")).isEmpty());
  }

  public WebElement find(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void click(By by) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  public void clickButton(String text) {
    click(By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]"));
  }

  public void type(By by, String text) {
    WebElement element = find(by);
    element.clear();
    element.sendKeys(text);
  }

  /** The form control whose label reads exactly {@code label} (the console labels every one). */
  public WebElement field(String label) {
    WebElement labelElement =
        find(By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]"));
    return driver.findElement(By.id(labelElement.getDomAttribute("for")));
  }

  public void fill(String label, String text) {
    WebElement input = field(label);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Sets a date or date-time input the way React sees a user's change (typing into them depends on
   * the browser's locale).
   */
  public void fillDate(String label, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "const input = arguments[0];"
                + "const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
                + "setter.call(input, arguments[1]);"
                + "input.dispatchEvent(new Event('input', { bubbles: true }));",
            field(label),
            value);
  }

  public void select(String label, String optionText) {
    new org.openqa.selenium.support.ui.Select(field(label)).selectByVisibleText(optionText);
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Waits until the page shows the text; answers the page's text. */
  public String waitForText(String text) {
    waitUntil("the page shows \"" + text + "\"", () -> pageText().contains(text));
    return pageText();
  }

  public void waitUntil(String what, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, WAIT)
        .withMessage(() -> what + " (at " + driver.getCurrentUrl() + ")")
        .until(d -> condition.getAsBoolean());
  }

  /** The CSS value the browser computed for the element, e.g. its {@code color}. */
  public String css(WebElement element, String property) {
    return element.getCssValue(property);
  }

  public void screenshot(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A picture of the whole page, not only the window (for the README). */
  public void fullPageScreenshot(Path file) {
    Dimension before = driver.manage().window().getSize();
    long height =
        ((Number)
                ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight;"))
            .longValue();
    driver
        .manage()
        .window()
        .setSize(
            new Dimension(before.getWidth(), (int) Math.min(Math.max(height + 140, 768), 3000)));
    try {
      Thread.sleep(300);
      screenshot(file);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  byte[] screenshotBytes() {
    return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
  }

  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  @Override
  public void close() {
    OPEN.remove(this);
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // a temp profile left behind is harmless
                }
              });
    } catch (IOException ignored) {
      // same
    }
  }
}
