package org.lantu.ingest.internal.read;

/** A reader's refusal, with a one-line reason for a person (the caller adds the file name). */
public class UnreadableDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
