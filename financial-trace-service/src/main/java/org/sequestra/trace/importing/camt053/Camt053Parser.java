package org.sequestra.trace.importing.camt053;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sequestra.trace.importing.statement.StatementParser;
import org.sequestra.trace.importing.statement.StatementSink;
import org.sequestra.trace.importing.statement.UnreadableFileException;

/**
 * ISO 20022 camt.053 bank-to-customer statements, versions .001.02 to .001.13, read with StAX: only
 * the entry being read is held in memory. Each booked entry ({@code Ntry}) becomes one transaction,
 * or one per batch detail ({@code TxDtls}) when it has several. Party names are found with or
 * without the {@code Pty} wrapper that .001.08 introduced. A statement's opening balance ({@code
 * Bal} of type {@code OPBD}) goes to the sink as an {@link
 * org.sequestra.trace.importing.statement.OpeningBalance}.
 */
public final class Camt053Parser implements StatementParser {

  static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";

  /** Element names that may be leaves we read; anything else is only walked through. */
  private static final Set<String> LEAVES =
      Set.of(
          "IBAN",
          "Id",
          "Ccy",
          "Nm",
          "BICFI",
          "BIC",
          "Amt",
          "CdtDbtInd",
          "RvslInd",
          "Sts",
          "Cd",
          "Dt",
          "DtTm",
          "AcctSvcrRef",
          "NtryRef",
          "SubFmlyCd",
          "AddtlNtryInf",
          "MsgId",
          "PmtInfId",
          "EndToEndId",
          "Ustrd",
          "Ref",
          "AddtlRmtInf",
          "AddtlTxInf");

  private final XMLInputFactory factory;

  public Camt053Parser() {
    factory = XMLInputFactory.newFactory();
    // No DTDs, no external entities: statements come from outside.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  @Override
  public void parse(InputStream in, StatementSink sink) throws IOException {
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(in);
      read(xml, new EntryEmitter(sink));
    } catch (XMLStreamException e) {
      throw new UnreadableFileException("The file is not well-formed XML: " + describe(e), e);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // the failure that matters was already reported
        }
      }
    }
  }

  private static void read(XMLStreamReader xml, EntryEmitter emitter) throws XMLStreamException {
    List<String> path = new ArrayList<>(32);
    int version = 0;
    int statementDepth = -1;
    int entryDepth = -1;
    int detailDepth = -1;
    int balanceDepth = -1;
    Statement statement = null;
    Entry entry = null;
    Detail detail = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        String parent = path.isEmpty() ? null : path.getLast();
        if (name.equals("Document")) {
          version = version(xml.getNamespaceURI());
        } else if (version > 0 && name.equals("Stmt") && "BkToCstmrStmt".equals(parent)) {
          statement = new Statement();
          statementDepth = path.size();
        } else if (statement != null && name.equals("Bal") && "Stmt".equals(parent)) {
          statement.balance = new Statement.Balance(xml.getLocation().getLineNumber());
          balanceDepth = path.size();
        } else if (statement != null && name.equals("Ntry") && "Stmt".equals(parent)) {
          entry = new Entry(xml.getLocation().getLineNumber());
          entryDepth = path.size();
        } else if (entry != null && name.equals("TxDtls") && "NtryDtls".equals(parent)) {
          detail = new Detail(xml.getLocation().getLineNumber());
          detailDepth = path.size();
        } else if (statement != null && LEAVES.contains(name)) {
          int from = detail != null ? detailDepth : entry != null ? entryDepth : statementDepth;
          String relative = relative(path, from, name);
          boolean read =
              detail != null
                  ? detail.wants(relative)
                  : entry != null ? entry.wants(relative, version) : Statement.wants(relative);
          if (read) {
            String currency = xml.getAttributeValue(null, "Ccy");
            String text = xml.getElementText();
            if (detail != null) {
              detail.set(relative, text, currency);
            } else if (entry != null) {
              entry.set(relative, text, currency);
            } else {
              statement.set(relative, text, currency);
            }
            continue;
          }
        }
        path.add(name);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        path.removeLast();
        int depth = path.size();
        if (detail != null && depth == detailDepth) {
          entry.details.add(detail);
          detail = null;
        } else if (entry != null && depth == entryDepth) {
          emitter.emit(statement, entry);
          entry = null;
        } else if (statement != null && statement.balance != null && depth == balanceDepth) {
          emitter.balance(statement);
          statement.balance = null;
        } else if (statement != null && depth == statementDepth) {
          statement = null;
        }
      }
    }
    if (version == 0) {
      throw new UnreadableFileException(
          "This is not a camt.053 statement: the file has no camt.053 Document element.");
    }
  }

  /** The camt.053 version of a Document; any other document fails the file. */
  private static int version(String namespace) {
    if (namespace == null || !namespace.startsWith(NAMESPACE)) {
      throw new UnreadableFileException(
          "This is not a camt.053 statement: the document's namespace is '"
              + (namespace == null || namespace.isEmpty() ? "(none)" : namespace)
              + "', a camt.053 statement has '"
              + NAMESPACE
              + "NN'.");
    }
    try {
      return Integer.parseInt(namespace.substring(NAMESPACE.length()));
    } catch (NumberFormatException e) {
      throw new UnreadableFileException(
          "This is not a camt.053 statement: unknown version in namespace '" + namespace + "'.");
    }
  }

  /** The path below the context element, without the .001.08 {@code Pty} wrappers. */
  private static String relative(List<String> path, int contextDepth, String leaf) {
    StringBuilder relative = new StringBuilder(48);
    for (int i = contextDepth + 1; i < path.size(); i++) {
      String step = path.get(i);
      if (!step.equals("Pty")) {
        relative.append(step).append('/');
      }
    }
    return relative.append(leaf).toString();
  }

  private static String describe(XMLStreamException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}
