package org.sequestra.trace.importing;

import java.nio.charset.Charset;

/**
 * @param charset encoding of the text formats
 * @param currency currency of the simulator formats, which name none
 */
record ImportOptions(Charset charset, String currency) {}
