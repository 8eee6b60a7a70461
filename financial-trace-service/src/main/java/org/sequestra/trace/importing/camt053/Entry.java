package org.sequestra.trace.importing.camt053;

import java.util.ArrayList;
import java.util.List;

/** One {@code Ntry} as read, with its batch details. */
final class Entry {

  final long line;
  final List<Detail> details = new ArrayList<>(1);
  String amount;
  String currency;
  String creditDebit;
  String reversal;
  String status;
  String bookingDate;
  String bookingDateTime;
  String valueDate;
  String valueDateTime;
  String servicerReference;
  String entryReference;
  String domain;
  String family;
  String subFamily;
  String proprietaryCode;
  String additionalInfo;
  String batchMessageId;
  String batchPaymentInfoId;

  Entry(long line) {
    this.line = line;
  }

  /** Up to .001.07 the status is a code; from .001.08 a choice of {@code Cd} or {@code Prtry}. */
  boolean wants(String path, int version) {
    return switch (path) {
      case "Sts" -> version < 8;
      case "Sts/Cd" -> version >= 8;
      case "Amt",
          "CdtDbtInd",
          "RvslInd",
          "BookgDt/Dt",
          "BookgDt/DtTm",
          "ValDt/Dt",
          "ValDt/DtTm",
          "AcctSvcrRef",
          "NtryRef",
          "BkTxCd/Domn/Cd",
          "BkTxCd/Domn/Fmly/Cd",
          "BkTxCd/Domn/Fmly/SubFmlyCd",
          "BkTxCd/Prtry/Cd",
          "AddtlNtryInf",
          "NtryDtls/Btch/MsgId",
          "NtryDtls/Btch/PmtInfId" ->
          true;
      default -> false;
    };
  }

  void set(String path, String text, String currencyAttribute) {
    switch (path) {
      case "Amt" -> {
        amount = text;
        currency = currencyAttribute;
      }
      case "CdtDbtInd" -> creditDebit = text;
      case "RvslInd" -> reversal = text;
      case "Sts", "Sts/Cd" -> status = text;
      case "BookgDt/Dt" -> bookingDate = text;
      case "BookgDt/DtTm" -> bookingDateTime = text;
      case "ValDt/Dt" -> valueDate = text;
      case "ValDt/DtTm" -> valueDateTime = text;
      case "AcctSvcrRef" -> servicerReference = text;
      case "NtryRef" -> entryReference = text;
      case "BkTxCd/Domn/Cd" -> domain = text;
      case "BkTxCd/Domn/Fmly/Cd" -> family = text;
      case "BkTxCd/Domn/Fmly/SubFmlyCd" -> subFamily = text;
      case "BkTxCd/Prtry/Cd" -> proprietaryCode = text;
      case "AddtlNtryInf" -> additionalInfo = text;
      case "NtryDtls/Btch/MsgId" -> batchMessageId = text;
      case "NtryDtls/Btch/PmtInfId" -> batchPaymentInfoId = text;
      default -> throw new IllegalArgumentException(path);
    }
  }
}
