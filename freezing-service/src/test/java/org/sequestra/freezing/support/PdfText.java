package org.sequestra.freezing.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF's text as PDFBox extracts it, with every run of white space made one space. */
public record PdfText(String text, int pages) {

  public static PdfText of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      return new PdfText(text.replaceAll("\\s+", " "), document.getNumberOfPages());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of one page (1-based). */
  public static String page(byte[] pdf, int page) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
