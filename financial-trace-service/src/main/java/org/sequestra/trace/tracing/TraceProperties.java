package org.sequestra.trace.tracing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sequestra.trace.result-inline-items}: how many flows, end points and unexplained amounts a
 * trace lists in its own document; the rest is served page by page by the trace's sub-resources.
 * About half a kilobyte of JSON an item: 500 keeps a trace's document under about a megabyte.
 */
@ConfigurationProperties("sequestra.trace")
record TraceProperties(@DefaultValue("500") int resultInlineItems) {

  TraceProperties {
    if (resultInlineItems < 1) {
      throw new IllegalArgumentException("sequestra.trace.result-inline-items must be >= 1");
    }
  }
}
