package org.sequestra.registry.custody;

import java.time.LocalDate;

/** What a custody, a management cost or an interlocutory sale is recorded from, as stated. */
final class CustodyCommands {

  private CustodyCommands() {}

  /** An amount as stated: the contract's decimal string and a currency code, both unchecked. */
  record StatedMoney(String amount, String currency) {}

  /** Who holds the asset and where; replaces the custody recorded before. */
  record CustodyUpdate(
      String custodianName,
      String custodianAgency,
      String storageLocation,
      String storageCountry) {}

  /** A cost of keeping the asset. */
  record NewManagementCost(StatedMoney amount, LocalDate incurredOn, String description) {}

  /** A sale before confiscation; replaces the sale recorded before. */
  record InterlocutorySaleUpdate(
      LocalDate saleDate, String orderReference, StatedMoney amountRealised, String buyer) {}
}
