package org.standpoint.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed word lists the attribution engine reads: cue verbs and nouns, honorifics, role words, political
 * parties, and the nouns that make a speaker a document, an unnamed group, an office or a spokesperson.
 * Lemmas are lower case. These are general English news conventions, never names from an evaluation set.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** Verbs that introduce what someone said (lemmas). */
    static final Set<String> CUE_VERBS = words(
            "say", "tell", "add", "warn", "deny", "insist", "claim", "argue", "call", "confirm", "state",
            "explain", "admit", "accuse", "reveal", "announce", "declare", "note", "suggest", "urge", "write",
            "describe", "brand", "believe", "think", "hope", "criticise", "criticize", "complain", "acknowledge",
            "maintain", "contend", "assert", "stress", "emphasise", "emphasize", "predict", "promise", "vow",
            "pledge", "concede", "reply", "respond", "answer", "ask", "agree", "allege", "charge", "point",
            "tweet", "post", "propose", "recommend", "demand", "defend", "dismiss", "question", "estimate",
            "report", "testify", "remark", "observe", "comment", "caution", "signal", "indicate", "reiterate",
            "repeat", "conclude", "counter", "retort", "joke", "quip", "boast", "lament", "speculate", "read",
            "recall", "fear", "doubt", "expect", "want", "wonder", "blame", "praise", "slam", "attack", "blast",
            "condemn", "label", "dub", "offer", "release", "show", "find", "cite", "mention", "decline", "refuse",
            "plan", "support", "oppose", "threaten", "acknowledge", "suspect", "feel", "worry", "contend");

    /** Cue verbs whose bare object (not a clause) is the content: "denied the claims", "urged MPs to act". */
    static final Set<String> OBJECT_CUES = words(
            "deny", "urge", "ask", "call", "demand", "propose", "recommend", "promise", "pledge", "vow",
            "accuse", "brand", "describe", "criticise", "criticize", "blame", "praise", "slam", "attack",
            "blast", "condemn", "label", "dub", "offer", "question", "dismiss", "defend", "cite", "mention",
            "decline", "refuse", "support", "oppose", "threaten");

    /** Cue verbs that are only cues with a clause or quote, never alone (too common otherwise). */
    static final Set<String> WEAK_CUES = words("think", "believe", "hope", "expect", "want", "fear", "doubt",
            "wonder", "point", "post", "read", "offer", "release", "report", "signal", "indicate", "agree",
            "answer", "reply", "respond", "question", "counter", "comment", "observe", "remark", "charge",
            "show", "find", "plan", "suspect", "feel", "worry");

    /** Nouns that report what someone said or holds when a "that" clause follows: "his claim that ...". */
    static final Set<String> CUE_NOUNS = Set.of("claim", "warning", "statement", "assertion", "allegation",
            "argument", "belief", "suggestion", "promise", "accusation", "view", "position", "concern", "fear",
            "hope", "insistence", "demand", "pledge", "vow", "charge", "contention", "testimony", "announcement",
            "criticism", "comment", "remark", "admission", "denial", "prediction", "assurance", "boast", "message",
            "complaint", "proposal", "recommendation", "conclusion", "finding", "estimate", "insinuation",
            "assessment", "opinion", "notion", "idea", "sense", "feeling", "confidence", "doubt", "worry");

    /** Nouns that carry a statement: "in a statement", "a memo ... read". */
    static final Set<String> DOCUMENT_NOUNS = Set.of(
            "memo", "memorandum", "statement", "report", "letter", "document", "email", "e-mail", "filing",
            "study", "poll", "survey", "paper", "briefing", "release", "note", "post", "tweet", "message",
            "blog", "column", "op-ed", "editorial", "analysis", "review", "complaint", "lawsuit", "ruling",
            "order", "bill", "proposal", "plan", "policy", "manifesto", "guidance", "assessment", "audit",
            "transcript", "website", "advert", "ad", "video");

    /** Nouns for people or bodies that speak for someone else. */
    static final Set<String> SPOKESPERSON_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "spokesmen", "spokeswomen", "representative", "rep", "aide", "adviser", "advisor", "lawyer", "attorney");

    /** Nouns that, with a possessor, make an office speaking for it ("Khan's office"). */
    static final Set<String> OFFICE_NOUNS = Set.of("office", "team", "campaign", "camp", "department");

    /** Plural or collective nouns that make an unnamed group of sources. */
    static final Set<String> GROUP_NOUNS = Set.of(
            "source", "official", "critic", "aide", "analyst", "expert", "resident", "campaigner", "activist",
            "officer", "leader", "member", "lawmaker", "legislator", "politician", "supporter", "opponent",
            "voter", "observer", "insider", "people", "person", "protester", "protestor", "economist",
            "scientist", "researcher", "witness", "neighbor", "neighbour", "parent", "student", "teacher",
            "doctor", "worker", "union", "group", "organiser", "organizer", "minister", "mp", "republican",
            "democrat", "conservative", "senator", "advocate", "diplomat", "investigator", "prosecutor",
            "police", "commentator", "pundit", "strategist", "donor", "employee", "executive", "manager",
            "staffer", "volunteer", "representative", "family", "friend", "colleague", "ally", "rival");

    /** Common nouns that stand for an organisation already named ("the force", "the department"). */
    static final Set<String> ORG_NOUNS = Set.of("force", "police", "department", "ministry", "agency", "council",
            "company", "firm", "party", "government", "administration", "authority", "committee", "board",
            "service", "organisation", "organization", "group", "union", "bank", "court", "campaign",
            "commission", "institute", "charity", "office", "university", "school", "club", "association",
            "federation", "corporation", "network", "newspaper", "paper", "channel", "broadcaster", "assembly",
            "parliament", "congress", "senate", "house", "cabinet", "regime", "army", "military", "fund");

    /** An organisation noun that names differ from: "the force" is a police service ("Metropolitan Police"). */
    static final Map<String, String> ORG_NOUN_NAMES = Map.of("force", "police");

    static final Set<String> HONORIFICS = Set.of("sir", "dame", "lord", "lady", "baroness", "baron", "mr", "mr.",
            "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor", "rev", "rev.",
            "reverend", "cllr", "councillor", "rt", "hon", "the", "father", "sister",
            "brother", "rabbi", "imam", "sheikh", "gen.", "gen", "col.", "colonel", "sgt", "sgt.",
            "sergeant", "det", "insp", "inspector", "pc", "ds", "di", "dci", "dcs", "supt",
            "superintendent", "capt", "captain", "sen.", "sen", "rep.", "gov.", "gov", "pres.", "coun", "coun.");

    /** Honorifics that, right before a name, are its prefix ("Sir", "Coun.", "Rev."), whatever the tagger spanned. */
    static final Set<String> PERSONAL_HONORIFICS = Set.of("sir", "dame", "mr", "mrs", "ms", "miss", "dr", "mr.",
            "mrs.", "ms.", "dr.", "cllr", "cllr.", "coun", "coun.", "councillor", "prof", "prof.", "professor", "rev",
            "rev.", "reverend");

    /** Honorifics of elected council members: the person is a councillor of the council the article names. */
    static final Set<String> COUNCIL_HONORIFICS = Set.of("cllr", "coun", "councillor", "councilor", "councilman",
            "councilwoman", "alderman", "alderwoman", "ald");

    /** Last words that make a "person" mention a place or body ("Southfield Ward"): a tagging error to drop. */
    static final Set<String> NOT_A_SURNAME = Set.of("ward", "council", "borough", "party", "committee",
            "university", "college", "school", "hospital", "church", "district", "county", "avenue", "station",
            "centre", "center", "department", "ministry", "agency");

    /** Honorifics that stay in a canonical name when no given name is known ("Lord Harris"). */
    static final Set<String> PEERAGE = Set.of("lord", "lady", "baroness", "baron");

    /** Role words: heads of role phrases ("Met commissioner", "former chair of ..."). */
    static final Set<String> ROLE_WORDS = Set.of(
            "commissioner", "mayor", "minister", "secretary", "chair", "chairman", "chairwoman", "chairperson",
            "chief", "leader", "spokesman", "spokeswoman", "spokesperson", "member", "mp", "mep", "msp", "am",
            "peer", "senator", "governor", "president", "vice-president", "director", "officer", "deputy",
            "head", "councillor", "councilman", "councilwoman", "councilor", "executive", "ceo", "founder",
            "chancellor", "premier", "speaker", "whip", "treasurer", "ambassador", "envoy", "judge", "justice",
            "attorney", "lawyer", "general", "constable", "superintendent", "inspector", "sergeant",
            "detective", "candidate", "nominee", "adviser", "advisor", "aide", "campaigner", "activist",
            "professor", "economist", "analyst", "editor", "correspondent", "reporter", "columnist",
            "representative", "congressman", "congresswoman", "lawmaker", "legislator", "delegate",
            "manager", "coordinator", "organiser", "organizer", "pastor", "reverend", "bishop", "archbishop",
            "rabbi", "imam", "chaplain", "priest", "owner", "partner", "principal", "dean", "provost",
            "regent", "trustee", "convenor", "clerk", "comptroller", "auditor", "sheriff", "marshal",
            "admiral", "colonel", "captain", "lieutenant", "commander", "prosecutor", "solicitor", "barrister",
            "researcher", "scientist", "expert", "strategist", "pollster", "consultant", "lobbyist",
            "volunteer", "official", "employee", "staffer", "worker", "nurse", "doctor", "teacher", "student",
            "resident", "voter", "veteran", "mother", "father", "widow", "son", "daughter", "wife", "husband");

    /** Role modifiers that belong to the role phrase ("assistant commissioner", "shadow home secretary"). */
    static final Set<String> ROLE_MODIFIERS = Set.of("assistant", "deputy", "vice", "acting", "interim", "shadow",
            "chief", "senior", "junior", "former", "ex", "ex-", "then", "first", "prime", "home", "foreign",
            "justice", "health", "business", "education", "defence", "defense", "culture", "transport",
            "environment", "energy", "treasury", "finance", "trade", "labor", "labour", "press", "executive",
            "general", "managing", "national", "regional", "local", "state", "federal", "police", "district",
            "county", "city", "borough", "town", "parish", "associate", "principal", "lead", "co", "co-",
            "communications", "policy", "political", "campaign", "party", "group", "union", "council",
            "assembly", "committee", "board", "cabinet", "opposition", "government", "secretary", "attorney",
            "lord", "high", "supreme", "circuit", "appeals", "majority", "minority", "ranking", "vice-");

    /** Roles held inside a party, so that "Labour leader" is leader of the Labour Party. */
    static final Set<String> PARTY_ROLES = Set.of("leader", "deputy", "chair", "chairman", "chairwoman", "spokesman",
            "spokeswoman", "spokesperson", "mp", "mep", "member", "candidate", "nominee", "official", "activist",
            "treasurer", "whip", "president", "chief", "strategist", "donor", "supporter", "organiser", "organizer");

    /** Roles whose body is implied: used only when the article itself names one of those bodies. */
    static final Map<String, List<String>> IMPLIED_BODY = Map.of("peer", List.of("House of Lords"),
            "senator", List.of("Senate"), "congressman", List.of("House of Representatives"),
            "congresswoman", List.of("House of Representatives"), "mep", List.of("European Parliament"),
            "msp", List.of("Scottish Parliament"), "speaker", List.of("House of Commons", "House of Representatives"));

    /** Roles held in a council: with no body in the phrase, the one council the article names. */
    static final Set<String> COUNCIL_ROLES = Set.of("councillor", "councilor", "councilman", "councilwoman",
            "alderman", "alderwoman");

    /** Abbreviated role words and the words they stand for ("PM", "Rev.", "Cllr"). */
    static final Map<String, String> ROLE_ABBREVIATIONS = Map.of("pm", "prime minister", "rev", "reverend",
            "rev.", "reverend", "cllr", "councillor", "cllr.", "councillor", "coun", "councillor",
            "coun.", "councillor", "supt", "superintendent", "insp", "inspector");

    /** Informal roles that, standing alone, name a more formal one ("Labour chief" is the party's leader). */
    static final Map<String, String> ROLE_SYNONYMS = Map.of("chief", "leader", "boss", "leader", "supremo", "leader");

    /** Last words of a possessor that make it a place, not an organisation ("Southfield Ward's Coun. X"). */
    static final Set<String> PLACE_NOUNS = Set.of("ward", "constituency", "district", "precinct", "riding",
            "division", "county", "parish");

    /** Entity classes of places: "Japan's leader" is a role in a country, not a membership of one. */
    static final Set<String> PLACE_NER = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION");

    /** Words before a role that say when it was held: "former" and its kin end it, "new" does not. */
    static final Set<String> FORMER = Set.of("former", "ex", "ex-", "then", "erstwhile", "past", "outgoing", "onetime");
    static final Set<String> CURRENT = Set.of("new", "newly", "current", "incoming", "serving", "sitting", "present");

    /** Nouns and verbs (lemmas) that end a role named by an "as" phrase: "X's removal as leader", "resigned as". */
    static final Set<String> ROLE_EXITS = Set.of("removal", "resignation", "departure", "exit", "ouster", "ousting",
            "sacking", "dismissal", "retirement", "resign", "quit", "step", "retire", "remove", "oust", "sack",
            "depose", "dismiss", "replace", "stand", "leave");

    /** Places that name the body housed there ("Scotland Yard" is the Metropolitan Police), lower case. */
    static final Map<String, String> ORG_METONYMS = Map.of("scotland yard", "metropolitan police",
            "new scotland yard", "metropolitan police", "no 10", "downing street", "number 10", "downing street",
            "the pentagon", "department of defense", "pentagon", "department of defense");

    /** Plurals that speak of a group's leaders ("union leaders", "business chiefs"). */
    static final Set<String> LEADER_PLURALS = Set.of("leaders", "chiefs", "bosses", "heads");

    /** People nouns too generic to stand alone for a named person ("the officer", "the resident"). */
    static final Set<String> GENERIC_ROLES = Set.of("member", "official", "officer", "worker", "employee",
            "resident", "voter", "veteran", "mother", "father", "widow", "son", "daughter", "wife", "husband",
            "student", "teacher", "doctor", "nurse", "volunteer", "expert", "researcher", "scientist", "activist",
            "campaigner", "owner", "partner", "analyst", "economist", "reporter", "correspondent", "candidate",
            "nominee", "adviser", "advisor", "aide", "lawyer", "attorney", "solicitor", "barrister", "consultant",
            "staffer", "detective", "constable", "sergeant", "spokesman", "spokeswoman", "spokesperson", "judge");

    /** Political parties by surface form → canonical name. */
    static final Map<String, String> PARTIES = Map.ofEntries(
            Map.entry("labour", "Labour Party"), Map.entry("labour party", "Labour Party"),
            Map.entry("conservative", "Conservative Party"), Map.entry("conservatives", "Conservative Party"),
            Map.entry("conservative party", "Conservative Party"), Map.entry("tory", "Conservative Party"),
            Map.entry("tories", "Conservative Party"), Map.entry("tory party", "Conservative Party"),
            Map.entry("liberal democrats", "Liberal Democrats"), Map.entry("liberal democrat", "Liberal Democrats"),
            Map.entry("lib dem", "Liberal Democrats"), Map.entry("lib dems", "Liberal Democrats"),
            Map.entry("lib-dem", "Liberal Democrats"), Map.entry("lib-dems", "Liberal Democrats"),
            Map.entry("green party", "Green Party"), Map.entry("greens", "Green Party"),
            Map.entry("snp", "Scottish National Party"), Map.entry("scottish national party", "Scottish National Party"),
            Map.entry("ukip", "UK Independence Party"), Map.entry("plaid cymru", "Plaid Cymru"),
            Map.entry("dup", "Democratic Unionist Party"), Map.entry("sinn fein", "Sinn Féin"),
            Map.entry("sinn féin", "Sinn Féin"), Map.entry("reform uk", "Reform UK"),
            Map.entry("democrat", "Democratic Party"), Map.entry("democrats", "Democratic Party"),
            Map.entry("democratic party", "Democratic Party"), Map.entry("democratic", "Democratic Party"),
            Map.entry("republican", "Republican Party"), Map.entry("republicans", "Republican Party"),
            Map.entry("republican party", "Republican Party"), Map.entry("gop", "Republican Party"),
            Map.entry("libertarian party", "Libertarian Party"));

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i", "me");
    static final Set<String> THING_PRONOUNS = Set.of("it");
    static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we", "them", "us");

    /** A word list; repeats are harmless (Set.of would refuse them at class load). */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String party(String surface) {
        return PARTIES.get(lower(surface).replace('’', '\'').replaceAll("'s$", "").trim());
    }
}
