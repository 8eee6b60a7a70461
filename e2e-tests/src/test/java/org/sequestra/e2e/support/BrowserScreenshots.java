package org.sequestra.e2e.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When a browser test fails, saves what every open {@link ConsoleBrowser} shows, as {@code
 * target/browser-screenshots/<class>.<test>-<browser>.png}, before the test closes them.
 */
public final class BrowserScreenshots implements AfterTestExecutionCallback {

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    Path dir =
        Path.of(System.getProperty("sequestra.e2e.screenshots", "target/browser-screenshots"));
    String test =
        context.getRequiredTestClass().getSimpleName()
            + "."
            + context.getRequiredTestMethod().getName();
    for (ConsoleBrowser browser : ConsoleBrowser.open()) {
      Path file = dir.resolve(test + "-" + browser.name() + ".png");
      try {
        Files.createDirectories(dir);
        Files.write(file, browser.screenshotBytes());
        System.err.println("Screenshot of the failed browser test: " + file.toAbsolutePath());
      } catch (IOException | RuntimeException e) {
        System.err.println("No screenshot of " + browser.name() + ": " + e);
      }
    }
  }
}
