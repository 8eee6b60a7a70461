package org.sequestra.freezing.lifecycle;

/** Regulation 2018/1805 between Member States; mutual legal assistance outside the EU. */
public enum LegalInstrument {
  REGULATION_2018_1805,
  MLA
}
