package org.sequestra.freezing.inforequest;

import java.util.List;

/** What the requested agency answers; {@code delayReason} is needed when the answer is late. */
record InformationAnswerDraft(String text, List<Attachment> attachments, String delayReason) {

  InformationAnswerDraft {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
