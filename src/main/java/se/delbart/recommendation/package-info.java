/** Recommendations: which published solutions fit a municipality's needs, type and capacity, and why. */
package se.delbart.recommendation;
