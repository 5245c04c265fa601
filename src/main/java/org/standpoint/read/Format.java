package org.standpoint.read;

import java.nio.file.Path;
import java.util.Locale;

/** Input formats, told apart by file extension only: content sniffing would make directory reads surprising. */
enum Format {
    TXT, JSON, JSONL, HTML;

    static final String SUPPORTED = ".txt, .json, .jsonl, .html, .htm";

    /** The format of the file, or null when its extension is not one we read. */
    static Format of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt")) {
            return TXT;
        }
        if (n.endsWith(".jsonl")) {
            return JSONL;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return HTML;
        }
        return null;
    }
}
