package org.nasse.advisor.knowledge;

/** A knowledge file that cannot be loaded; the message starts with file:line:column where known. */
public class KnowledgeLoadException extends RuntimeException {
    public KnowledgeLoadException(String message) {
        super(message);
    }

    public KnowledgeLoadException(String message, Throwable cause) {
        super(message, cause);
    }

    public static KnowledgeLoadException at(String file, int line, int column, String problem) {
        String where = line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
        return new KnowledgeLoadException(where + ": " + problem);
    }
}
