package org.standpoint.model;

/**
 * A role an actor holds, as an article states it ("Labour peer", "former chair of the Met Police Authority").
 *
 * @param id             article-local id
 * @param memberId       the actor holding the role
 * @param role           role label, lower-case unless a proper name ("commissioner", "Mayor of London", "peer")
 * @param organizationId the organisation the role is in, when the text names one, else null
 * @param current        false for a former role
 * @param evidence       the span that states it
 */
public record Membership(String id, String memberId, String role, String organizationId, boolean current,
                         Span evidence) {
}
