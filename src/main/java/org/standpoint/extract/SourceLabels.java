package org.standpoint.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Sources given as labels rather than in a sentence: a headline "Sanders: Clinton needs to ..." or a transcript
 * line "PENCE: Well, ...". A paragraph that opens with a short capitalised name and a colon is that source's
 * statement, with the colon as its cue.
 */
final class SourceLabels {
    private SourceLabels() {
    }

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "^([A-Z][\\p{L}.’'\\-]*(?: [A-Z][\\p{L}.’'\\-]*){0,3}): +(\\S.*)$");
    private static final java.util.Set<String> NOT_SPEAKERS = java.util.Set.of("abstract", "update", "updated",
            "watch", "photo", "photos", "video", "source", "sources", "related", "note", "editor", "correction",
            "read more", "see also", "tags", "by", "image", "caption", "credit", "listen", "transcript", "q", "a",
            "warning", "breaking", "exclusive", "analysis", "opinion", "live", "the latest", "latest", "full text",
            "pictured", "wanted", "answer", "question", "why", "how", "what", "when", "where", "who", "rating",
            "date", "url", "title", "publisher", "topics", "contact", "email");

    static List<Attributor.Candidate> statements(Doc doc, List<Quotes.Piece> pieces, List<Attributor.Candidate> found) {
        List<Attributor.Candidate> out = new ArrayList<>();
        int start = 0;
        while (start < doc.text.length()) {
            int end = doc.text.indexOf('\n', start);
            if (end < 0) end = doc.text.length();
            java.util.regex.Matcher m = LABEL.matcher(doc.text.substring(start, end));
            if (m.matches() && !NOT_SPEAKERS.contains(Lexicon.lower(m.group(1)))) {
                int colon = start + m.end(1);
                int cb = start + m.start(2);
                int[] r = doc.trim(cb, end);
                boolean taken = found.stream().anyMatch(c -> c.contentBegin() < r[1] && r[0] < c.contentEnd());
                if (!taken && r[1] > r[0]) {
                    boolean direct = pieces.stream().anyMatch(q -> q.begin() == r[0]);
                    out.add(new Attributor.Candidate(r[0], r[1], direct, colon, colon + 1, -1, null, -1, start, colon));
                }
            }
            start = end + 1;
        }
        return out;
    }
}
