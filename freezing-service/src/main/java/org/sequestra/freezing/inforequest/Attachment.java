package org.sequestra.freezing.inforequest;

/** The metadata of a file exchanged with an answer (the file itself is not stored). */
record Attachment(String fileName, String mediaType, long sizeBytes, String sha256) {}
