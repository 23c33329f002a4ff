/** HTTP side of security: login page, user administration pages and the token and user REST APIs. */
package se.delbart.security.web;
