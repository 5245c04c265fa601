package org.standpoint.serve.page;

import java.util.List;

import org.apache.jena.vocabulary.SKOS;

/** An issue: who supports, opposes, conditionally supports it (and who spoke neutrally), when, and the network. */
final class IssuePage {
    private final LocalPaths paths;
    private final StanceNetwork network;

    IssuePage(LocalPaths paths) {
        this.paths = paths;
        this.network = new StanceNetwork(paths);
    }

    String render(Subject issue, List<Position> positions) {
        String name = issue.text(SKOS.prefLabel).orElse(new Ref(issue.iri(), null).label());
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"sub\">Issue");
        List<String> alt = issue.texts(SKOS.altLabel);
        if (!alt.isEmpty()) b.append(" · also: ").append(Html.esc(String.join(" · ", alt)));
        for (Ref broader : issue.refs(SKOS.broader)) b.append(" · part of ").append(Html.link(paths, broader));
        b.append("</p>");
        if (positions.isEmpty()) {
            b.append("<p>No statement on this issue yet.</p>");
            return Html.page(name, issue.iri(), b.toString());
        }
        b.append("<figure>").append(network.svg(new Ref(issue.iri(), name), positions))
         .append("<figcaption class=\"meta\">Each line is one stance an actor took; thicker lines, more statements.")
         .append("</figcaption></figure>");
        for (Stance stance : Stance.values()) {
            List<Position> these = positions.stream().filter(p -> p.stance() == stance).toList();
            if (these.isEmpty()) continue;
            b.append("<h2 id=\"").append(stance.css()).append("\">").append(Html.esc(heading(stance)))
             .append(" (").append(these.size()).append(")</h2><table><tr><th>who</th><th>when</th><th>evidence</th></tr>");
            for (Position p : these) row(b, p);
            b.append("</table>");
        }
        return Html.page(name, issue.iri(), b.toString());
    }

    private static String heading(Stance stance) {
        return switch (stance) {
            case SUPPORT -> "Supports";
            case OPPOSE -> "Opposes";
            case CONDITIONAL -> "Supports with conditions";
            case NEUTRAL -> "Neutral or unclear";
        };
    }

    private void row(StringBuilder b, Position p) {
        b.append("<tr><td>").append(Html.link(paths, p.holder()));
        if (!p.holder().iri().equals(p.speaker().iri()))
            b.append("<div class=\"meta\">through ").append(Html.link(paths, p.speaker())).append("</div>");
        b.append("</td><td>").append(Html.esc(p.dateOrUnknown())).append("</td><td>")
         .append("<mark class=\"").append(p.stance().css()).append("\">").append(Html.esc(p.quote())).append("</mark>")
         .append("<div class=\"meta\">").append(Html.link(paths, p.article())).append(" · ")
         .append(Html.link(paths.href(p.statement().iri()), "statement")).append("</div></td></tr>");
    }
}
