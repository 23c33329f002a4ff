/** Adoptions: municipalities record that they adopt published solutions, and how far they have come. */
package se.delbart.adoption;
