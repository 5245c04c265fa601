package org.standpoint.serve.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An article's text as HTML with its attributed spans marked: content in {@code <mark>} coloured by stance, the
 * speaker as written underlined, the cue in bold, each span start an anchor named like the fragment of its IRI
 * ({@code #offset_B_E}), and a numbered link to the statement after each content span.
 *
 * <p>Spans may overlap (two statements over one quote, a cue inside reported speech), so the text is cut at every
 * span boundary and each piece is wrapped by what covers it; elements never straddle a cut, and the HTML stays
 * well-formed whatever the spans are.
 */
final class MarkedText {
    private MarkedText() {
    }

    /** @param numbers the footnote number of each statement IRI */
    static String html(String text, List<Attributions.Span> spans, Map<String, Integer> numbers, LocalPaths paths) {
        int cps = text.codePointCount(0, text.length());
        List<Attributions.Span> valid = spans.stream()
                .filter(s -> s.begin() >= 0 && s.begin() < s.end() && s.end() <= cps).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, cps));
        for (Attributions.Span s : valid) {
            cuts.add(s.begin());
            cuts.add(s.end());
        }
        StringBuilder h = new StringBuilder(text.length() * 2);
        Integer[] points = cuts.toArray(new Integer[0]);
        int utf16 = 0;
        Set<String> anchors = new HashSet<>();
        for (int i = 0; i + 1 < points.length; i++) {
            int from = points[i];
            int to = points[i + 1];
            for (Attributions.Span s : valid) {
                if (s.begin() == from && s.iri() != null && s.iri().contains("#") && anchors.add(s.iri()))
                    h.append("<span id=\"").append(Html.esc(s.iri().substring(s.iri().indexOf('#') + 1))).append("\"></span>");
            }
            int next = text.offsetByCodePoints(utf16, to - from);
            h.append(piece(text.substring(utf16, next), covering(valid, from, to)));
            utf16 = next;
            for (Attributions.Span s : valid) {
                if (s.end() == to && s.kind() == Attributions.Kind.CONTENT && numbers.containsKey(s.statement()))
                    h.append("<sup><a href=\"").append(Html.esc(paths.href(s.statement()))).append("\">[")
                     .append(numbers.get(s.statement())).append("]</a></sup>");
            }
        }
        return h.toString();
    }

    private static List<Attributions.Span> covering(List<Attributions.Span> spans, int from, int to) {
        List<Attributions.Span> out = new ArrayList<>();
        for (Attributions.Span s : spans) if (s.begin() <= from && s.end() >= to) out.add(s);
        return out;
    }

    private static String piece(String raw, List<Attributions.Span> cover) {
        String inner = Html.esc(raw);
        if (cover.stream().anyMatch(s -> s.kind() == Attributions.Kind.CUE)) inner = "<span class=\"cue\">" + inner + "</span>";
        if (cover.stream().anyMatch(s -> s.kind() == Attributions.Kind.SOURCE)) inner = "<span class=\"source\">" + inner + "</span>";
        // The innermost content span decides the colour: it is the statement this piece belongs to most closely.
        var content = cover.stream().filter(s -> s.kind() == Attributions.Kind.CONTENT)
                .min(Comparator.comparingInt(s -> s.end() - s.begin()));
        if (content.isPresent()) {
            Attributions.Span c = content.get();
            String title = (c.holder() == null ? "" : c.holder() + ": ") + c.stance().verb;
            inner = "<mark class=\"" + c.stance().css() + "\" title=\"" + Html.esc(title) + "\">" + inner + "</mark>";
        }
        return inner;
    }
}
