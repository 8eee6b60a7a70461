package org.sequestra.freezing.document;

/**
 * What the layouts take from the request besides its certificate.
 *
 * @param issuingState the issuing agency's country (ISO 3166 alpha-2)
 * @param executingState the executing agency's country
 * @param regulation under Regulation (EU) 2018/1805 (not an MLA request)
 * @param confiscation a confiscation request (Annex II), else a freezing request (Annex I)
 */
record RequestFacts(
    String issuingState,
    String executingState,
    boolean urgent,
    boolean regulation,
    boolean confiscation) {}
