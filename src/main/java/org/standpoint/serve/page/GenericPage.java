package org.standpoint.serve.page;

import java.util.List;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Any other resource of ours (a membership, a role, an extraction activity): its triples as a table of links
 * ({@code generic.jte}).
 */
final class GenericPage {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(Sparql.PREFIXES).lock();

    /** One triple as shown: the property's short name, and the value with the page it links to (null for a literal). */
    record Row(String property, String href, String value) {
    }

    private final LocalPaths paths;

    GenericPage(LocalPaths paths) {
        this.paths = paths;
    }

    String render(Subject s) {
        String title = s.text(RDFS.label).or(() -> s.text(SKOS.prefLabel)).orElse(new Ref(s.iri(), null).label());
        List<Row> rows = s.facts().stream().map(f -> f.isIri()
                ? new Row(PREFIXES.shortForm(f.predicate()), paths.href(f.text()), f.label() != null ? f.label() : PREFIXES.shortForm(f.text()))
                : new Row(PREFIXES.shortForm(f.predicate()), null, f.text())).toList();
        return Templates.render("generic", Map.of("title", title, "iri", s.iri(), "rows", rows));
    }
}
