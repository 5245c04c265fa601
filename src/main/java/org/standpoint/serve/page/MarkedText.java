package org.standpoint.serve.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An article's text cut into pieces for {@code marked.jte}, which marks its attributed spans: content in {@code <mark>} coloured by stance, the
 * speaker as written underlined, the cue in bold, each span start an anchor named like the fragment of its IRI
 * ({@code #offset_B_E}), and a numbered link to the statement after each content span.
 *
 * <p>Spans may overlap (two statements over one quote, a cue inside reported speech), so the text is cut at every
 * span boundary and each piece is wrapped by what covers it; elements never straddle a cut, and the HTML stays
 * well-formed whatever the spans are.
 */
final class MarkedText {
    /** A statement's number after its content span, linking to it. */
    record Footnote(String href, int number) {
    }

    /**
     * One stretch of text between two span boundaries: the anchors that start there, the text, what covers it (cue,
     * source, the content span's mark), and the footnotes of content spans that end there.
     */
    record Piece(List<String> anchors, String text, boolean cue, boolean source, String markClass, String markTitle,
                 List<Footnote> footnotes) {
    }

    private MarkedText() {
    }

    /** @param numbers the footnote number of each statement IRI */
    static List<Piece> pieces(String text, List<Attributions.Span> spans, Map<String, Integer> numbers, LocalPaths paths) {
        int cps = text.codePointCount(0, text.length());
        List<Attributions.Span> valid = spans.stream()
                .filter(s -> s.begin() >= 0 && s.begin() < s.end() && s.end() <= cps).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, cps));
        for (Attributions.Span s : valid) {
            cuts.add(s.begin());
            cuts.add(s.end());
        }
        List<Piece> pieces = new ArrayList<>();
        Integer[] points = cuts.toArray(new Integer[0]);
        int utf16 = 0;
        Set<String> anchors = new HashSet<>();
        for (int i = 0; i + 1 < points.length; i++) {
            int from = points[i];
            int to = points[i + 1];
            List<String> starting = new ArrayList<>();
            for (Attributions.Span s : valid) {
                if (s.begin() == from && s.iri() != null && s.iri().contains("#") && anchors.add(s.iri()))
                    starting.add(s.iri().substring(s.iri().indexOf('#') + 1));
            }
            int next = text.offsetByCodePoints(utf16, to - from);
            List<Footnote> ending = new ArrayList<>();
            for (Attributions.Span s : valid) {
                if (s.end() == to && s.kind() == Attributions.Kind.CONTENT && numbers.containsKey(s.statement()))
                    ending.add(new Footnote(paths.href(s.statement()), numbers.get(s.statement())));
            }
            pieces.add(piece(starting, text.substring(utf16, next), covering(valid, from, to), ending));
            utf16 = next;
        }
        return pieces;
    }

    private static List<Attributions.Span> covering(List<Attributions.Span> spans, int from, int to) {
        List<Attributions.Span> out = new ArrayList<>();
        for (Attributions.Span s : spans) if (s.begin() <= from && s.end() >= to) out.add(s);
        return out;
    }

    private static Piece piece(List<String> anchors, String raw, List<Attributions.Span> cover, List<Footnote> footnotes) {
        boolean cue = cover.stream().anyMatch(s -> s.kind() == Attributions.Kind.CUE);
        boolean source = cover.stream().anyMatch(s -> s.kind() == Attributions.Kind.SOURCE);
        // The innermost content span decides the colour: it is the statement this piece belongs to most closely.
        var content = cover.stream().filter(s -> s.kind() == Attributions.Kind.CONTENT)
                .min(Comparator.comparingInt(s -> s.end() - s.begin()));
        String markClass = content.map(c -> c.stance().css()).orElse(null);
        String markTitle = content.map(c -> (c.holder() == null ? "" : c.holder() + ": ") + c.stance().verb).orElse(null);
        return new Piece(anchors, raw, cue, source, markClass, markTitle, footnotes);
    }
}
