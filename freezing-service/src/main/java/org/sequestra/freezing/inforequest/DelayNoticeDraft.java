package org.sequestra.freezing.inforequest;

import java.time.Instant;

/** The requested agency's notice that its answer is or will be late; the date is optional. */
record DelayNoticeDraft(String reason, Instant expectedAnswerBy) {}
