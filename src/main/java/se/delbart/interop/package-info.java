/** publiccode.yml interop: a hardened parser and validator (versions 0.2–0.7), import as drafts, export, bulk import. */
package se.delbart.interop;
