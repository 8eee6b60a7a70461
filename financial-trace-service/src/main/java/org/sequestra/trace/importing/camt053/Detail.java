package org.sequestra.trace.importing.camt053;

import java.util.ArrayList;
import java.util.List;

/** One {@code TxDtls}: references, amounts, the parties on both sides, remittance information. */
final class Detail {

  final long line;
  final Party debtor = new Party();
  final Party creditor = new Party();
  final List<String[]> amounts = new ArrayList<>(2);
  final List<String> unstructured = new ArrayList<>(1);
  final List<String> structured = new ArrayList<>(0);
  String servicerReference;
  String endToEndId;
  String paymentInfoId;
  String creditDebit;
  String additionalInfo;

  Detail(long line) {
    this.line = line;
  }

  boolean wants(String path) {
    return switch (path) {
      case "Refs/AcctSvcrRef",
          "Refs/EndToEndId",
          "Refs/PmtInfId",
          "Amt",
          "AmtDtls/TxAmt/Amt",
          "AmtDtls/CntrValAmt/Amt",
          "AmtDtls/InstdAmt/Amt",
          "CdtDbtInd",
          "RltdPties/Dbtr/Nm",
          "RltdPties/DbtrAcct/Id/IBAN",
          "RltdPties/DbtrAcct/Id/Othr/Id",
          "RltdPties/Cdtr/Nm",
          "RltdPties/CdtrAcct/Id/IBAN",
          "RltdPties/CdtrAcct/Id/Othr/Id",
          "RltdAgts/DbtrAgt/FinInstnId/BICFI",
          "RltdAgts/DbtrAgt/FinInstnId/BIC",
          "RltdAgts/DbtrAgt/FinInstnId/Nm",
          "RltdAgts/CdtrAgt/FinInstnId/BICFI",
          "RltdAgts/CdtrAgt/FinInstnId/BIC",
          "RltdAgts/CdtrAgt/FinInstnId/Nm",
          "RmtInf/Ustrd",
          "RmtInf/Strd/CdtrRefInf/Ref",
          "RmtInf/Strd/AddtlRmtInf",
          "AddtlTxInf" ->
          true;
      default -> false;
    };
  }

  void set(String path, String text, String currencyAttribute) {
    switch (path) {
      case "Refs/AcctSvcrRef" -> servicerReference = text;
      case "Refs/EndToEndId" -> endToEndId = text;
      case "Refs/PmtInfId" -> paymentInfoId = text;
      // In order of preference: the detail's own amount, then its amount details.
      case "Amt", "AmtDtls/TxAmt/Amt", "AmtDtls/CntrValAmt/Amt", "AmtDtls/InstdAmt/Amt" ->
          amounts.add(new String[] {text, currencyAttribute});
      case "CdtDbtInd" -> creditDebit = text;
      case "RltdPties/Dbtr/Nm" -> debtor.name = text;
      case "RltdPties/DbtrAcct/Id/IBAN" -> debtor.iban = text;
      case "RltdPties/DbtrAcct/Id/Othr/Id" -> debtor.otherId = text;
      case "RltdPties/Cdtr/Nm" -> creditor.name = text;
      case "RltdPties/CdtrAcct/Id/IBAN" -> creditor.iban = text;
      case "RltdPties/CdtrAcct/Id/Othr/Id" -> creditor.otherId = text;
      case "RltdAgts/DbtrAgt/FinInstnId/BICFI", "RltdAgts/DbtrAgt/FinInstnId/BIC" ->
          debtor.agentBic = text;
      case "RltdAgts/DbtrAgt/FinInstnId/Nm" -> debtor.agentName = text;
      case "RltdAgts/CdtrAgt/FinInstnId/BICFI", "RltdAgts/CdtrAgt/FinInstnId/BIC" ->
          creditor.agentBic = text;
      case "RltdAgts/CdtrAgt/FinInstnId/Nm" -> creditor.agentName = text;
      case "RmtInf/Ustrd" -> unstructured.add(text);
      case "RmtInf/Strd/CdtrRefInf/Ref", "RmtInf/Strd/AddtlRmtInf" -> structured.add(text);
      case "AddtlTxInf" -> additionalInfo = text;
      default -> throw new IllegalArgumentException(path);
    }
  }

  /** One side of the payment: its name, account and bank. */
  static final class Party {
    String name;
    String iban;
    String otherId;
    String agentBic;
    String agentName;

    boolean named() {
      return name != null || iban != null || otherId != null;
    }
  }
}
