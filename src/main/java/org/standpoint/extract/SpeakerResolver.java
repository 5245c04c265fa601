package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.standpoint.model.ActorType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a source noun phrase into an actor: names, appositions, possessive offices, spokespeople, pronouns
 * through coreference (and, when coreference is silent, the last speaker of a compatible kind), role
 * descriptions ("the former chair of ..."), organisation nouns ("the force"), documents and unnamed groups.
 */
final class SpeakerResolver {
    /** A role description that was resolved to a person: the role finder turns it into a membership. */
    record Description(int sentence, IndexedWord head, ActorTable.Entry person) {
    }

    private final Doc doc;
    private final ActorTable table;
    private final ActorFinder finder;
    /** A person in subject position (of a clause, or as a speaker) at a text offset. */
    private record Subject(int position, ActorTable.Entry person) {
    }

    /** people seen as subjects: who "the former chair" most likely is */
    private final List<Subject> subjects = new ArrayList<>();
    final List<Description> descriptions = new ArrayList<>();
    private final java.util.Set<ActorTable.Entry> spokenForBySomeone = new java.util.HashSet<>();
    private ActorTable.Entry lastSpokenFor;

    SpeakerResolver(Doc doc, ActorTable table, ActorFinder finder) {
        this.doc = doc;
        this.table = table;
        this.finder = finder;
        indexSubjects();
    }

    /**
     * The speaker of a source phrase as the tagger marked it ({@code begin}, {@code end}; -1 when only the head is
     * known): a person's name that closes the phrase is who speaks, whatever the parse made of the words before it
     * ("Liberal Democrat spokeswoman for women Sandra Gidley", "Ms Jowell's deputy, Richard Caborn"); otherwise the
     * head word decides.
     */
    ActorTable.Entry resolve(int sentence, IndexedWord head, ActorTable.Entry lastSpeaker, int begin, int end) {
        ActorTable.Entry named = finder.at(sentence, doc.token(sentence, head.index()));
        if (begin >= 0 && (named == null || named.type != ActorType.PERSON)) {
            ActorTable.Entry closing = nameClosing(sentence, begin, end);
            if (closing != null) return closing;
        }
        return resolve(sentence, head, lastSpeaker);
    }

    /**
     * The person named by the last words of a phrase, unless the name is a possessor ("X's deputy") or the object
     * of a preposition ("a lawyer for X", "the mother of X": not X speaking).
     */
    private ActorTable.Entry nameClosing(int sentence, int begin, int end) {
        List<CoreLabel> tokens = doc.tokens(sentence);
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (t.beginPosition() >= begin && t.endPosition() <= end && Character.isLetterOrDigit(t.word().codePointAt(0))) last = i;
        }
        if (last < 0) return null;
        ActorTable.Entry person = finder.namedAt(tokens.get(last));
        if (person == null || person.type != ActorType.PERSON) return null;
        int first = last;
        while (first > 0 && finder.namedAt(tokens.get(first - 1)) == person) first--;
        if (first == 0 || tokens.get(first).beginPosition() <= begin) return null; // the whole phrase is the name
        boolean possessor = last + 1 < tokens.size() && "POS".equals(tokens.get(last + 1).tag());
        String before = tokens.get(first - 1).tag();
        boolean objectOfPreposition = "IN".equals(before) || "TO".equals(before);
        return possessor || objectOfPreposition ? null : person;
    }

    /**
     * @param lastSpeaker the speaker of the statement before this one, for pronoun fallbacks
     */
    ActorTable.Entry resolve(int sentence, IndexedWord head, ActorTable.Entry lastSpeaker) {
        SemanticGraph g = doc.deps.get(sentence);
        CoreLabel h = doc.token(sentence, head.index());
        String lemma = Doc.lemma(h);
        String word = Lexicon.lower(h.word());
        if (h.tag().startsWith("W")) {
            // "the home secretary, who said ...": a relative pronoun speaks for the noun its clause hangs from
            IndexedWord antecedent = antecedent(g, head);
            return antecedent == null ? null : resolve(sentence, antecedent, lastSpeaker);
        }

        if (Lexicon.SPOKESPERSON_NOUNS.contains(lemma) || Lexicon.SPOKESPERSON_NOUNS.contains(word)) {
            ActorTable.Entry principal = namedInside(sentence, g, head, true);
            if (principal == null) principal = unnamedPrincipal(sentence, g, head);
            // "... said the spokesman": the one whose spokesman the article introduced before
            if (principal == null && definite(g, head)) principal = lastSpokenFor;
            if (principal != null) {
                spokenForBySomeone.add(principal);
                lastSpokenFor = principal;
                return principal;
            }
        }
        if (Lexicon.OFFICE_NOUNS.contains(lemma)) {
            ActorTable.Entry owner = possessor(sentence, g, head);
            if (owner != null) return office(owner, sentence, g, head);
        }
        ActorTable.Entry named = finder.at(sentence, h);
        int pos = h.beginPosition();
        if (Lexicon.PERSON_PRONOUNS.contains(word)) return pronoun(word, named, lastSpeaker, pos);
        if (named != null) return named;
        if (Lexicon.DOCUMENT_NOUNS.contains(lemma) && Doc.isNoun(h)) return document(sentence, g, head);
        ActorTable.Entry inside = namedInside(sentence, g, head, false);
        boolean plural = h.tag().endsWith("S");
        if (inside != null && (plural || !Lexicon.ROLE_WORDS.contains(lemma))) return inside;

        if (Lexicon.THING_PRONOUNS.contains(word)) {
            if (lastSpeaker != null && lastSpeaker.type != ActorType.PERSON) return lastSpeaker;
            return mostRecent(pos, ActorType.DOCUMENT, ActorType.ORGANIZATION, ActorType.OFFICE);
        }
        if (Lexicon.PLURAL_PRONOUNS.contains(word)) {
            if (lastSpeaker != null) return lastSpeaker;
            return mostRecent(pos, ActorType.ORGANIZATION, ActorType.GROUP);
        }
        if (Lexicon.ROLE_WORDS.contains(lemma) && Doc.isProper(h) && !h.tag().equals("NNPS")) {
            ActorTable.Entry person = describedPerson(sentence, g, head, inside, pos);
            if (person != null) return person;
        }
        boolean pluralGroupNoun = Lexicon.peoplePlural(h) && npText(sentence, g, head).split("\\s+").length == 1;
        if (pluralGroupNoun) return group(sentence, g, head); // "Ministers say", capitalised as the sentence opens
        if (Doc.isProper(h) || startsCapitalised(sentence, g, head) && !Doc.isNoun(h)) {
            String np = npText(sentence, g, head);
            ActorTable.Entry org = finder.organisationByShortName(np);
            if (org == null) org = finder.organisationByShortName(h.word());
            String party = Lexicon.party(ActorFinder.stripThe(np));
            if (org == null && party != null) org = table.byName(ActorType.ORGANIZATION, party);
            if (org == null) {
                org = table.add(ActorType.ORGANIZATION, party != null ? party : ActorFinder.stripThe(np));
                org.mention(doc.span(h.beginPosition(), h.endPosition()), pos, ActorFinder.stripThe(np));
            }
            return org;
        }
        if (Lexicon.ROLE_WORDS.contains(lemma) && !h.tag().equals("NNS")) {
            ActorTable.Entry person = describedPerson(sentence, g, head, inside, pos);
            if (person != null) return person;
        }
        if (Lexicon.ORG_NOUNS.contains(lemma) && !h.tag().equals("NNS")) {
            String kind = Lexicon.ORG_NOUN_NAMES.getOrDefault(lemma, lemma);
            ActorTable.Entry org = table.ofType(ActorType.ORGANIZATION).stream()
                    .filter(o -> o.mentions.stream().anyMatch(m -> m.begin() < pos) && Lexicon.lower(o.name).contains(kind))
                    .max(Comparator.comparingInt(o -> o.lastSeen)).orElse(null);
            if (org == null) org = mostSalientOrganisation();
            if (org != null) {
                org.aliases.add(npText(sentence, g, head));
                return org;
            }
        }
        // whoever it is, the source was written down: keep the statement with an unnamed source
        return group(sentence, g, head);
    }

    /**
     * "She said" as a speaker, by sieves in order: the speaker of the statement before, when the pronoun's gender is
     * known to be theirs (news writes "X said: ... She said ..." far more often than it switches speakers by pronoun);
     * then the person coreference puts in the pronoun's chain, if the gender does not rule it out; then the speaker
     * before of unknown gender; then the latest person of that gender in subject position.
     * "A Home Office spokesman said ... he said": the pronoun is the spokesman, so the organisation.
     */
    private ActorTable.Entry pronoun(String word, ActorTable.Entry coref, ActorTable.Entry lastSpeaker, int pos) {
        int gender = Lexicon.gender(word);
        boolean lastIsPerson = lastSpeaker != null && lastSpeaker.type == ActorType.PERSON;
        if (lastSpeaker != null && spokenForBySomeone.contains(lastSpeaker)) return lastSpeaker;
        if (lastIsPerson && gender != 0 && lastSpeaker.gender() == gender) return lastSpeaker;
        if (coref != null && coref.type == ActorType.PERSON && coref.agrees(gender)) return coref;
        if (lastIsPerson && lastSpeaker.agrees(gender)) return lastSpeaker;
        ActorTable.Entry subject = latestSubject(pos, gender);
        return subject != null ? subject : coref;
    }

    private static boolean definite(SemanticGraph g, IndexedWord head) {
        return g.getChildren(head).stream().anyMatch(c -> "DT".equals(c.tag()) && Lexicon.lower(c.word()).equals("the"));
    }

    /** "No 10 said": a capitalised phrase whose head is not a common noun names an organisation. */
    private boolean startsCapitalised(int sentence, SemanticGraph g, IndexedWord head) {
        String[] words = npText(sentence, g, head).split("\\s+");
        if (words.length < 2) return false;
        for (String w : words) {
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) return false;
        }
        return true;
    }

    /** "The former chair of X said": the person the description stands for, most likely the latest one in focus. */
    private ActorTable.Entry describedPerson(int sentence, SemanticGraph g, IndexedWord head, ActorTable.Entry inside, int pos) {
        ActorTable.Entry person = inside != null && inside.type == ActorType.PERSON ? inside : latestSubject(pos);
        if (person == null) return null;
        descriptions.add(new Description(sentence, head, person));
        String np = npText(sentence, g, head);
        // "the former chair of X" is a name for the person; a phrase that already holds the name is not
        if (!np.contains(person.name) && np.split("\\s+").length <= 8) person.aliases.add(np);
        return person;
    }

    /** Remembers a person resolved as a speaker: later descriptions and pronouns may refer back to them. */
    void noteSpeaker(ActorTable.Entry speaker, int pos) {
        if (speaker != null && speaker.type == ActorType.PERSON) {
            subjects.add(new Subject(pos, speaker));
        }
    }

    /** Records, in text order, the people who are subjects of clauses. */
    private void indexSubjects() {
        for (int s = 0; s < doc.sentences.size(); s++) {
            SemanticGraph g = doc.deps.get(s);
            if (g == null) continue;
            for (SemanticGraphEdge e : g.edgeListSorted()) {
                if (!e.getRelation().toString().startsWith("nsubj")) continue;
                CoreLabel t = doc.token(s, e.getDependent().index());
                ActorTable.Entry p = finder.at(s, t);
                if (p == null) p = namedInside(s, g, e.getDependent(), false);
                if (p != null && p.type == ActorType.PERSON) {
                    subjects.add(new Subject(t.beginPosition(), p));
                }
            }
        }
    }

    private ActorTable.Entry latestSubject(int pos) {
        return latestSubject(pos, 0);
    }

    private ActorTable.Entry latestSubject(int pos, int gender) {
        return subjects.stream().filter(x -> x.position() < pos && x.person().agrees(gender))
                .max(java.util.Comparator.comparingInt(Subject::position)).map(Subject::person)
                .orElseGet(() -> mostRecent(pos, ActorType.PERSON));
    }

    private ActorTable.Entry mostRecent(int pos, ActorType... types) {
        return table.latestBefore(pos, doc::charIndex, types);
    }

    ActorTable.Entry mostSalientOrganisation() {
        return table.ofType(ActorType.ORGANIZATION).stream()
                .filter(o -> Lexicon.party(o.name) == null)
                .max(Comparator.comparingInt((ActorTable.Entry o) -> o.mentions.size()).thenComparingInt(o -> -o.lastSeen))
                .orElse(null);
    }

    /** A named actor inside the phrase: an apposition, a compound ("a Home Office spokesman"), "for X", "X's". */
    private ActorTable.Entry namedInside(int sentence, SemanticGraph g, IndexedWord head, boolean orgFirst) {
        ActorTable.Entry person = null, org = null;
        for (IndexedWord w : subtree(g, head)) {
            ActorTable.Entry e = finder.at(sentence, doc.token(sentence, w.index()));
            if (e == null) continue;
            if (e.type == ActorType.PERSON && person == null) person = e;
            if (e.type != ActorType.PERSON && org == null) org = e;
        }
        if (orgFirst) return person != null && org == null ? person : org != null ? org : person;
        return person != null ? person : org;
    }

    private ActorTable.Entry possessor(int sentence, SemanticGraph g, IndexedWord head) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            if (e.getRelation().toString().equals("nmod:poss")) {
                ActorTable.Entry owner = finder.at(sentence, doc.token(sentence, e.getDependent().index()));
                if (owner != null) return owner;
            }
        }
        return null;
    }

    private ActorTable.Entry office(ActorTable.Entry owner, int sentence, SemanticGraph g, IndexedWord head) {
        String name = owner.name + "’s " + Lexicon.lower(head.word());
        ActorTable.Entry office = table.byName(ActorType.OFFICE, name);
        if (office == null) {
            office = table.add(ActorType.OFFICE, name);
            office.speaksFor = owner.id;
        }
        CoreLabel h = doc.token(sentence, head.index());
        office.mention(doc.span(h.beginPosition(), h.endPosition()), h.beginPosition(), npText(sentence, g, head));
        return office;
    }

    private ActorTable.Entry document(int sentence, SemanticGraph g, IndexedWord head) {
        String label = npText(sentence, g, head);
        ActorTable.Entry d = table.byName(ActorType.DOCUMENT, label);
        if (d == null) {
            d = table.add(ActorType.DOCUMENT, label);
            ActorTable.Entry author = authorOf(sentence, g, head);
            if (author == null) author = mostSalientOrganisation();
            if (author != null) d.speaksFor = author.id;
        }
        CoreLabel h = doc.token(sentence, head.index());
        d.mention(doc.span(h.beginPosition(), h.endPosition()), h.beginPosition(), null);
        return d;
    }

    /** "a statement from the force", "a letter by X": the document's author, not "seen by the BBC". */
    private ActorTable.Entry authorOf(int sentence, SemanticGraph g, IndexedWord head) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nmod") || rel.equals("nmod:poss") || rel.equals("compound")) {
                boolean from = rel.equals("nmod:poss") || rel.equals("compound") || g.getChildren(e.getDependent()).stream()
                        .anyMatch(c -> List.of("from", "by", "of").contains(Lexicon.lower(c.word())));
                if (!from) continue;
                IndexedWord dep = e.getDependent();
                ActorTable.Entry a = finder.at(sentence, doc.token(sentence, dep.index()));
                if (a == null && Lexicon.ORG_NOUNS.contains(Lexicon.lower(dep.word()))) a = mostSalientOrganisation();
                if (a != null) return a;
            }
        }
        return null;
    }

    /** The noun a relative clause hangs from: "the home secretary" for the "who" of "…, who said". */
    private static IndexedWord antecedent(SemanticGraph g, IndexedWord pronoun) {
        IndexedWord verb = g.getParent(pronoun);
        if (verb == null) return null;
        SemanticGraphEdge in = g.incomingEdgeIterator(verb).hasNext() ? g.incomingEdgeIterator(verb).next() : null;
        if (in == null || !in.getRelation().toString().startsWith("acl")) return null;
        IndexedWord noun = in.getGovernor();
        return noun.tag() != null && (noun.tag().startsWith("NN") || noun.tag().equals("PRP")) ? noun : null;
    }

    /**
     * "A spokesperson for the Riverside Trust" when the tagger did not name the trust: the capitalised phrase after
     * "for", "of" or "at" is the organisation spoken for.
     */
    private ActorTable.Entry unnamedPrincipal(int sentence, SemanticGraph g, IndexedWord head) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            IndexedWord d = e.getDependent();
            boolean marked = g.getChildren(d).stream().anyMatch(c -> List.of("for", "of", "at").contains(Lexicon.lower(c.word())));
            if (!e.getRelation().toString().startsWith("nmod") || !marked || !Doc.isProper(doc.token(sentence, d.index()))) continue;
            String np = ActorFinder.stripThe(npText(sentence, g, d).replaceFirst("^(?i)(for|of|at)\\s+", ""));
            ActorTable.Entry org = finder.organisationByShortName(np);
            if (org == null) org = table.byName(ActorType.ORGANIZATION, np);
            if (org == null) org = table.add(ActorType.ORGANIZATION, np);
            CoreLabel t = doc.token(sentence, d.index());
            org.mention(doc.span(t.beginPosition(), t.endPosition()), t.beginPosition(), np);
            return org;
        }
        return null;
    }

    private ActorTable.Entry group(int sentence, SemanticGraph g, IndexedWord head) {
        // only a noun names a group: "which", "the", "stop", "at a cost" are parse slips, not speakers
        CoreLabel noun = doc.token(sentence, head.index());
        if (!Doc.isNoun(noun) || !Character.isLetter(noun.word().codePointAt(0)) || !namesPeople(noun)) return null;
        String label = npText(sentence, g, head).replaceFirst("^(?i)(according to|to|of|in|at|for|by|from|with|on|as)\\s+", "")
                .replaceFirst("^(?i)(the|a|an|some|many|several|two|three)\\s+", "").replaceFirst("^[^\\p{L}\\p{N}]+", "");
        ActorTable.Entry e = table.byName(ActorType.GROUP, label);
        if (e == null) e = table.add(ActorType.GROUP, label);
        e.mention(doc.span(noun.beginPosition(), noun.endPosition()), noun.beginPosition(), null);
        return e;
    }

    /**
     * Whether a noun can name people who speak: "critics", "ministers", "campaigners", "Republicans" can; "film",
     * "comment", "practice", "work" (a tagger's or parser's slip onto a word of the content) cannot.
     */
    private static boolean namesPeople(CoreLabel noun) {
        String lemma = Doc.lemma(noun);
        return Lexicon.GROUP_NOUNS.contains(lemma) || Lexicon.ROLE_WORDS.contains(lemma) || Lexicon.ORG_NOUNS.contains(lemma)
                || Lexicon.peoplePlural(noun) || "PERSON".equals(noun.ner()) || "TITLE".equals(noun.ner());
    }

    /** The noun phrase of a head, without relative clauses, as written. */
    String npText(int sentence, SemanticGraph g, IndexedWord head) {
        int[] r = npRange(sentence, g, head);
        return doc.text.substring(r[0], r[1]);
    }

    int[] npRange(int sentence, SemanticGraph g, IndexedWord head) {
        List<IndexedWord> words = subtree(g, head);
        int b = Integer.MAX_VALUE, e = -1;
        boolean started = false;
        for (IndexedWord w : words) {
            CoreLabel t = doc.token(sentence, w.index());
            if (t.tag().equals(",") || t.tag().equals(".") || t.tag().equals("``") || t.tag().equals("''")) continue;
            // the phrase starts at its first word that can open a noun phrase: not "for" in "for the Liberal
            // Democrats", nor "Meanwhile" before "large numbers of MPs"
            if (!started && w.index() < head.index() && NOT_PHRASE_OPENERS.contains(t.tag())) continue;
            started = true;
            b = Math.min(b, t.beginPosition());
            e = Math.max(e, t.endPosition());
        }
        if (e < 0) {
            CoreLabel h = doc.token(sentence, head.index());
            return new int[]{h.beginPosition(), h.endPosition()};
        }
        return new int[]{b, e};
    }

    private static final java.util.Set<String> NOT_PHRASE_OPENERS = java.util.Set.of("IN", "TO", "RB", "CC", "WDT", "WP",
            "WP$", ":", "-LRB-", "-RRB-", "HYPH", "``", "''");

    /** The phrase below a head, stopping at clauses (relative, adverbial) that are not part of a name. */
    static List<IndexedWord> subtree(SemanticGraph g, IndexedWord head) {
        List<IndexedWord> out = new ArrayList<>();
        collect(g, head, out, head);
        out.sort(Comparator.comparingInt(IndexedWord::index));
        // keep the contiguous stretch around the head: a phrase never jumps over the verb
        int at = out.indexOf(head);
        int lo = at, hi = at;
        while (lo > 0 && out.get(lo - 1).index() == out.get(lo).index() - 1) lo--;
        while (hi < out.size() - 1 && out.get(hi + 1).index() == out.get(hi).index() + 1) hi++;
        while (hi > at && isPunct(out.get(hi))) hi--;
        while (lo < at && isPunct(out.get(lo))) lo++;
        return new ArrayList<>(out.subList(lo, hi + 1));
    }

    private static boolean isPunct(IndexedWord w) {
        return w.tag() != null && !w.tag().isEmpty() && !Character.isLetterOrDigit(w.tag().charAt(0));
    }

    private static void collect(SemanticGraph g, IndexedWord w, List<IndexedWord> out, IndexedWord root) {
        out.add(w);
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("acl") || rel.equals("parataxis") || rel.startsWith("advcl") || rel.equals("ccomp")
                    || rel.equals("dep") || rel.startsWith("conj") || rel.equals("cc")) continue;
            collect(g, e.getDependent(), out, root);
        }
    }
}
