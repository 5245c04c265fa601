package org.standpoint.serve.page;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Any other resource of ours (a membership, a role, an extraction activity): its triples as a table of links. */
final class GenericPage {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(Sparql.PREFIXES).lock();

    private final LocalPaths paths;

    GenericPage(LocalPaths paths) {
        this.paths = paths;
    }

    String render(Subject s) {
        String title = s.text(RDFS.label).or(() -> s.text(SKOS.prefLabel)).orElse(new Ref(s.iri(), null).label());
        StringBuilder b = new StringBuilder("<table><tr><th>property</th><th>value</th></tr>");
        for (Subject.Fact f : s.facts()) {
            b.append("<tr><td>").append(Html.esc(PREFIXES.shortForm(f.predicate()))).append("</td><td>");
            if (f.isIri()) {
                String shown = f.label() != null ? f.label() : PREFIXES.shortForm(f.text());
                b.append(Html.link(paths.href(f.text()), shown));
            } else {
                b.append(Html.esc(f.text()));
            }
            b.append("</td></tr>");
        }
        return Html.page(title, s.iri(), b.append("</table>").toString());
    }
}
