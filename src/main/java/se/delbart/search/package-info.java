/**
 * Full-text search over published solutions: one port ({@link se.delbart.search.SolutionSearch}) with an embedded
 * Lucene adapter (default) and an Elasticsearch adapter, chosen by {@code delbart.search.backend}. Nothing outside
 * this module knows which adapter runs.
 */
package se.delbart.search;
