package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.standpoint.model.ActorType;
import org.standpoint.model.Membership;
import org.standpoint.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the roles people hold: titles before names ("Met commissioner Cressida Dick", "Labour peer Lord
 * Harris"), appositions ("Len Duvall, the former chair of ..."), role descriptions that stand for a person,
 * and party affiliations (each its own membership). Role words never stay in a name: the actor finder has
 * already cut them off; here they become memberships.
 */
final class RoleFinder {
    private final Doc doc;
    private final ActorTable table;
    private final ActorFinder finder;
    private final Bodies bodies;
    private final Map<String, Membership> memberships = new LinkedHashMap<>();
    /** "Rev. X, Corinthian Baptist Church": an organisation in apposition, for the person's roles that name none */
    private final Map<ActorTable.Entry, ActorTable.Entry> affiliations = new HashMap<>();
    /** "Southfield Ward's Coun. X": the place a councillor represents */
    private final Map<ActorTable.Entry, String> constituencies = new HashMap<>();
    /** "Unite's Len McCluskey": the organisation a person is named with, though no role is */
    private final Map<ActorTable.Entry, NamedWith> namedWith = new LinkedHashMap<>();

    private record NamedWith(ActorTable.Entry organisation, List<CoreLabel> evidence) {
    }
    /** where a council honorific ("Coun.", "Cllr") was written before a name */
    private final Map<ActorTable.Entry, CoreLabel> councilTitles = new LinkedHashMap<>();

    RoleFinder(Doc doc, ActorTable table, ActorFinder finder) {
        this.doc = doc;
        this.table = table;
        this.finder = finder;
        this.bodies = new Bodies(doc, table, finder);
    }

    List<Membership> run(List<SpeakerResolver.Description> descriptions) {
        for (ActorTable.Entry p : table.ofType(ActorType.PERSON)) {
            for (Span m : new ArrayList<>(p.mentions)) {
                int charBegin = charIndex(m.begin());
                int s = doc.sentenceOf(charBegin);
                CoreLabel first = tokenAt(s, charBegin);
                if (first == null) continue;
                titleBefore(p, s, first.index());
                appositions(p, s, first.index(), m);
                organisationAfter(p, s, charIndex(m.end()));
            }
        }
        for (SpeakerResolver.Description d : descriptions) {
            phrase(d.person(), d.sentence(), SpeakerResolver.subtree(doc.deps.get(d.sentence()), d.head()).stream()
                    .map(w -> doc.token(d.sentence(), w.index())).toList());
        }
        RoleClauses clauses = new RoleClauses(doc, finder).find();
        for (RoleClauses.Phrase c : clauses.phrases) phrase(c.person(), c.sentence(), c.tokens(), c.ended());
        for (RoleClauses.Held h : clauses.held) add(h.person(), h.role(), h.organisation(), true, List.of(h.verb()));
        for (StandaloneRoles.Found f : new StandaloneRoles(doc, table, finder, List.copyOf(memberships.values())).find()) {
            phrase(f.person(), f.sentence(), f.tokens());
        }
        leadersNamedWith();
        councillors();
        inheritOrganisations();
        return withoutRepeats();
    }

    /** "Met commissioner" / "Labour peer" / "Mayor of London" right before the name (honorifics skipped). */
    private void titleBefore(ActorTable.Entry person, int s, int nameIndex) {
        List<CoreLabel> toks = doc.tokens(s);
        int i = nameIndex - 2; // 0-based index of the token before the name
        while (i >= 0 && Lexicon.HONORIFICS.contains(Lexicon.lower(toks.get(i).word()))
                && Character.isUpperCase(toks.get(i).word().charAt(0)) && !isRoleWord(toks.get(i))) {
            if (Lexicon.COUNCIL_HONORIFICS.contains(Lexicon.lower(toks.get(i).word()).replace(".", ""))) {
                councilTitles.putIfAbsent(person, toks.get(i));
            }
            i--;
        }
        int end = i;
        while (i >= 0) {
            int partyWords = Lexicon.partyWordsEndingAt(toks, i); // "Lib-Dem", "Lib Dem"
            if (partyWords > 0) i -= partyWords;
            else if (titleToken(toks.get(i))) i--;
            else break;
        }
        int start = i + 1;
        while (start <= end && List.of("of", "for").contains(Lexicon.lower(toks.get(start).word()))) start++;
        phrase(person, s, toks.subList(start, end + 1));
    }

    private boolean titleToken(CoreLabel t) {
        String w = Lexicon.lower(t.word());
        return isRoleWord(t) || Lexicon.ROLE_MODIFIERS.contains(w) || Doc.isProper(t)
                || "ORGANIZATION".equals(t.ner()) || Lexicon.party(t.word()) != null
                || w.equals("of") || w.equals("for") || ActorFinder.isPossessive(t)
                || Lexicon.ORG_NOUNS.contains(w) || Lexicon.FORMER.contains(w) || Lexicon.CURRENT.contains(w)
                || namedOrganisation(t) != null;
    }

    private ActorTable.Entry namedOrganisation(CoreLabel t) {
        ActorTable.Entry e = finder.namedAt(t);
        return e != null && e.type == ActorType.ORGANIZATION ? e : null;
    }

    static boolean isRoleWord(CoreLabel t) {
        return Lexicon.ROLE_WORDS.contains(Lexicon.lower(t.word())) || "TITLE".equals(t.ner());
    }

    /**
     * "Barry Hugill of Liberty", "David Rogers, from the Local Government Association,": a person named with a body
     * they come from belongs to it; a peer's "of" names a place ("Lord Nicholls of Birkenhead").
     */
    private void organisationAfter(ActorTable.Entry person, int s, int nameEnd) {
        List<CoreLabel> toks = doc.tokens(s);
        int i = 0;
        while (i < toks.size() && toks.get(i).beginPosition() < nameEnd) i++;
        if (i < toks.size() && toks.get(i).word().equals(",")) i++;
        if (i >= toks.size() || !List.of("of", "from").contains(Lexicon.lower(toks.get(i).word()))) return;
        int at = i + 1;
        if (at < toks.size() && Lexicon.lower(toks.get(at).word()).equals("the")) at++;
        boolean peerage = person.honorific != null && Lexicon.PEERAGE.contains(Lexicon.lower(person.honorific));
        ActorTable.Entry org = at < toks.size() ? namedOrganisation(toks.get(at)) : null;
        if (org == null || Bodies.isParty(org) || peerage && Lexicon.lower(toks.get(i).word()).equals("of")) return;
        int end = at;
        while (end + 1 < toks.size() && namedOrganisation(toks.get(end + 1)) == org) end++;
        add(person, "member", org, true, toks.subList(i, end + 1));
    }

    /** "X, the former chair of Y," and "Labour member for Y, X,": a role phrase in apposition to the name. */
    private void appositions(ActorTable.Entry person, int s, int nameIndex, Span mention) {
        SemanticGraph g = doc.deps.get(s);
        if (g == null) return;
        IndexedWord nameWord = null;
        for (IndexedWord w : g.vertexSet()) {
            CoreLabel t = doc.token(s, w.index());
            if (t.beginPosition() >= charIndex(mention.begin()) && t.endPosition() <= charIndex(mention.end())
                    && (nameWord == null || w.index() > nameWord.index())) nameWord = w;
        }
        if (nameWord == null) return;
        List<IndexedWord> roleHeads = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(nameWord)) {
            if (e.getRelation().toString().equals("appos")) roleHeads.add(e.getDependent());
        }
        for (SemanticGraphEdge e : g.incomingEdgeList(nameWord)) {
            if (e.getRelation().toString().equals("appos")) roleHeads.add(e.getGovernor());
        }
        for (IndexedWord h : roleHeads) {
            ActorTable.Entry org = namedOrganisation(doc.token(s, h.index()));
            if (org != null && !Bodies.isParty(org)) affiliations.putIfAbsent(person, org);
            if (!isRoleWord(doc.token(s, h.index()))) continue;
            List<CoreLabel> phrase = new ArrayList<>();
            for (IndexedWord w : SpeakerResolver.subtree(g, h)) {
                phrase.add(doc.token(s, w.index()));
            }
            phrase(person, s, phrase.stream().filter(t -> finder.namedAt(t) != person).toList());
        }
    }

    /** Reads a role phrase into memberships: the role words, the organisation named in it, a party. */
    private void phrase(ActorTable.Entry person, int s, List<CoreLabel> tokens) {
        phrase(person, s, tokens, false);
    }

    /** @param ended the sentence says the role has ended ("his removal as leader") */
    private void phrase(ActorTable.Entry person, int s, List<CoreLabel> tokens, boolean ended) {
        if (tokens.isEmpty()) return;
        boolean partyOnly = tokens.stream().noneMatch(RoleFinder::isRoleWord);
        if (partyOnly) {
            // "Labour's Joanne McCartney", "Tory Victoria Borwick": an affiliation without a role word
            int first = 0;
            while (first < tokens.size() && !Character.isUpperCase(tokens.get(first).word().charAt(0))) first++;
            Lexicon.PartyName named = first < tokens.size() ? Lexicon.partyAt(tokens, first) : null;
            String party = named == null ? null : named.name();
            if (party != null) add(person, "member", partyEntry(party, tokens), true, tokens);
            else possessiveOrganisation(person, tokens);
            return;
        }
        boolean former = ended;
        String party = null;
        ActorTable.Entry org = null;
        List<CoreLabel> role = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            CoreLabel t = tokens.get(k);
            String w = Lexicon.lower(t.word());
            String split = k >= 2 ? Lexicon.party(ActorFinder.join(tokens.subList(k - 2, k + 1))) : null;
            if (split != null && Character.isUpperCase(tokens.get(k - 2).word().charAt(0))) {
                party = split; // "Lib-Dem" cut into three tokens
                role.removeAll(tokens.subList(k - 2, k));
                continue;
            }
            if (Lexicon.FORMER.contains(w)) {
                former = true;
                continue;
            }
            if (Lexicon.CURRENT.contains(w)) continue;
            if (role.isEmpty() && List.of("the", "a", "an", ",", "as", "like", "while", "and", "but").contains(w)) continue;
            if (ActorFinder.isPossessive(t)) continue;
            if (role.isEmpty() && org == null && List.of("its", "their").contains(w)) {
                org = table.latestBefore(t.beginPosition(), doc::charIndex, ActorType.ORGANIZATION); // "Its director general, X"
                continue;
            }
            ActorTable.Entry named = finder.namedAt(t);
            boolean otherPerson = named != null && named.type == ActorType.PERSON && named != person;
            boolean honorificOfOther = k + 1 < tokens.size() && Lexicon.HONORIFICS.contains(w)
                    && finder.namedAt(tokens.get(k + 1)) != null && finder.namedAt(tokens.get(k + 1)) != person;
            if (otherPerson || honorificOfOther) continue; // "Ms Jowell's deputy": someone else's name is no title
            // "Liberal Democrat spokeswoman": the party's name may be more than one word, and its last word alone
            // may name another party
            Lexicon.PartyName partyName = Lexicon.partyAt(tokens, k);
            String p = partyName == null ? null : partyName.name();
            if (partyName != null) k += partyName.words() - 1;
            ActorTable.Entry shortName = Doc.isProper(t) && !isRoleWord(t) ? finder.organisationByShortName(t.word()) : null;
            if (p != null) {
                party = p;
            } else if (named != null && named.type == ActorType.ORGANIZATION) {
                if (Bodies.isParty(named)) party = Lexicon.party(named.name) != null ? Lexicon.party(named.name) : named.name;
                else org = named;
            } else if (shortName != null) {
                org = shortName;
            } else if (named != person || isRoleWord(t)) {
                role.add(t); // the holder's own name stays out, a title written as an honorific ("Rev.") stays in
            }
        }
        String place = RoleLabels.leadingPlace(role);
        if (org == null) org = leadingOrganisation(role, s);
        while (!role.isEmpty() && List.of("of", "for", "at", "in", "the", ",").contains(Lexicon.lower(role.get(role.size() - 1).word()))) {
            role.remove(role.size() - 1);
        }
        if (role.isEmpty() || role.stream().noneMatch(RoleFinder::isRoleWord)) {
            if (party != null) add(person, "member", partyEntry(party, tokens), true, tokens);
            return;
        }
        if (org == null) org = organisationNoun(role, s);
        String label = RoleLabels.canonical(role);
        if (place != null && !label.contains(" of ") && !label.contains(" for ")) label += " of " + place;
        ActorTable.Entry partyOrg = party == null ? null : partyEntry(party, tokens);
        // "Labour leader", "Labour MP": a party with no other body is where a party role is held ("Labour peer" is
        // not); on a council, a party's leader leads its group there ("Conservative leader Cllr X")
        // a shadow post is held in the opposition party
        boolean partyRole = Lexicon.PARTY_ROLES.contains(Bodies.head(label)) || label.startsWith("shadow ");
        if (org == null && partyRole && partyOrg != null && isCouncillor(person)) org = bodies.ofKind("council");
        if (org == null) org = bodies.implied(label);
        if (org == null && partyRole) org = partyOrg;
        add(person, label, org, !former, tokens);
        if (partyOrg != null && org != partyOrg) add(person, "member", partyOrg, true, tokens);
    }


    /** "leader of the council": an organisation noun after the role stands for the organisation it co-refers to. */
    private ActorTable.Entry organisationNoun(List<CoreLabel> role, int s) {
        for (int i = 1; i < role.size(); i++) {
            CoreLabel t = role.get(i);
            String w = Lexicon.lower(t.word());
            if (!Lexicon.ORG_NOUNS.contains(w) || isRoleWord(t) || !Lexicon.lower(role.get(i - 1).word()).equals("the")) continue;
            ActorTable.Entry org = finder.at(s, t);
            if (org == null || org.type != ActorType.ORGANIZATION) org = bodies.ofKind(w);
            if (org != null) return org;
        }
        return null;
    }

    private boolean isCouncillor(ActorTable.Entry person) {
        return councilTitles.containsKey(person) || person.honorific != null
                && Lexicon.COUNCIL_HONORIFICS.contains(Lexicon.lower(person.honorific).replace(".", ""));
    }

    /**
     * "Coun. X", "Southfield Ward's Cllr X": a councillor of the article's council (for that ward), unless another
     * role the article gives already places them on it.
     */
    private void councillors() {
        ActorTable.Entry council = bodies.ofKind("council");
        for (Map.Entry<ActorTable.Entry, CoreLabel> c : councilTitles.entrySet()) {
            ActorTable.Entry person = c.getKey();
            boolean placed = memberships.values().stream().anyMatch(m -> m.memberId().equals(person.id)
                    && (council != null && council.id.equals(m.organizationId())
                    || Lexicon.COUNCIL_ROLES.contains(Bodies.head(m.role()))));
            if (placed) continue;
            String ward = constituencies.get(person);
            add(person, ward == null ? "councillor" : "councillor for " + ward, council, true, List.of(c.getValue()));
        }
    }

    /**
     * "Scotland Yard Commissioner", "Hammersmith council leader": proper nouns (with an organisation noun) ahead
     * of the role words name the organisation; they are taken out of the role.
     */
    private ActorTable.Entry leadingOrganisation(List<CoreLabel> role, int s) {
        int n = 0;
        boolean proper = false;
        while (n < role.size()) {
            CoreLabel t = role.get(n);
            String w = Lexicon.lower(t.word());
            boolean orgWord = Lexicon.ORG_NOUNS.contains(w) && !isRoleWord(t);
            // the tagger calls some place names titles ("Hammersmith council leader"): the word lists decide here
            boolean name = Doc.isProper(t) && !Lexicon.ROLE_WORDS.contains(w) && !Lexicon.ROLE_MODIFIERS.contains(w);
            if (!(orgWord || name)) break;
            proper |= name;
            n++;
        }
        if (!proper || n == 0 || n == role.size()) return null;
        // "Welsh secretary of the BMA": a nationality alone says where the role is, it names no body
        if (role.subList(0, n).stream().allMatch(Lexicon::isDemonym)) return null;
        String name = ActorFinder.join(role.subList(0, n));
        ActorTable.Entry org = table.byName(ActorType.ORGANIZATION, name);
        if (org == null) org = finder.organisationByShortName(name);
        if (org == null) org = table.add(ActorType.ORGANIZATION, name);
        org.mention(doc.span(role.get(0).beginPosition(), role.get(n - 1).endPosition()), role.get(0).beginPosition(), name);
        role.subList(0, n).clear();
        return org;
    }

    /** "Unite’s Len McCluskey": the organisation is named, though the role is not; "Bradley Ward’s X": a place. */
    private void possessiveOrganisation(ActorTable.Entry person, List<CoreLabel> tokens) {
        int n = tokens.size();
        if (n < 2 || !ActorFinder.isPossessive(tokens.get(n - 1))) return;
        ActorTable.Entry known = namedOrganisation(tokens.get(n - 2));
        if (known != null && !Bodies.isParty(known)) {
            namedWith.putIfAbsent(person, new NamedWith(known, tokens.subList(0, n - 1)));
            return;
        }
        List<CoreLabel> name = new ArrayList<>();
        for (int i = n - 2; i >= 0 && Doc.isProper(tokens.get(i)) && finder.namedAt(tokens.get(i)) == null; i--) name.add(0, tokens.get(i));
        if (name.isEmpty() || name.size() != n - 1) return;
        String label = ActorFinder.join(name);
        if (Lexicon.PLACE_NOUNS.contains(Lexicon.lower(name.get(name.size() - 1).word()))
                || name.stream().allMatch(t -> Lexicon.PLACE_NER.contains(t.ner()))) {
            constituencies.putIfAbsent(person, label);
            return;
        }
        ActorTable.Entry org = finder.organisationByShortName(label);
        if (org == null) org = table.add(ActorType.ORGANIZATION, label);
        org.mention(doc.span(name.get(0).beginPosition(), name.get(name.size() - 1).endPosition()), name.get(0).beginPosition(), label);
        namedWith.putIfAbsent(person, new NamedWith(org, name));
    }

    /**
     * "UNION leaders have hit out ... Unite's Len McCluskey": when the article speaks of a group's leaders, a person
     * named only with an organisation is that organisation's leader.
     */
    private void leadersNamedWith() {
        String label = bodies.groupLeader();
        if (label == null) return;
        for (Map.Entry<ActorTable.Entry, NamedWith> e : namedWith.entrySet()) {
            ActorTable.Entry person = e.getKey();
            if (memberships.values().stream().anyMatch(m -> m.memberId().equals(person.id))) continue;
            add(person, label, e.getValue().organisation(), true, e.getValue().evidence());
        }
    }


    private ActorTable.Entry partyEntry(String party, List<CoreLabel> tokens) {
        ActorTable.Entry e = table.byName(ActorType.ORGANIZATION, party);
        if (e == null) e = table.add(ActorType.ORGANIZATION, party);
        for (CoreLabel t : tokens) {
            if (party.equals(Lexicon.party(t.word()))) e.mention(doc.span(t.beginPosition(), t.endPosition()), t.beginPosition(), t.word());
        }
        return e;
    }

    private void add(ActorTable.Entry person, String role, ActorTable.Entry org, boolean current, List<CoreLabel> evidence) {
        String key = person.id + "|" + role.toLowerCase(Locale.ROOT) + "|" + (org == null ? "" : org.id);
        if (memberships.containsKey(key)) return;
        // the evidence is the role phrase itself, without the connective or punctuation around it
        List<CoreLabel> words = evidence.stream().filter(t -> Character.isLetterOrDigit(t.word().charAt(0))).toList();
        int from = 0;
        while (from < words.size() - 1 && List.of("as", "like", "while", "and", "but").contains(Lexicon.lower(words.get(from).word()))) from++;
        words = words.subList(from, words.size());
        int b = words.stream().mapToInt(CoreLabel::beginPosition).min().orElse(0);
        int e = words.stream().mapToInt(CoreLabel::endPosition).max().orElse(0);
        memberships.put(key, new Membership("m" + (memberships.size() + 1), person.id, role,
                org == null ? null : org.id, current, doc.span(b, e)));
    }

    /**
     * A role with no organisation takes the one in apposition to its holder ("Rev. X, Y Church"), else the one
     * the holder's other role of that kind has ("removed as leader" after "leader of the council"), else the one a
     * variant of the role has ("Assistant Commissioner" after "Met commissioner"), parties aside.
     */
    private void inheritOrganisations() {
        for (Map.Entry<String, Membership> e : memberships.entrySet()) {
            Membership m = e.getValue();
            if (m.organizationId() != null) continue;
            ActorTable.Entry affiliation = affiliations.get(table.byId(m.memberId()));
            String head = Bodies.head(m.role());
            boolean bare = !m.role().contains(" of ") && !m.role().contains(" for ");
            String org = affiliation != null ? affiliation.id : !bare ? null : memberships.values().stream()
                    .filter(o -> o.organizationId() != null && Bodies.head(o.role()).equals(head)
                            && (o.memberId().equals(m.memberId()) || !o.role().equalsIgnoreCase(m.role()))
                            && !Bodies.isParty(table.byId(o.organizationId())))
                    .map(Membership::organizationId).findFirst().orElse(null);
            if (org != null) e.setValue(new Membership(m.id(), m.memberId(), m.role(), org, m.current(), m.evidence()));
        }
    }

    /** A role stated twice (once with its organisation, once without) is one membership. */
    private List<Membership> withoutRepeats() {
        List<Membership> out = new ArrayList<>();
        for (Membership m : memberships.values()) {
            boolean stated = memberships.values().stream().anyMatch(o -> o != m && o.memberId().equals(m.memberId())
                    && o.role().equalsIgnoreCase(m.role()) && o.current() == m.current()
                    && m.organizationId() == null && o.organizationId() != null);
            boolean repeat = out.stream().anyMatch(o -> o.memberId().equals(m.memberId()) && o.role().equalsIgnoreCase(m.role())
                    && Objects.equals(o.organizationId(), m.organizationId()) && o.current() == m.current());
            if (!stated && !repeat) out.add(m);
        }
        return List.copyOf(out);
    }

    private CoreLabel tokenAt(int s, int charBegin) {
        for (CoreLabel t : doc.tokens(s)) if (t.beginPosition() == charBegin) return t;
        return null;
    }

    private int charIndex(int codePoint) {
        return doc.charIndex(codePoint);
    }
}
