/**
 * Contact between municipalities about a solution: an interest notifies the publisher in an in-app inbox (and by
 * e-mail when SMTP is configured), and each (solution, interested municipality) pair has a message thread that only
 * the staff of those two municipalities can see.
 */
package se.delbart.contact;
