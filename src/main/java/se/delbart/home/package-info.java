/** The start page: what Delbart is, search, counts, the newest solutions and the ideal types. */
package se.delbart.home;
