package org.standpoint.serve.page;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.vocabulary.SKOS;

/** An issue: who supports, opposes, conditionally supports it (and who spoke neutrally), when, and the network. */
final class IssuePage {
    private final LocalPaths paths;
    private final StanceNetwork network;

    IssuePage(LocalPaths paths) {
        this.paths = paths;
        this.network = new StanceNetwork(paths);
    }

    /** @param byStance per stance, the holders with most statements ({@link Standings#onIssue}) */
    String render(Subject issue, Map<Stance, List<Standing>> byStance) {
        String name = issue.text(SKOS.prefLabel).orElse(new Ref(issue.iri(), null).label());
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"sub\">Issue");
        List<String> alt = issue.texts(SKOS.altLabel);
        if (!alt.isEmpty()) b.append(" · also: ").append(Html.esc(String.join(" · ", alt)));
        for (Ref broader : issue.refs(SKOS.broader)) b.append(" · part of ").append(Html.link(paths, broader));
        b.append("</p>");
        List<Standing> all = byStance.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingInt(Standing::statements).reversed()).toList();
        if (all.isEmpty()) {
            b.append("<p>No statement on this issue yet.</p>");
            return Html.page(name, issue.iri(), b.toString());
        }
        b.append("<figure>").append(network.svg(new Ref(issue.iri(), name), all))
         .append("<figcaption class=\"meta\">Each line is one stance an actor took; thicker lines, more statements")
         .append(" (the ").append(StanceNetwork.HOLDERS).append(" actors with most).</figcaption></figure>");
        for (Stance stance : Stance.values()) {
            List<Standing> these = byStance.getOrDefault(stance, List.of());
            if (these.isEmpty()) continue;
            b.append("<h2 id=\"").append(stance.css()).append("\">").append(Html.esc(heading(stance)))
             .append(" (").append(these.size() == Standings.ISSUE_PAGE ? "the " + these.size() + " with most statements" : these.size())
             .append(")</h2><table><tr><th>who</th><th>statements</th><th>latest</th><th>its words</th></tr>");
            for (Standing s : these) row(b, s, issue.iri());
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

    private void row(StringBuilder b, Standing s, String issueIri) {
        b.append("<tr><td>").append(Html.link(paths, s.holder()));
        if (s.latestSpeaker() != null && !s.holder().iri().equals(s.latestSpeaker().iri()))
            b.append("<div class=\"meta\">through ").append(Html.link(paths, s.latestSpeaker())).append("</div>");
        if (!s.issue().iri().equals(issueIri)) b.append("<div class=\"meta\">on ").append(Html.link(paths, s.issue())).append("</div>");
        b.append("</td><td>").append(Html.link(paths.href(s.position().iri()), String.valueOf(s.statements())))
         .append("</td><td class=\"date\">").append(Html.esc(s.latestDateOrUnknown())).append("</td><td>")
         .append("<mark class=\"").append(s.stance().css()).append("\">").append(Html.esc(s.latestQuote() == null ? "" : s.latestQuote()))
         .append("</mark><div class=\"meta\">");
        if (s.latestArticle() != null) b.append(Html.link(paths, s.latestArticle())).append(" · ");
        b.append(Html.link(paths.href(s.latest().iri()), "statement")).append("</div></td></tr>");
    }
}
