package org.lantu.ingest;

/**
 * A document that cannot be read. The message is one line for a person: the file and the reason, e.g.
 * {@code scan.pdf: the PDF has no text layer (a scanned image?); run OCR first}.
 */
public class IngestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String reason;

    public IngestException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public IngestException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
