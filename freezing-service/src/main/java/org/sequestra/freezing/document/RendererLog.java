package org.sequestra.freezing.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages through SLF4J: its INFO (timings, font loading) at DEBUG, so a download
 * does not write a dozen lines; warnings and errors as such.
 */
final class RendererLog implements XRLogger {

  private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    int value = level.intValue();
    if (value >= Level.SEVERE.intValue()) {
      log.error("{}: {}", where, msg, th);
    } else if (value >= Level.WARNING.intValue()) {
      log.warn("{}: {}", where, msg, th);
    } else {
      log.debug("{}: {}", where, msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels are SLF4J's to set
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    int value = diagnostic.getLevel().intValue();
    if (value >= Level.SEVERE.intValue()) {
      return log.isErrorEnabled();
    }
    return value >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
  }
}
