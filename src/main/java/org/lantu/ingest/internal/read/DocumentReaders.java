package org.lantu.ingest.internal.read;

import java.util.Locale;

/** Chooses the reader for a file by its extension. */
public final class DocumentReaders {

    private DocumentReaders() {}

    public static DocumentReader forFileName(String fileName, byte[] content) throws UnreadableDocumentException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot >= 0 && dot > lower.lastIndexOf('/') ? lower.substring(dot) : "";
        return switch (ext) {
            case ".txt", ".text" -> new TextReader();
            case ".docx" -> new DocxReader();
            case ".pdf" -> new PdfReader();
            case ".html", ".htm", ".xhtml" -> new HtmlReader();
            default ->
                throw new UnreadableDocumentException(
                        (ext.isEmpty() ? "no file extension" : "unsupported file type '" + ext + "'")
                                + "; Lantu reads .txt, .docx, .pdf and .html");
        };
    }
}
