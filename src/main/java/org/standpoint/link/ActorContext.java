package org.standpoint.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the store knows about one registry actor that could tell its Wikidata item from namesakes.
 *
 * @param iri        the actor in the registry graph
 * @param kind       person or organisation
 * @param label      canonical name
 * @param altLabels  other surface forms seen in articles
 * @param honorific  "Lord", "Sir", ... or null
 * @param roles      memberships stated for it in any article
 * @param dates      publication dates of the articles that mention it, ISO, sorted
 * @param members    for an organisation: the actors the articles name as its members
 * @param articles   the articles that mention it
 * @param sentences  a few sentences of those articles that name it, for comparing with an item's description
 */
public record ActorContext(String iri, Kind kind, String label, List<String> altLabels, String honorific,
                           List<RoleContext> roles, List<String> dates, List<String> members, List<String> articles,
                           List<String> sentences) {
    public ActorContext {
        altLabels = List.copyOf(altLabels);
        roles = List.copyOf(roles);
        dates = List.copyOf(dates);
        members = List.copyOf(members);
        articles = List.copyOf(articles);
        sentences = List.copyOf(sentences);
    }

    /** What the articles say it is, in words: its roles, then the sentences that name it. */
    public String gloss() {
        StringBuilder b = new StringBuilder();
        for (RoleContext r : roles) {
            String role = r.role() == null ? "" : r.role();
            String phrase = r.organisation() == null ? role : (role.isEmpty() ? "" : role + " of ") + r.organisation();
            if (!phrase.isBlank()) b.append(phrase).append("; ");
        }
        for (String s : sentences) b.append(s).append(' ');
        return b.toString().strip();
    }

    /**
     * The name forms worth asking the endpoint about, label first. Forms starting in lower case ("the force") and,
     * for people, single words (a bare surname) are left out: exact-label lookups of those return dozens of unrelated
     * items and never the right one alone.
     */
    public List<String> lookupForms() {
        Set<String> forms = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        all.add(label);
        all.addAll(altLabels);
        if (honorific != null && label != null && !label.startsWith(honorific + " ")) all.add(honorific + " " + label);
        for (String f : all) {
            String form = f == null ? "" : f.strip().replaceAll("\\s+", " ");
            if (form.isEmpty() || form.length() > 120 || !Character.isUpperCase(form.codePointAt(0))) continue;
            if (kind == Kind.PERSON && !form.contains(" ")) continue;
            forms.add(form);
        }
        return List.copyOf(forms);
    }
}
