/**
 * Portfolio: a municipality values national and local initiatives side by side, at department level (level 1) and at
 * municipality level (level 2), decides, and follows them through; analysts see national aggregates only.
 */
package se.delbart.portfolio;
