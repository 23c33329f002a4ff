/** Ideal-type self-assessment: questionnaire, a municipality's profile (declared or estimated), its needs. */
package se.delbart.profile;
