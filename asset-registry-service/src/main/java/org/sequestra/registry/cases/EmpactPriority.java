package org.sequestra.registry.cases;

/**
 * One entry of the EMPACT taxonomy.
 *
 * @param parent the code of the priority this one refines, or {@code null}
 */
record EmpactPriority(String code, String label, String parent) {}
