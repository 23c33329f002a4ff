/** National insight for analysts (SKR, DIGG): scale candidates, overlapping local efforts, unmet needs, clusters. */
package se.delbart.insight;
