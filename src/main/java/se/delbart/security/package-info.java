/** Accounts, personal access tokens and the two filter chains: pages (form login, CSRF) and /api (stateless). */
package se.delbart.security;
