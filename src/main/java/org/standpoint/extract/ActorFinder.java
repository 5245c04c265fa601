package org.standpoint.extract;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import org.standpoint.model.ActorType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the people and organisations an article names, from CoreNLP's entity mentions and coreference:
 * strips honorifics and role words out of names, folds surnames into full names and short organisation names
 * into long ones, and indexes every mention (names, nominals from coreference chains) by text position.
 */
final class ActorFinder {
    /** Where each actor is mentioned: char offset → [end, entry]. */
    private final TreeMap<Integer, Located> byPosition = new TreeMap<>();
    private final Map<Long, ActorTable.Entry> byCorefHead = new HashMap<>();
    private final ActorTable table;
    private final Doc doc;

    private record Located(int end, ActorTable.Entry entry) {
    }

    ActorFinder(Doc doc, ActorTable table) {
        this.doc = doc;
        this.table = table;
    }

    void run() {
        Map<CoreEntityMention, List<List<CoreLabel>>> organisations = new OrganisationNames(doc).of(doc.core.entityMentions());
        for (CoreEntityMention m : doc.core.entityMentions()) {
            switch (m.entityType()) {
                case "PERSON" -> person(m.tokens());
                case "ORGANIZATION" -> organisations.get(m).forEach(name -> organisation(withNationality(withNumber(name))));
                // CoreNLP often types a party as a creed or a group ("Liberal Democrats": IDEOLOGY, "Conservatives":
                // MISC); named as a noun, it is the organisation
                case "IDEOLOGY", "MISC" -> {
                    List<CoreLabel> t = m.tokens();
                    if (Lexicon.party(m.text()) != null && Doc.isNoun(t.get(t.size() - 1))) organisation(withNationality(t));
                }
                default -> { }
            }
        }
        honorificNames();
        foldSurnames();
        dropPlaceNames();
        shortOrganisationNames();
        metonyms();
        corefChains();
    }

    /** "the Met" is rarely tagged: a capitalised word that abbreviates a named organisation is a mention of it. */
    private void shortOrganisationNames() {
        for (int s = 0; s < doc.sentences.size(); s++) {
            for (CoreLabel t : doc.tokens(s)) {
                if (!Doc.isProper(t) || at(s, t) != null) continue;
                for (ActorTable.Entry o : table.ofType(ActorType.ORGANIZATION)) {
                    if (abbreviates(t.word(), o.name)) {
                        o.mention(doc.span(t.beginPosition(), t.endPosition()), t.beginPosition(), t.word());
                        register(t.beginPosition(), t.endPosition(), o);
                        break;
                    }
                }
            }
        }
    }

    private static boolean isPronoun(String name) {
        String w = Lexicon.lower(name);
        return Lexicon.PERSON_PRONOUNS.contains(w) || Lexicon.THING_PRONOUNS.contains(w) || Lexicon.PLURAL_PRONOUNS.contains(w)
                || w.equals("his") || w.equals("hers") || w.equals("its") || w.equals("their");
    }

    /** The actor named or co-referred at this token, if any. */
    ActorTable.Entry at(int sentence, CoreLabel token) {
        ActorTable.Entry named = namedAt(token);
        return named != null ? named : byCorefHead.get(key(sentence, token.index()));
    }

    /** The actor whose name this token is part of (no coreference). */
    ActorTable.Entry namedAt(CoreLabel token) {
        Map.Entry<Integer, Located> e = byPosition.floorEntry(token.beginPosition());
        return e != null && token.beginPosition() < e.getValue().end() ? e.getValue().entry() : null;
    }

    /** An organisation whose name this short capitalised form abbreviates ("Met" → "Metropolitan Police"). */
    ActorTable.Entry organisationByShortName(String surface) {
        String s = stripThe(surface);
        ActorTable.Entry exact = table.byName(ActorType.ORGANIZATION, s);
        if (exact != null) return exact;
        for (ActorTable.Entry e : table.ofType(ActorType.ORGANIZATION)) {
            if (abbreviates(s, e.name)) return e;
        }
        return null;
    }

    void register(int begin, int end, ActorTable.Entry entry) {
        byPosition.put(begin, new Located(end, entry));
    }

    private void person(List<CoreLabel> tokens) {
        if (endsALawTitle(tokens)) return;
        int from = 0, to = tokens.size();
        while (to > from && isPossessive(tokens.get(to - 1))) to--;
        String honorific = honorificBefore(tokens.get(0));
        // the honorific is part of the name as written: "Coun. X" is one mention, whatever the tagger spanned
        int titleBegin = honorific != null ? doc.token(doc.sentenceOf(tokens.get(0).beginPosition()), tokens.get(0).index() - 1).beginPosition()
                : tokens.get(0).beginPosition();
        // Role words and honorifics inside the mention are not part of the name ("Mayor of London Sadiq Khan").
        while (from < to) {
            String w = Lexicon.lower(tokens.get(from).word());
            Lexicon.PartyName party = Lexicon.partyAt(tokens, from);
            if (Lexicon.HONORIFICS.contains(w) && to - from > 1) {
                if (!w.equals("the")) honorific = tokens.get(from).word();
                else titleBegin = tokens.get(from + 1).beginPosition();
                from++;
            } else if (party != null && to - from > party.words()) {
                from += party.words(); // "Lib Dem Norman Baker": the party is a membership
            } else if ((Lexicon.ROLE_WORDS.contains(w) || Lexicon.ROLE_MODIFIERS.contains(w)
                    || "TITLE".equals(tokens.get(from).ner())) && to - from > 1) {
                from++;
                if (from < to - 2 && (tokens.get(from).word().equals("of") || tokens.get(from).word().equals("for"))) {
                    from += 2;
                }
                titleBegin = tokens.get(Math.min(from, to - 1)).beginPosition();
            } else {
                break;
            }
        }
        if (from >= to) return;
        String name = join(tokens.subList(from, to));
        if (Lexicon.party(name) != null) {
            organisation(tokens.subList(from, to)); // "Lib-Dem" tagged as a person
            return;
        }
        String lastWord = Lexicon.lower(tokens.get(to - 1).word());
        boolean pluralSingle = to - from == 1 && ("NNPS".equals(tokens.get(from).tag()) || honorific == null
                && Lexicon.lower(name).matches(".+(eers|ites|istas|ists)"));
        boolean honorificAlone = to - from == 1 && Lexicon.HONORIFICS.contains(Lexicon.lower(name));
        if (!Character.isUpperCase(name.charAt(0)) || isPronoun(name) || pluralSingle || honorificAlone
                || Lexicon.NOT_A_SURNAME.contains(lastWord)) return;
        int begin = tokens.get(from).beginPosition();
        int end = tokens.get(to - 1).endPosition();
        ActorTable.Entry e = findPerson(name);
        if (e == null) {
            e = table.add(ActorType.PERSON, name);
        } else if (name.split(" ").length > e.name.split(" ").length && name.endsWith(e.name)) {
            e.aliases.add(e.name);
            e.name = name;
        }
        if (honorific != null && e.honorific == null) e.honorific = normaliseHonorific(honorific);
        if (honorific != null) e.masculine += 3 * Lexicon.gender(honorific);
        e.mention(doc.span(begin, end), begin, name);
        if (honorific != null) e.aliases.add(normaliseHonorific(honorific) + " " + name);
        register(Math.min(titleBegin, begin), end, e);
    }

    private ActorTable.Entry findPerson(String name) {
        ActorTable.Entry exact = table.byName(ActorType.PERSON, name);
        if (exact != null) return exact;
        String[] parts = name.split(" ");
        String last = parts[parts.length - 1];
        ActorTable.Entry best = null;
        for (ActorTable.Entry e : table.ofType(ActorType.PERSON)) {
            String[] ep = e.name.split(" ");
            boolean surnameOfKnown = parts.length == 1 && ep.length > 1 && ep[ep.length - 1].equals(last);
            boolean knownIsSurname = ep.length == 1 && parts.length > 1 && ep[0].equals(last);
            if ((surnameOfKnown || knownIsSurname) && (best == null || e.lastSeen > best.lastSeen)) best = e;
        }
        return best;
    }

    /**
     * CoreNLP leaves a number that ends a name out of the mention ("BBC Radio 4", "Channel 5"): a one- or two-digit
     * number right after a name, not counting anything ("Labour 2 seats"), is part of it.
     */
    private List<CoreLabel> withNumber(List<CoreLabel> tokens) {
        CoreLabel last = tokens.get(tokens.size() - 1);
        if (!Doc.isProper(last)) return tokens;
        int s = doc.sentenceOf(last.beginPosition());
        List<CoreLabel> sentence = doc.tokens(s);
        int next = last.index(); // 1-based index of last, so the 0-based index of the token after it
        if (next >= sentence.size() || !sentence.get(next).word().matches("\\d{1,2}")
                || next + 1 < sentence.size() && Doc.isNoun(sentence.get(next + 1))) return tokens;
        List<CoreLabel> longer = new ArrayList<>(tokens);
        longer.add(sentence.get(next));
        return longer;
    }

    /** "Scottish" + "National Party", "Welsh" + "Liberal Democrats": CoreNLP cuts a nationality off a body's name. */
    private List<CoreLabel> withNationality(List<CoreLabel> tokens) {
        CoreLabel first = tokens.get(0);
        if (first.index() < 2) return tokens;
        CoreLabel before = doc.token(doc.sentenceOf(first.beginPosition()), first.index() - 1);
        if (!"NATIONALITY".equals(before.ner()) || !Character.isUpperCase(before.word().charAt(0))) return tokens;
        List<CoreLabel> longer = new ArrayList<>();
        longer.add(before);
        longer.addAll(tokens);
        return longer;
    }

    private void organisation(List<CoreLabel> tokens) {
        String first = Lexicon.lower(tokens.get(0).word());
        if (tokens.size() > 1 && Lexicon.HONORIFICS.contains(first) && !first.equals("the")) {
            person(tokens); // "Mrs May" tagged as an organisation
            return;
        }
        int from = 0, to = tokens.size();
        while (to > from && isPossessive(tokens.get(to - 1))) to--;
        if (from < to && Lexicon.lower(tokens.get(from).word()).equals("the")) from++;
        if (from >= to) return;
        String surface = join(tokens.subList(from, to));
        if (to - from == 1 && Lexicon.isDemonym(tokens.get(from))) return;
        String party = Lexicon.party(surface);
        // "Ministers say", capitalised as the sentence opens: people, not a body
        if (to - from == 1 && party == null && Lexicon.peoplePlural(tokens.get(from))) return;
        String name = party != null ? party : surface;
        int begin = tokens.get(from).beginPosition();
        int end = tokens.get(to - 1).endPosition();
        ActorTable.Entry e = table.byName(ActorType.ORGANIZATION, name);
        if (e == null) e = organisationByShortName(surface);
        if (e == null) {
            for (ActorTable.Entry o : table.ofType(ActorType.ORGANIZATION)) {
                if (abbreviates(o.name, surface)) {
                    o.aliases.add(o.name);
                    o.name = surface;
                    e = o;
                    break;
                }
            }
        }
        if (e == null) e = table.add(ActorType.ORGANIZATION, name);
        e.mention(doc.span(begin, end), begin, surface);
        register(begin, end, e);
    }

    /** "the Gambling Bill": the tagger takes a law's last word for a first name. */
    private boolean endsALawTitle(List<CoreLabel> tokens) {
        CoreLabel only = tokens.get(0);
        if (tokens.size() != 1 || !Lexicon.isLawWord(only) || only.index() < 2) return false;
        return Doc.isProper(doc.token(doc.sentenceOf(only.beginPosition()), only.index() - 1));
    }

    /** "Mrs May" with "May" tagged a date: an honorific before a capitalised word the tagger missed makes a name. */
    private void honorificNames() {
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> toks = doc.tokens(s);
            for (int i = 0; i + 1 < toks.size(); i++) {
                CoreLabel h = toks.get(i);
                if (!Lexicon.PERSONAL_HONORIFICS.contains(Lexicon.lower(h.word())) || !Character.isUpperCase(h.word().charAt(0))
                        || namedAt(h) != null) continue;
                int end = i + 1;
                while (end < toks.size() && Doc.isProper(toks.get(end)) && namedAt(toks.get(end)) == null
                        && !Lexicon.ROLE_WORDS.contains(Lexicon.lower(toks.get(end).word()))) end++;
                if (end > i + 1) person(toks.subList(i, end));
            }
        }
    }

    /** "Scotland Yard" in an article that also names the Metropolitan Police is another name for it, tagged or not. */
    private void metonyms() {
        for (Map.Entry<String, String> m : Lexicon.ORG_METONYMS.entrySet()) {
            ActorTable.Entry body = table.ofType(ActorType.ORGANIZATION).stream()
                    .filter(b -> Lexicon.lower(b.name).equals(m.getValue()) || abbreviates(b.name, titleCase(m.getValue())))
                    .findFirst().orElse(null);
            if (body == null) continue;
            ActorTable.Entry tagged = table.byName(ActorType.ORGANIZATION, m.getKey());
            if (tagged != null && tagged != body) merge(tagged, body);
            String[] words = m.getKey().split(" ");
            for (int s = 0; s < doc.sentences.size(); s++) {
                List<CoreLabel> toks = doc.tokens(s);
                for (int i = 0; i + words.length <= toks.size(); i++) {
                    List<CoreLabel> run = toks.subList(i, i + words.length);
                    if (!Lexicon.lower(join(run)).equals(m.getKey()) || !Character.isUpperCase(run.get(0).word().charAt(0))) continue;
                    int b = run.get(0).beginPosition(), e = run.get(run.size() - 1).endPosition();
                    body.mention(doc.span(b, e), b, join(run));
                    register(b, e, body);
                }
            }
        }
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) sb.append(sb.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        return sb.toString();
    }

    /** A lone surname seen before its full name ("Khan ... Sadiq Khan") joins the full name. */
    private void foldSurnames() {
        List<ActorTable.Entry> people = new ArrayList<>(table.ofType(ActorType.PERSON));
        for (ActorTable.Entry single : people) {
            if (single.name.contains(" ")) continue;
            List<ActorTable.Entry> full = people.stream()
                    .filter(p -> p != single && p.name.endsWith(" " + single.name)).toList();
            if (full.size() == 1) merge(single, full.get(0));
        }
        for (ActorTable.Entry p : table.ofType(ActorType.PERSON)) {
            if (!p.name.contains(" ") && p.honorific != null && Lexicon.PEERAGE.contains(Lexicon.lower(p.honorific))) {
                p.aliases.add(p.name);
                p.name = p.honorific + " " + p.name;
            }
        }
    }

    private void merge(ActorTable.Entry from, ActorTable.Entry into) {
        into.aliases.add(from.name);
        into.aliases.addAll(from.aliases);
        into.mentions.addAll(from.mentions);
        if (into.honorific == null) into.honorific = from.honorific;
        into.masculine += from.masculine;
        into.lastSeen = Math.max(into.lastSeen, from.lastSeen);
        byPosition.replaceAll((k, v) -> v.entry() == from ? new Located(v.end(), into) : v);
        table.all().remove(from);
    }

    /**
     * "Mayor of Pendle" next to "Pendle Council": a one-word "person" with no honorific that is the first word of
     * an organisation's name is the place the organisation is named after.
     */
    private void dropPlaceNames() {
        for (ActorTable.Entry p : new ArrayList<>(table.ofType(ActorType.PERSON))) {
            if (p.name.contains(" ") || p.honorific != null) continue;
            boolean place = table.ofType(ActorType.ORGANIZATION).stream()
                    .anyMatch(o -> o.name.startsWith(p.name + " ") || o.aliases.stream().anyMatch(a -> a.startsWith(p.name + " ")));
            if (!place) continue;
            byPosition.values().removeIf(v -> v.entry() == p);
            table.all().remove(p);
        }
    }

    /** Every mention in a chain that names an actor points to that actor; short nominals become aliases. */
    private void corefChains() {
        if (doc.core.corefChains() == null) return;
        for (CorefChain chain : doc.core.corefChains().values()) {
            // in text order, so that a tie goes to the actor the chain names first, on every run
            Map<ActorTable.Entry, Integer> votes = new java.util.LinkedHashMap<>();
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                if (m.mentionType == edu.stanford.nlp.coref.data.Dictionaries.MentionType.PRONOMINAL) continue;
                CoreLabel head = doc.token(m.sentNum - 1, m.headIndex);
                Map.Entry<Integer, Located> e = byPosition.floorEntry(head.beginPosition());
                if (e != null && head.beginPosition() < e.getValue().end()) votes.merge(e.getValue().entry(), 1, Integer::sum);
            }
            ActorTable.Entry actor = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (actor == null) continue;
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                if (m.mentionType == edu.stanford.nlp.coref.data.Dictionaries.MentionType.PRONOMINAL) {
                    actor.masculine += Lexicon.gender(doc.token(m.sentNum - 1, m.headIndex).word());
                }
                // a mention that names someone else ("her deputy, Jane Roe") was put in the chain by mistake
                if (doc.tokens(m.sentNum - 1).subList(m.startIndex - 1, m.endIndex - 1).stream()
                        .map(this::namedAt).anyMatch(n -> n != null && n != actor && n.type == actor.type)) continue;
                byCorefHead.put(key(m.sentNum - 1, m.headIndex), actor);
                if (m.mentionType == edu.stanford.nlp.coref.data.Dictionaries.MentionType.NOMINAL) {
                    List<CoreLabel> toks = doc.tokens(m.sentNum - 1).subList(m.startIndex - 1, m.endIndex - 1);
                    if (toks.size() <= 4 && !toks.stream().anyMatch(t -> "PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner()))) {
                        actor.aliases.add(join(toks));
                    }
                }
            }
        }
    }

    private String honorificBefore(CoreLabel first) {
        int s = doc.sentenceOf(first.beginPosition());
        if (first.index() < 2) return null;
        CoreLabel prev = doc.token(s, first.index() - 1);
        String w = Lexicon.lower(prev.word());
        boolean title = Lexicon.PEERAGE.contains(w) || Lexicon.PERSONAL_HONORIFICS.contains(w);
        return title && Character.isUpperCase(prev.word().charAt(0)) ? prev.word() : null;
    }

    private static String normaliseHonorific(String h) {
        String t = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    static boolean abbreviates(String shortName, String longName) {
        String[] s = shortName.split(" "), l = longName.split(" ");
        if (s.length == l.length) {
            if (shortName.equals(longName)) return false;
            for (int i = 0; i < s.length; i++) if (!l[i].startsWith(s[i]) || s[i].length() < 3) return false;
            return true;
        }
        // "Met" for "Metropolitan Police": a short form of the first word alone.
        if (s.length == 1 && l.length == 2 && s[0].length() >= 3 && l[0].startsWith(s[0]) && !l[0].equals(s[0])) return true;
        // "the Assembly" for "London Assembly"; "Pendle Council" for "Pendle Borough Council"
        if (s.length == 1) return l.length > 1 && l[l.length - 1].equals(s[0]) && Character.isUpperCase(s[0].charAt(0));
        return s.length < l.length && s[0].equals(l[0]) && s[s.length - 1].equals(l[l.length - 1]);
    }

    static boolean isPossessive(CoreLabel t) {
        return t.tag() != null && t.tag().equals("POS") || t.word().equals("'s") || t.word().equals("’s");
    }

    static String stripThe(String s) {
        return s.replaceFirst("^(?i)the\\s+", "").replaceFirst("[’']s$", "").trim();
    }

    static String join(List<CoreLabel> tokens) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (i > 0 && t.beginPosition() > tokens.get(i - 1).endPosition()) sb.append(' ');
            sb.append(t.originalText() != null ? t.originalText() : t.word());
        }
        return sb.toString();
    }

    private static long key(int sentence, int tokenIndex) {
        return ((long) sentence << 20) | tokenIndex;
    }
}
