package org.standpoint.eval;

import java.util.List;
import java.util.Optional;

import org.standpoint.model.Stance;

/**
 * One hand-labelled dev article (corpus/dev/gold/NN.json). Statements give the quote as text, not offsets;
 * {@link QuoteLocator} finds them in the raw text.
 */
public record GoldArticle(String article, String issue, List<Person> people, List<Organization> organizations,
                          List<Statement> statements) {
    public GoldArticle {
        people = people == null ? List.of() : List.copyOf(people);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    public record Person(String name, List<String> aliases, List<Role> roles) {
        public Person {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** @param organization null when the title alone names the role ("Mayor of London") */
    public record Role(String title, String organization, boolean current) {
    }

    public record Organization(String name, List<String> aliases) {
        public Organization {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /** @param stance as written in the file: support, oppose, conditional or neutral */
    public record Statement(String speaker, boolean speakerIsOrganization, String quote, boolean direct,
                            String stance, String cue, String venue) {
        public Optional<Stance> stanceValue() {
            if (stance == null) return Optional.empty();
            try {
                return Optional.of(Stance.valueOf(stance.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** The gold speaker's name and the aliases the people or organisations lists give it. */
    public List<String> speakerNames(Statement statement) {
        String speaker = statement.speaker();
        for (Person p : people)
            if (p.name().equals(speaker) || p.aliases().contains(speaker)) return names(p.name(), p.aliases());
        for (Organization o : organizations)
            if (o.name().equals(speaker) || o.aliases().contains(speaker)) return names(o.name(), o.aliases());
        return speaker == null ? List.of() : List.of(speaker);
    }

    /** The organisation's name and aliases when the list has it, else the bare name. */
    public List<String> organizationNames(String organization) {
        for (Organization o : organizations)
            if (o.name().equals(organization) || o.aliases().contains(organization)) return names(o.name(), o.aliases());
        return List.of(organization);
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> all = new java.util.ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
