package org.standpoint.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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

    /** Verbs that introduce what someone said (lemmas): a feature of the attribution tagger. */
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
            "staffer", "volunteer", "representative", "family", "friend", "colleague", "ally", "rival",
            "charity", "lawyer", "judge", "landlord", "tenant", "farmer", "hunter", "smoker", "patient", "victim",
            "business", "firm", "company", "employer", "trader", "owner", "user", "consumer", "customer", "pupil",
            "academic", "scholar", "historian", "commissioner", "councillor", "delegate", "peer", "backbencher",
            "rebel", "demonstrator", "inspector", "authority", "agency");

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

    /**
     * Adjectival forms of places ("Welsh", "Scottish", "French"), from CoreNLP's own list in its models jar: the tagger
     * sometimes calls one an organisation ("Welsh secretary of the BMA"), but alone it names no body.
     */
    private static final Set<String> DEMONYMS = demonyms();

    static boolean isDemonym(CoreLabel t) {
        return "NATIONALITY".equals(t.ner()) || DEMONYMS.contains(lower(t.word()));
    }

    /** The word that ends a law's title ("the Gambling Bill", "the Terrorism Act"). */
    static boolean isLawWord(CoreLabel t) {
        return t.word().equals("Bill") || t.word().equals("Act");
    }

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

    // Stance: general evaluative and argumentative English, matched on lower-case words and lemmas.

    /** Words that speak against something ("crazy", "damaging", "shambles"); under negation they count for it. */
    static final Set<String> STANCE_AGAINST = words("crazy", "wrong", "fear", "hinder", "bad", "shocking",
            "outraged", "outrage", "angry", "ashamed", "silly", "bogus", "mess", "shambles", "reject", "oppose",
            "damage", "damaging", "dangerous", "unfair", "failure", "fail", "concern", "concerned",
            "worried", "worry", "provocative", "backlash", "disgrace", "disgraceful", "ridiculous", "absurd",
            "unacceptable", "cuts", "threat", "risk", "risky", "mistake", "flawed", "fraud", "lie", "disaster",
            "terrible", "awful", "harm", "harmful", "hurt", "sour", "cocky", "undermine", "demean", "humiliate", "degrade",
            "storm", "anger", "fury", "furious", "waste", "costly", "expensive", "cost", "pointless", "chaos",
            "reckless", "irresponsible", "misguided", "ill-thought", "ill-conceived", "unworkable", "unnecessary",
            "scandal", "betrayal", "insult", "farce", "nonsense", "alarming", "deplorable", "appalling", "regret",
            "embarrass", "embarrassed", "fool", "criticism", "opposition");

    /** Words that speak for something. */
    static final Set<String> STANCE_FOR = words("support", "welcome", "good", "right", "value", "protect",
            "important", "benefit", "improve", "better", "great", "strong", "best", "success", "successful", "safe",
            "safer", "help", "deliver", "committed", "proud", "confident", "effective", "enhance", "strengthen",
            "positive", "agree", "endorse", "praise", "sense", "necessary", "vital", "essential", "fair", "sensible",
            "reassure", "reassurance", "transparent", "respect",
            "guarantee", "trust", "achieve", "progress", "boost", "encourage", "worthwhile", "justified");

    /** Actions against a proposal: demanded ("should stop this", "urged them to drop it") they oppose it. */
    static final Set<String> STOP_ACTIONS = words("stop", "halt", "scrap", "drop", "withdraw", "abandon", "block",
            "ban", "end", "reverse", "pause", "rethink", "reconsider", "intervene", "shelve", "overturn", "veto",
            "resist", "defeat", "cancel", "suspend", "delay", "refuse");

    /** Actions for a proposal. */
    static final Set<String> GO_ACTIONS = words("introduce", "implement", "approve", "back", "adopt", "accept",
            "proceed", "compromise", "pass", "extend", "expand", "embrace", "sign", "ratify", "fund", "create",
            "establish");

    /** Verbs that argue for what their "for" object names ("push for the board", "voted for the bill"). */
    static final Set<String> ADVOCACY = words("push", "campaign", "fight", "argue", "vote", "lobby", "call", "press",
            "stand", "speak", "make", "work", "case");

    /** Cue verbs that carry the speaker's stance themselves ("warned", "welcomed"). */
    static final Set<String> AGAINST_CUES = words("warn", "criticise", "criticize", "accuse", "attack", "slam",
            "condemn", "brand", "blast", "dismiss", "reject", "complain", "lament", "deride", "mock", "ridicule",
            "denounce", "oppose", "question", "doubt", "fear", "worry", "protest", "decry", "hit");
    static final Set<String> FOR_CUES = words("welcome", "praise", "back", "support", "endorse", "hail",
            "applaud", "champion", "defend", "commend", "celebrate");

    /** Cue verbs that demand what their content says should happen ("called for the mayor to step in"). */
    static final Set<String> DEMAND_CUES = words("call", "urge", "demand", "ask", "press", "implore", "appeal");

    /** Cue verbs of proposing or intending: with the issue as content, the speaker is for it. */
    static final Set<String> PROPOSING_CUES = words("propose", "plan", "want", "intend", "seek", "aim", "promise",
            "pledge", "vow", "recommend");

    /** Cue verbs that deny their content: what the content asserts is what the speaker rejects. */
    static final Set<String> DENIAL_CUES = words("deny", "refute", "rebut", "dispute");

    /**
     * Cue verbs that say where the speaker stands whatever their object: a bare "criticised the plan" is a position,
     * and so is "pledged to cut taxes"; "wants to", "plans to" are intentions, not statements.
     */
    static final Set<String> POSITION_CUES = union(AGAINST_CUES, FOR_CUES, DEMAND_CUES, DENIAL_CUES,
            words("propose", "promise", "pledge", "vow", "recommend"));

    /** Nouns for someone's claim: a cue that rejects one ("dismissed fears that ...") denies its clause. */
    static final Set<String> DENIED_NOUNS = words("claim", "suggestion", "allegation", "accusation", "criticism",
            "fear", "concern", "worry", "report", "rumour", "rumor", "speculation", "charge", "assertion", "argument",
            "warning", "prediction");

    /** Words that set limits on a proposal: "only", "the exception", "in extreme circumstances". */
    static final Set<String> LIMIT_WORDS = words("only", "exception", "exceptional", "exceptionally", "limited",
            "limit", "unless", "case-by-case", "proportionate", "safeguard", "safeguards", "temporary",
            "temporarily", "circumstance", "circumstances", "strictly", "narrowly", "restricted", "restrict",
            "condition", "conditions", "intelligence-led", "targeted");

    /** Multi-word limits, matched on the lower-cased text. */
    static final List<String> LIMIT_PHRASES = List.of("as long as", "so long as", "provided that", "providing that",
            "subject to", "based on", "on condition", "last resort", "in a way that", "in a way which",
            "short periods", "short period", "where necessary", "when necessary", "if necessary", "time-limited");

    /** Words for an unlimited form of a measure: denied or negated ("not routine", "cannot become the norm"), they limit it. */
    static final Set<String> UNLIMITED_WORDS = words("routine", "routinely", "norm", "normal", "normalise",
            "normalize", "blanket", "widespread", "permanent", "permanently", "everyday", "regular", "regularly",
            "general", "wholesale", "indiscriminate", "universal");

    /** Negators: a polarity word under one of these counts for the other side. */
    static final Set<String> NEGATORS = words("not", "n't", "no", "never", "nothing", "cannot", "neither", "nor",
            "without", "little");

    /** Evaluative words that are something else as nouns ("workers' rights"): they count only as adjectives or adverbs. */
    static final Set<String> ADJECTIVE_ONLY = words("right", "fair", "just", "well", "better", "best");

    /** Modal auxiliaries of obligation: with an agent they make a demand, with the measure as subject a requirement. */
    static final Set<String> OBLIGATION_MODALS = words("should", "must", "ought", "shall");

    /** Verbs whose complement is what must happen ("need to", "urged them to", "dictates that it be"). */
    static final Set<String> OBLIGATION_VERBS = words("need", "have", "require", "dictate", "ensure", "demand",
            "urge", "call", "ask", "want", "insist", "force");

    /** Nouns that name a proposal or measure without naming its content: "the move", "this silly motion". */
    static final Set<String> MEASURE_NOUNS = words("move", "plan", "proposal", "initiative", "scheme", "policy",
            "idea", "bill", "motion", "measure", "deal", "decision", "legislation", "law", "reform",
            "deployment", "deployments", "power", "powers", "programme", "program", "strategy", "project",
            "election", "elections", "process", "board", "system", "it", "this");

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i", "me");
    static final Set<String> THING_PRONOUNS = Set.of("it");
    static final Set<String> MASCULINE = Set.of("he", "him", "his", "himself", "mr", "mr.", "sir", "lord", "baron");
    static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself", "ms", "ms.", "mrs", "mrs.", "miss",
            "dame", "lady", "baroness");

    /** +1 for a masculine pronoun or honorific, -1 for a feminine one, 0 otherwise. */
    static int gender(String word) {
        String w = lower(word);
        return MASCULINE.contains(w) ? 1 : FEMININE.contains(w) ? -1 : 0;
    }
    static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we", "them", "us");

    private static Set<String> demonyms() {
        String list = "edu/stanford/nlp/models/dcoref/demonyms.txt";
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(list)) {
            if (in == null) throw new IllegalStateException(list + " is missing: the CoreNLP models jar is not on the classpath");
            Set<String> adjectives = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) continue;
                String[] forms = line.split("\t");
                for (int i = 1; i < forms.length; i++) if (!forms[i].isBlank()) adjectives.add(lower(forms[i].strip()));
            }
            return Set.copyOf(adjectives);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word list; repeats are harmless (Set.of would refuse them at class load). */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /**
     * Whether a word is a plural of people ("ministers", "officials"), also when capitalised at the start of a
     * sentence and tagged as a proper noun, whose lemma is then the word itself.
     */
    static boolean peoplePlural(CoreLabel t) {
        String w = lower(t.word());
        boolean plural = t.tag() != null && (t.tag().equals("NNS") || t.tag().equals("NNPS") || t.tag().equals("NNP") && w.endsWith("s"));
        if (!plural) return false;
        String singular = t.tag().equals("NNP") ? w.substring(0, w.length() - 1) : lower(t.lemma() == null ? w : t.lemma());
        return GROUP_NOUNS.contains(singular) || ROLE_WORDS.contains(singular);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) all.addAll(set);
        return Set.copyOf(all);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A party named by the words at {@code k}: its canonical name and how many words, the longest reading first. */
    record PartyName(String name, int words) {
    }

    static PartyName partyAt(List<CoreLabel> tokens, int k) {
        if (!Character.isUpperCase(tokens.get(k).word().charAt(0))) return null;
        for (int n = Math.min(3, tokens.size() - k); n >= 1; n--) {
            String name = party(ActorFinder.join(tokens.subList(k, k + n)));
            if (name != null) return new PartyName(name, n);
        }
        return null;
    }

    /** How many words (two or three) of a party's name end at {@code k}: "Lib Dem", "Lib - Dem"; 0 when none do. */
    static int partyWordsEndingAt(List<CoreLabel> tokens, int k) {
        for (int n = Math.min(3, k + 1); n >= 2; n--) {
            if (party(ActorFinder.join(tokens.subList(k - n + 1, k + 1))) != null) return n;
        }
        return 0;
    }

    static String party(String surface) {
        return PARTIES.get(lower(surface).replace('’', '\'').replaceAll("'s$", "").trim());
    }
}
