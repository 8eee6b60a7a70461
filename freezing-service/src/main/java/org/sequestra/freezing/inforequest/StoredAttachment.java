package org.sequestra.freezing.inforequest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** {@link Attachment} as a row of {@code information_answer_attachment}. */
@Embeddable
class StoredAttachment {

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  protected StoredAttachment() {}

  StoredAttachment(Attachment attachment) {
    this.fileName = attachment.fileName();
    this.mediaType = attachment.mediaType();
    this.sizeBytes = attachment.sizeBytes();
    this.sha256 = attachment.sha256();
  }

  Attachment toAttachment() {
    return new Attachment(fileName, mediaType, sizeBytes, sha256);
  }
}
