package org.standpoint.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The Standpoint vocabulary, {@code stp:}. Defined in {@code ontology/standpoint.ttl}. */
public final class STP {
    public static final String NS = "https://w3id.org/standpoint/ns#";

    public static final Resource Statement = Vocab.resource(NS, "Statement");
    public static final Resource StanceScheme = Vocab.resource(NS, "StanceScheme");
    public static final Resource ReportingModeScheme = Vocab.resource(NS, "ReportingModeScheme");
    public static final Resource UnnamedGroup = Vocab.resource(NS, "UnnamedGroup");
    public static final Resource Office = Vocab.resource(NS, "Office");
    public static final Resource Link = Vocab.resource(NS, "Link");
    public static final Resource CachedAnswer = Vocab.resource(NS, "CachedAnswer");
    public static final Resource Split = Vocab.resource(NS, "Split");
    public static final Resource Position = Vocab.resource(NS, "Position");
    public static final Resource PositionRanking = Vocab.resource(NS, "PositionRanking");
    public static final Resource IssueReading = Vocab.resource(NS, "IssueReading");

    public static final Property speaker = Vocab.property(NS, "speaker");
    public static final Property holder = Vocab.property(NS, "holder");
    public static final Property stance = Vocab.property(NS, "stance");
    public static final Property issue = Vocab.property(NS, "issue");
    public static final Property reportingMode = Vocab.property(NS, "reportingMode");
    public static final Property capacity = Vocab.property(NS, "capacity");
    public static final Property confidence = Vocab.property(NS, "confidence");
    public static final Property contentSpan = Vocab.property(NS, "contentSpan");
    public static final Property sourceSpan = Vocab.property(NS, "sourceSpan");
    public static final Property cueSpan = Vocab.property(NS, "cueSpan");
    public static final Property roleMention = Vocab.property(NS, "roleMention");
    public static final Property current = Vocab.property(NS, "current");
    public static final Property speaksFor = Vocab.property(NS, "speaksFor");
    public static final Property linkOf = Vocab.property(NS, "linkOf");
    public static final Property linkTarget = Vocab.property(NS, "linkTarget");
    public static final Property accepted = Vocab.property(NS, "accepted");
    public static final Property evidence = Vocab.property(NS, "evidence");
    public static final Property cacheKey = Vocab.property(NS, "cacheKey");
    public static final Property answer = Vocab.property(NS, "answer");
    public static final Property mergedInto = Vocab.property(NS, "mergedInto");
    public static final Property splitFrom = Vocab.property(NS, "splitFrom");
    public static final Property splitInto = Vocab.property(NS, "splitInto");
    public static final Property issueReading = Vocab.property(NS, "issueReading");
    public static final Property readingKey = Vocab.property(NS, "readingKey");
    public static final Property readingEntity = Vocab.property(NS, "readingEntity");
    public static final Property declared = Vocab.property(NS, "declared");
    public static final Property groupedUnder = Vocab.property(NS, "groupedUnder");
    public static final Property watched = Vocab.property(NS, "watched");
    public static final Property inArticle = Vocab.property(NS, "inArticle");
    public static final Property positionHolder = Vocab.property(NS, "positionHolder");
    public static final Property positionIssue = Vocab.property(NS, "positionIssue");
    public static final Property positionStance = Vocab.property(NS, "positionStance");
    public static final Property positionStatement = Vocab.property(NS, "positionStatement");
    public static final Property positionSpeaker = Vocab.property(NS, "positionSpeaker");
    public static final Property recentStatement = Vocab.property(NS, "recentStatement");
    public static final Property statementCount = Vocab.property(NS, "statementCount");
    public static final Property latestStatement = Vocab.property(NS, "latestStatement");
    public static final Property latestDate = Vocab.property(NS, "latestDate");
    public static final Property sightedMember = Vocab.property(NS, "sightedMember");
    public static final Property sightedOrganization = Vocab.property(NS, "sightedOrganization");
    public static final Property sightingCount = Vocab.property(NS, "sightingCount");
    public static final Property firstSeen = Vocab.property(NS, "firstSeen");
    public static final Property lastSeen = Vocab.property(NS, "lastSeen");
    public static final Property lastSighting = Vocab.property(NS, "lastSighting");
    public static final Property lastSeenCurrent = Vocab.property(NS, "lastSeenCurrent");
    public static final Property rankingIssue = Vocab.property(NS, "rankingIssue");
    public static final Property rankingStance = Vocab.property(NS, "rankingStance");
    public static final Property rankedPosition = Vocab.property(NS, "rankedPosition");

    public static final Resource support = Vocab.resource(NS, "support");
    public static final Resource oppose = Vocab.resource(NS, "oppose");
    public static final Resource conditional = Vocab.resource(NS, "conditional");
    public static final Resource neutral = Vocab.resource(NS, "neutral");
    public static final Resource direct = Vocab.resource(NS, "direct");
    public static final Resource indirect = Vocab.resource(NS, "indirect");

    private STP() {
    }
}
