package org.standpoint.model;

/**
 * One attributed position: who said what, where the article says so, and which way it points.
 *
 * @param speakerId    the actor who uttered it (a person, organisation, office, group or document)
 * @param holderId     whose position it is (the Mayor for his office's statement); equals speakerId when the same
 * @param content      what was said
 * @param source       the speaker mention as written ("he"), or null when the speaker is carried over
 * @param cue          the cue ("told", "said", "according to"), or null
 * @param direct       a verbatim quote (true) or reported speech (false)
 * @param stance       stance toward the issue
 * @param issueId      the issue (an article-local id of {@link Issue})
 * @param capacityId   the membership the speaker spoke in, or null
 * @param confidence   in [0,1]
 */
public record Statement(String speakerId, String holderId, Span content, Span source, Span cue, boolean direct,
                        Stance stance, String issueId, String capacityId, double confidence) {
}
