package org.standpoint.serve.page;

import java.util.List;

/**
 * One position: an actor's stance on an issue, how many statements take it, and the newest of them with their
 * paragraphs. Where the counts on actor and issue pages lead.
 */
final class PositionPage {
    private final LocalPaths paths;

    PositionPage(LocalPaths paths) {
        this.paths = paths;
    }

    String render(Standing s, List<Position> newest) {
        String title = s.holder().label() + " " + s.stance().verb + " — " + s.issue().label();
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"sub\">Position of ").append(Html.link(paths, s.holder())).append(" on ")
         .append(Html.link(paths, s.issue())).append(" · <span class=\"badge ").append(s.stance().css()).append("\">")
         .append(Html.esc(s.stance().verb)).append("</span> · ").append(s.statements())
         .append(s.statements() == 1 ? " statement" : " statements").append(", the latest ").append(Html.esc(s.latestDateOrUnknown()))
         .append("</p>");
        if (s.statements() > newest.size()) {
            b.append("<p class=\"meta\">The ").append(newest.size()).append(" newest; the saved query <i>The evidence for a position</i>")
             .append(" pages through the 100 newest, <i>An actor's stance on an issue over time</i> lists all.</p>");
        }
        for (Position p : newest) {
            b.append("<blockquote class=\"").append(p.stance().css()).append("\">")
             .append(p.evidence() == null ? "<mark>" + Html.esc(p.quote()) + "</mark>" : p.evidence().html(null))
             .append("<div class=\"meta\">");
            if (!p.speaker().iri().equals(s.holder().iri())) b.append("said by ").append(Html.link(paths, p.speaker())).append(" · ");
            if (p.capacity() != null) b.append("as ").append(Html.esc(p.capacity())).append(" · ");
            b.append(Html.esc(p.dateOrUnknown())).append(" · ").append(Html.link(paths, p.article())).append(" · ")
             .append(Html.link(paths.href(p.statement().iri()), "statement")).append("</div></blockquote>");
        }
        return Html.page(title, s.position().iri(), b.toString());
    }
}
