/** Demo content for the {@code demo} profile: users with a known password and example solutions. Never in production. */
package se.delbart.demo;
