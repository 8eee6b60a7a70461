/**
 * Pattern detection over the engine's {@link org.sequestra.trace.engine.TemporalGraph}: cycles
 * (round-tripping), fan-in and fan-out (smurfing), structuring and rapid pass-through. Start at
 * {@link org.sequestra.trace.patterns.PatternDetector}; thresholds are in {@link
 * org.sequestra.trace.patterns.PatternOptions}. Every {@link org.sequestra.trace.patterns.Finding}
 * carries its evidence transactions (ids, accounts, amounts, times) so an investigator can check
 * it; patterns never mix currencies.
 */
package org.sequestra.trace.patterns;
