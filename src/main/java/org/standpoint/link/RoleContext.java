package org.standpoint.link;

/**
 * One membership an article states for an actor: the evidence roles give for telling namesakes apart.
 *
 * @param role            the role concept's label ("Assistant Commissioner", "peer"), or null
 * @param organisation    the organisation's label ("Metropolitan Police"), or null when none is named
 * @param organisationIri the organisation's registry IRI, or null
 * @param current         false for a former role ("former chair of ...")
 * @param date            the publication date of the article stating it (ISO, mixed precision), or null
 */
public record RoleContext(String role, String organisation, String organisationIri, boolean current, String date) {
}
