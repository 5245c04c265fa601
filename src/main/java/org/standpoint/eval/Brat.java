package org.standpoint.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.standpoint.model.Span;

/**
 * Reads BRAT standoff (.ann) as PolNeAR uses it. T lines are {@code id TAB type start end[;start end] TAB text};
 * E lines are {@code id TAB Trigger:Tn Role:Tx ...}. BRAT offsets count code points (characters of a Python
 * string), the same unit as {@link Span}, so they are taken as they are. T lines of other types (Discard,
 * Discuss) are read but only matter when an event points at them.
 */
public final class Brat {
    private Brat() {
    }

    /** A text-bound annotation: its type and region. */
    record TextBound(String id, String type, Region region) {
    }

    public static List<BratAttribution> read(Path ann) {
        try {
            return parse(Files.readString(ann));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ann, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ann + ": " + e.getMessage(), e);
        }
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[TEARN#]\\d+|#.*");

    public static List<BratAttribution> parse(String ann) {
        Map<String, TextBound> bounds = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        int lineNo = 0;
        for (String line : ann.split("\r?\n")) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] fields = line.split("\t", -1);
            try {
                if (ID.matcher(fields[0]).matches() && fields[0].startsWith("T")) {
                    TextBound t = textBound(fields);
                    bounds.put(t.id(), t);
                } else if (ID.matcher(fields[0]).matches() && fields[0].startsWith("E")) {
                    events.add(fields);
                }
                // A (attributes), R (relations), # (notes), N (normalisations): nothing to score; a line without an
                // id continues the text of a span that runs over a line break ("3.\n\nThe number of ...")
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage() + ": " + line, e);
            }
        }
        List<BratAttribution> out = new ArrayList<>(events.size());
        for (String[] e : events) out.add(attribution(e, bounds));
        return out;
    }

    private static TextBound textBound(String[] fields) {
        if (fields.length < 2) throw new IllegalArgumentException("T line without type and offsets");
        String spec = fields[1];
        int space = spec.indexOf(' ');
        String type = spec.substring(0, space);
        String text = fields.length > 2 ? fields[2] : "";
        List<Span> pieces = new ArrayList<>();
        int textAt = 0;
        for (String range : spec.substring(space + 1).split(";")) {
            String[] be = range.trim().split(" ");
            int begin = Integer.parseInt(be[0]), end = Integer.parseInt(be[1]);
            // the T line's text is the pieces joined by one space: cut each piece's text back out of it
            String pieceText = slice(text, textAt, end - begin);
            textAt += end - begin + 1;
            pieces.add(new Span(begin, end, pieceText));
        }
        return new TextBound(fields[0], type, new Region(pieces));
    }

    private static String slice(String text, int codePointStart, int codePoints) {
        int total = text.codePointCount(0, text.length());
        if (codePointStart + codePoints > total) return null;
        int from = text.offsetByCodePoints(0, codePointStart);
        return text.substring(from, text.offsetByCodePoints(from, codePoints));
    }

    private static BratAttribution attribution(String[] fields, Map<String, TextBound> bounds) {
        String id = fields[0];
        String[] args = fields.length > 1 ? fields[1].trim().split("\\s+") : new String[0];
        String type = null;
        Region source = null, cue = null, content = null;
        for (int i = 0; i < args.length; i++) {
            int colon = args[i].indexOf(':');
            if (colon < 0) continue;
            String role = args[i].substring(0, colon);
            TextBound t = bounds.get(args[i].substring(colon + 1));
            if (t == null) throw new IllegalArgumentException(id + " points at unknown " + args[i]);
            if (i == 0) {
                type = role;
                continue;
            }
            // "Content2", "Source2": further parts of the same role
            switch (role.replaceAll("\\d+$", "")) {
                case "Source" -> source = merge(source, t.region());
                case "Cue" -> cue = merge(cue, t.region());
                case "Content" -> content = merge(content, t.region());
                default -> { }
            }
        }
        return new BratAttribution(id, type, source, cue, content);
    }

    private static Region merge(Region a, Region b) {
        if (a == null) return b;
        List<Span> pieces = new ArrayList<>(a.pieces());
        pieces.addAll(b.pieces());
        return new Region(pieces);
    }
}
