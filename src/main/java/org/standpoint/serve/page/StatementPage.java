package org.standpoint.serve.page;

/** One statement: who, which way, on what, in which role, and the paragraph that shows it. */
final class StatementPage {
    private final LocalPaths paths;

    StatementPage(LocalPaths paths) {
        this.paths = paths;
    }

    String render(String iri, Position p) {
        String title = p.holder().label() + " " + p.stance().verb + " — " + p.issue().label();
        StringBuilder b = new StringBuilder();
        b.append("<blockquote class=\"").append(p.stance().css()).append("\">")
         .append(p.evidence() == null ? "<mark>" + Html.esc(p.quote()) + "</mark>" : p.evidence().html(null))
         .append("</blockquote><table>");
        row(b, "position of", Html.link(paths, p.holder()));
        row(b, "said by", Html.link(paths, p.speaker()));
        if (p.capacity() != null) row(b, "speaking as", Html.esc(p.capacity()));
        row(b, "stance", "<span class=\"badge " + p.stance().css() + "\">" + Html.esc(p.stance().verb) + "</span>");
        row(b, "issue", Html.link(paths, p.issue()));
        if (p.mode() != null) row(b, "reported", Html.esc(p.mode()));
        if (p.confidence() != null) row(b, "confidence", Html.esc(p.confidence()));
        String context = p.contentSpan() == null ? "" : " · " + Html.link(paths.href(p.contentSpan()), "in context");
        row(b, "article", Html.link(paths, p.article()) + " (" + Html.esc(p.dateOrUnknown()) + ")" + context);
        b.append("</table>");
        return Html.page(title, iri, b.toString());
    }

    private static void row(StringBuilder b, String name, String html) {
        b.append("<tr><th>").append(Html.esc(name)).append("</th><td>").append(html).append("</td></tr>");
    }
}
